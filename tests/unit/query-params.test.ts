import { describe, expect, it } from "vitest";
import { parseSearch } from "@/lib/data/patient-search";
import { dateParam, stringParam } from "@/lib/validation/paging";

describe("query-string values", () => {
  it("keeps only real calendar dates", () => {
    expect(dateParam("2026-02-28")).toBe("2026-02-28");
    expect(dateParam(["2024-02-29", "x"])).toBe("2024-02-29");
    for (const bad of ["2026-02-31", "9999-99-99", "0000-01-01", "2026-13-01", "+275760-09-13", "2026-2-3", "", undefined]) expect(dateParam(bad), String(bad)).toBeUndefined();
  });

  it("drops control characters from text", () => {
    expect(stringParam("a\u0000b\u001fc")).toBe("abc");
    expect(stringParam("\u0000")).toBeUndefined();
    expect(stringParam("x".repeat(300), 10)).toBe("x".repeat(10));
  });

  it("searches for a date of birth only when the date exists", () => {
    expect(parseSearch("1991-04-12").date).toBe("1991-04-12");
    expect(parseSearch("4/12/1991").date).toBe("1991-04-12");
    expect(parseSearch("2026-02-31").date).toBeNull();
    expect(parseSearch("13/45/2026").date).toBeNull();
    expect(parseSearch("Dur\u0000and").tokens).toEqual(["Dur", "and"]);
  });
});
