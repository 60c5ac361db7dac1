import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/core";
import { saveClinicSettings } from "@/lib/actions/settings";
import { getClinicSettings } from "@/lib/data/settings";
import { createTestDatabase } from "./support";
import { makeStaff, staffCaller } from "./factories";

const t = await createTestDatabase();
const admin = staffCaller(await makeStaff(t.db, ["admin"]), ["admin"]);
const desk = staffCaller(await makeStaff(t.db, ["front_desk"]), ["front_desk"]);
const closed = { open: "", close: "" };
const weekday = { open: "07:00", close: "19:00" };
const valid = {
  name: "Harbour Sports Chiro", timeZone: "Europe/Dublin",
  hours: { "1": weekday, "2": weekday, "3": weekday, "4": weekday, "5": weekday, "6": { open: "08:00", close: "12:00" }, "7": closed },
  staffIdleMinutes: 20, patientIdleMinutes: 45, inviteTtlHours: 48, resetTtlMinutes: 30,
};

describe("clinic settings", () => {
  it("an admin saves name, zone, hours and lifetimes; the session rules read them", async () => {
    expect((await runAction(t.db, admin, saveClinicSettings.definition, valid)).ok).toBe(true);
    const s = await getClinicSettings(t.db);
    expect(s).toMatchObject({ name: "Harbour Sports Chiro", timeZone: "Europe/Dublin", staffIdleMinutes: 20 });
    expect(s.hours["7"]).toBeNull();
    expect(s.hours["6"]).toEqual({ open: "08:00", close: "12:00" });
  });

  it("refuses an unknown zone, closing before opening, and out-of-range lifetimes, with field messages", async () => {
    const r = await runAction(t.db, admin, saveClinicSettings.definition, {
      ...valid, timeZone: "Mars/Olympus", hours: { ...valid.hours, "1": { open: "19:00", close: "07:00" } }, staffIdleMinutes: 2,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.fieldErrors!).sort()).toEqual(["hours.1.close", "staffIdleMinutes", "timeZone"]);
  });

  it("is refused to the front desk", async () => {
    expect(await runAction(t.db, desk, saveClinicSettings.definition, valid)).toMatchObject({ ok: false, code: "forbidden" });
  });
});
