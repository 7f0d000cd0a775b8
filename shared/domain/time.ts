/** Indonesia's three zones and the names people use for them. */
export const zoneNames = { "Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT" } as const;
export type IndonesianZone = keyof typeof zoneNames;

/** Indonesia keeps no daylight saving, so each zone is a fixed offset from UTC. */
const UTC_OFFSET_HOURS: Record<IndonesianZone, number> = { "Asia/Jakarta": 7, "Asia/Makassar": 8, "Asia/Jayapura": 9 };

/** The instant (ms since the epoch) of a wall-clock time in a zone: 2027-03-10, 09:00, WITA → 01:00 UTC. */
export function instantAt(date: string, time: string, zone: IndonesianZone): number {
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  return Date.parse(`${date}T00:00:00.000Z`) + ((hours - UTC_OFFSET_HOURS[zone]) * 60 + minutes) * 60_000;
}

/**
 * A stored UTC time as people in the event's zone read it, in both languages, e.g.
 * "Rabu, 20 Januari 2027 pukul 09.00 WITA" — so a cheap phone needs no time-zone data of its own.
 */
export function localTime(iso: string, zone: IndonesianZone): { id: string; en: string } {
  const at = new Date(iso);
  const format = (locale: string) => new Intl.DateTimeFormat(locale, { timeZone: zone, dateStyle: "full", timeStyle: "short" }).format(at);
  return { id: `${format("id-ID")} ${zoneNames[zone]}`, en: `${format("en-GB")} ${zoneNames[zone]}` };
}

/**
 * The zone of a regency, by its province (the first two digits of the Kemendagri code): WIT for Maluku
 * and Papua, WITA for Bali, Nusa Tenggara, the eastern half of Kalimantan and Sulawesi, WIB elsewhere.
 */
export function zoneOfRegency(regencyCode: string): IndonesianZone {
  const province = Number(regencyCode.slice(0, 2));
  if (province >= 81) return "Asia/Jayapura";
  if ((province >= 51 && province <= 53) || (province >= 63 && province <= 76)) return "Asia/Makassar";
  return "Asia/Jakarta";
}
