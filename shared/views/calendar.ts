import { TZDate } from "@date-fns/tz";
import ical, { escape } from "ical-generator";
import { type IndonesianZone, zoneNames } from "../domain/time.js";

export interface CalendarEvent {
  /** Stable across downloads, so a calendar app updates the event instead of adding a second one. */
  uid: string;
  startsAt: string; // ISO UTC, e.g. "2027-03-10T01:00:00.000Z"
  endsAt: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  /** Grows with every change of the event, so a calendar app takes a moved meeting instead of keeping the old time. */
  sequence?: number;
  /** The zone its times are shown in, when not the calendar's own (meetings may be planned in another zone than demo day). */
  timeZone?: IndonesianZone;
}

const offsets: Record<IndonesianZone, string> = { "Asia/Jakarta": "+0700", "Asia/Makassar": "+0800", "Asia/Jayapura": "+0900" };

// Without a VTIMEZONE, parsers (ical.js among them) cannot resolve the TZID and misread the time. Indonesia
// keeps no daylight saving and these offsets have held since 1964, so one STANDARD block is the whole zone.
function vtimezone(zone: IndonesianZone): string {
  const offset = offsets[zone];
  return [
    "BEGIN:VTIMEZONE", `TZID:${zone}`,
    "BEGIN:STANDARD", "DTSTART:19700101T000000", `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`, `TZNAME:${zoneNames[zone]}`, "END:STANDARD",
    "END:VTIMEZONE",
  ].join("\r\n");
}

/** An .ics file (RFC 5545) whose events show the wall time of the event's zone, e.g. 09:00 WITA. */
export function calendarFile(input: { name: string; timeZone: IndonesianZone; events: readonly CalendarEvent[] }): string {
  // NAME is the one text ical-generator writes unescaped: a newline in a name could add a property.
  const cal = ical({ prodId: "//Lab Wirausaha//Demo Day//ID", name: escape(input.name, false) });
  // A calendar-wide zone name would make ical-generator write DTSTAMP as the *process's* wall time without
  // a Z (RFC 5545 wants UTC); so name none, and the generator still runs for the zone the events carry.
  cal.timezone({ name: null, generator: (zone) => vtimezone(zone as IndonesianZone) });
  for (const event of input.events) {
    const zone = event.timeZone ?? input.timeZone;
    cal.createEvent({
      id: event.uid,
      // A TZDate, not a Date: ical-generator reads a plain Date's wall time in the process's zone (UTC on
      // Lambda), which would put 09:00 WITA at 01:00 under TZID=Asia/Makassar.
      start: new TZDate(event.startsAt, zone),
      end: new TZDate(event.endsAt, zone),
      timezone: zone,
      summary: event.summary,
      description: event.description ?? null,
      location: event.location ?? null,
      url: event.url ?? null,
      sequence: event.sequence ?? 0,
    });
  }
  return cal.toString();
}
