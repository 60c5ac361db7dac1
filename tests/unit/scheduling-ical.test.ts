import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar, foldLine } from "@/lib/domain/scheduling/ical";
import { expandAvailability } from "@/lib/domain/scheduling/availability";
import { generateSlots } from "@/lib/domain/scheduling/slots";
import { wallClock } from "@/lib/domain/scheduling/zoned";

const NY = "America/New_York";

describe("iCalendar feed", () => {
  it("parses with ical.js and gives 09:00 New York time on both sides of the March DST change", () => {
    const windows = expandAvailability({
      rules: [5, 1].map((weekday) => ({ clinicianId: "c", locationId: "L", weekday, startTime: "09:00", endTime: "10:00" })),
      exceptions: [], from: "2026-03-06", to: "2026-03-09", timeZone: NY,
    });
    const slots = generateSlots({ windows, busy: [], durationMinutes: 60 });
    const text = buildCalendar("Clinic appointments", slots.map((s, i) => ({
      uid: `a${i}@test`, start: s.start, end: s.end, summary: "Follow-up with Dr. Ávila, DC", location: "Main, 1 Road", sequence: 2,
    })), new Date("2026-03-01T00:00:00Z"));
    expect(text.split("\r\n").every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    const cal = new ICAL.Component(ICAL.parse(text));
    const events = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(2);
    const starts = events.map((e) => e.startDate.toJSDate());
    expect(starts.map((d) => d.toISOString())).toEqual(["2026-03-06T14:00:00.000Z", "2026-03-09T13:00:00.000Z"]);
    expect(starts.map((d) => wallClock(d, NY).time)).toEqual(["09:00", "09:00"]);
    expect(events[0].summary).toBe("Follow-up with Dr. Ávila, DC");
    expect(events[0].location).toBe("Main, 1 Road");
    expect(cal.getFirstPropertyValue("x-wr-calname")).toBe("Clinic appointments");
  });

  it("marks cancelled appointments CANCELLED and folds long lines without splitting characters", () => {
    const text = buildCalendar("C", [{ uid: "x@t", start: new Date("2026-11-02T14:00:00Z"), end: new Date("2026-11-02T14:30:00Z"), summary: "é".repeat(100), cancelled: true }], new Date());
    const v = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent")!;
    expect(v.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(v.getFirstPropertyValue("summary")).toBe("é".repeat(100));
    expect(foldLine("short")).toBe("short");
  });
});
