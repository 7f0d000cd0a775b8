import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { type CalendarEvent, calendarFile } from "../../shared/views/calendar.js";
import type { IndonesianZone } from "../../shared/domain/time.js";

const pitch: CalendarEvent = {
  uid: "01JQ8Z3K5N2V7X9B4C6D8F0G1H@lab-wirausaha",
  startsAt: "2027-03-10T01:00:00.000Z",
  endsAt: "2027-03-10T01:30:00.000Z",
  summary: "Pitch: Kopi Toraja",
};

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent)) };
}

function only(timeZone: IndonesianZone, event: CalendarEvent = pitch) {
  const [first] = parse(calendarFile({ name: "Demo Day", timeZone, events: [event] })).events;
  return first!;
}

// DTSTAMP is the moment of download, the one line that may differ between two equal calls
const withoutStamp = (ics: string) => ics.replace(/^DTSTAMP:.*$/gm, "");

describe("calendar file for demo day", () => {
  it.each([
    ["Asia/Jakarta", 8],
    ["Asia/Makassar", 9],
    ["Asia/Jayapura", 10],
  ] as const)("a pitch at 01:00Z reads in %s as %i:00 local, and back as 01:00Z", (zone, hour) => {
    const { startDate, endDate, component } = only(zone);
    expect(component.getFirstProperty("dtstart")!.getParameter("tzid")).toBe(zone);
    expect(startDate.zone!.tzid).toBe(zone); // resolved through the file's own VTIMEZONE
    expect([startDate.hour, startDate.minute, endDate.hour, endDate.minute]).toEqual([hour, 0, hour, 30]);
    expect(startDate.toJSDate().toISOString()).toBe(pitch.startsAt);
    expect(endDate.toJSDate().toISOString()).toBe(pitch.endsAt);
  });

  it("carries a fixed VTIMEZONE for the zone, since Indonesia keeps no daylight saving", () => {
    const { calendar } = parse(calendarFile({ name: "Demo Day", timeZone: "Asia/Makassar", events: [pitch] }));
    const [zone, ...others] = calendar.getAllSubcomponents("vtimezone");
    expect(others).toEqual([]);
    expect(zone!.getFirstPropertyValue("tzid")).toBe("Asia/Makassar");
    const [standard, ...rest] = zone!.getAllSubcomponents();
    expect(rest).toEqual([]);
    expect(standard!.name).toBe("standard");
    expect(standard!.getFirstPropertyValue("tzname")).toBe("WITA");
    expect(String(standard!.getFirstPropertyValue("tzoffsetto"))).toBe("+08:00");
  });

  it("shows an event in its own zone when it has one, each zone with its VTIMEZONE", () => {
    const meeting: CalendarEvent = { ...pitch, uid: "meeting@lab-wirausaha", timeZone: "Asia/Jayapura" };
    const { calendar, events } = parse(calendarFile({ name: "Demo Day", timeZone: "Asia/Makassar", events: [pitch, meeting] }));
    expect(calendar.getAllSubcomponents("vtimezone").map((zone) => zone.getFirstPropertyValue("tzid")).sort()).toEqual(["Asia/Jayapura", "Asia/Makassar"]);
    expect(events.map((event) => [event.startDate.zone!.tzid, event.startDate.hour, event.startDate.toJSDate().toISOString()])).toEqual([
      ["Asia/Makassar", 9, pitch.startsAt],
      ["Asia/Jayapura", 10, pitch.startsAt],
    ]);
  });

  it("keeps commas, semicolons, newlines and Indonesian text exactly, and the uid", () => {
    const event = {
      ...pitch,
      summary: "Pitch; Warung Bu Sri, Makassar — \"Sambal\" \\ 100%",
      description: "Bawa KTP, laptop; dan charger.\nPresentasi 5 menit,\r\ntanya-jawab 3 menit 🎤",
      location: "Gedung Graha Pena, Lt. 2; Jl. Urip Sumoharjo No. 20",
      url: "https://lab-wirausaha.id/demo-day/2027/jadwal?peserta=42",
    };
    const read = only("Asia/Makassar", event);
    expect(read.summary).toBe(event.summary);
    expect(read.description).toBe(event.description.replace("\r\n", "\n")); // RFC 5545 has one kind of newline
    expect(read.location).toBe(event.location);
    expect(read.component.getFirstPropertyValue("url")).toBe(event.url);
    expect(read.uid).toBe(pitch.uid);
  });

  it("writes no description, location or url that was not given", () => {
    const read = only("Asia/Jakarta");
    expect(["description", "location", "url"].map((name) => read.component.hasProperty(name))).toEqual([false, false, false]);
  });

  it("keeps a name with a newline on its own line, so it cannot add a property", () => {
    const ics = calendarFile({ name: "Demo Day, Rina\nBEGIN:VEVENT", timeZone: "Asia/Jakarta", events: [pitch] });
    expect(ics.match(/^BEGIN:VEVENT/gm)).toHaveLength(1);
    expect(ics).toContain("\r\nX-WR-CALNAME:Demo Day\\, Rina\\nBEGIN:VEVENT\r\n");
  });

  it("keeps several events in the order given", () => {
    const events = ["a", "b", "c"].map((id, i) => ({
      ...pitch,
      uid: `${id}@lab-wirausaha`,
      summary: `Sesi ${id}`,
      startsAt: `2027-03-10T0${3 - i}:00:00.000Z`,
      endsAt: `2027-03-10T0${3 - i}:30:00.000Z`,
    }));
    const read = parse(calendarFile({ name: "Demo Day", timeZone: "Asia/Jakarta", events })).events;
    expect(read.map((e) => [e.uid, e.summary, e.startDate.toJSDate().toISOString()])).toEqual(
      events.map((e) => [e.uid, e.summary, e.startsAt]),
    );
  });

  it("is the same file whatever the process's TZ, with DTSTAMP in UTC", () => {
    const input = { name: "Demo Day", timeZone: "Asia/Makassar", events: [pitch] } as const;
    const before = process.env.TZ;
    let files: string[];
    try {
      files = ["America/New_York", "Asia/Tokyo", "UTC"].map((tz) => {
        process.env.TZ = tz; // Node applies a TZ assigned at run time to later Date calls
        expect(new Date(pitch.startsAt).getHours()).toBe({ "America/New_York": 20, "Asia/Tokyo": 10, UTC: 1 }[tz]);
        return calendarFile(input);
      });
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }

    expect(new Set(files.map(withoutStamp)).size).toBe(1);
    for (const ics of files) expect(ics).toMatch(/^DTSTAMP:\d{8}T\d{6}Z\r$/m);
    expect(files[0]).toContain("DTSTART;TZID=Asia/Makassar:20270310T090000");
  });
});
