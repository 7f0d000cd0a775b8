import { instantAt, zoneNames, type IndonesianZone } from "../../shared/domain/time.js";

// Times as organisers type them: the wall clock of the event's zone in an <input type="datetime-local">
// ("2027-01-20T09:00"), stored by the API in UTC. Indonesia keeps no daylight saving, so each zone's fixed
// offset converts both ways. (Times are shown with shared/domain/time.ts#localTime, as the API's messages are.)

export const zones = Object.keys(zoneNames) as IndonesianZone[];
export const isZone = (zone: string): zone is IndonesianZone => zone in zoneNames;

/** The wall-clock time in the zone as the API's UTC time; "" when it is not a whole time, so the API names the field. */
export function utcOf(local: string, zone: IndonesianZone): string {
  const [date, time] = local.split("T");
  const at = date && time ? instantAt(date, time.slice(0, 5), zone) : Number.NaN;
  return Number.isNaN(at) ? "" : new Date(at).toISOString();
}

/** A stored UTC time as the wall clock in the zone, for a datetime-local input. */
export function wallClockOf(iso: string, zone: IndonesianZone): string {
  const offset = -instantAt("1970-01-01", "00:00", zone);
  return new Date(Date.parse(iso) + offset).toISOString().slice(0, 16);
}
