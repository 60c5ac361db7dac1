import { describe, expect, it } from "vitest";
import { zonedTimeToUtc } from "@/lib/time";

describe("zonedTimeToUtc", () => {
  it("converts clinic wall-clock times to UTC, across daylight saving", () => {
    expect(zonedTimeToUtc("2026-01-15T09:00", "America/New_York").toISOString()).toBe("2026-01-15T14:00:00.000Z");
    expect(zonedTimeToUtc("2026-07-15T09:00", "America/New_York").toISOString()).toBe("2026-07-15T13:00:00.000Z");
    // the week DST starts in the US (8 March 2026)
    expect(zonedTimeToUtc("2026-03-07T09:00", "America/New_York").toISOString()).toBe("2026-03-07T14:00:00.000Z");
    expect(zonedTimeToUtc("2026-03-09T09:00", "America/New_York").toISOString()).toBe("2026-03-09T13:00:00.000Z");
    expect(zonedTimeToUtc("2026-06-01T12:30", "UTC").toISOString()).toBe("2026-06-01T12:30:00.000Z");
  });
});
