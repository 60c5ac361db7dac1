import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { staffProfiles } from "@/db/schema";
import { runAction } from "@/lib/actions/core";
import { openEpisode } from "@/lib/actions/episodes";
import { removeScopeOverride, setScopeOverride } from "@/lib/actions/settings";
import { updateStaff } from "@/lib/actions/staff";
import { addTreatmentLine } from "@/lib/actions/treatment";
import { startVisit } from "@/lib/actions/visits";
import { defaultParams } from "@/lib/domain/treatment/line-schema";
import { makePatient, makeStaff, staffCaller } from "./factories";
import { createTestDatabase } from "./support";

/** Certifications on the staff record and the clinic's jurisdiction rules decide what a provider may record (V17). */
const t = await createTestDatabase();
const admin = staffCaller(await makeStaff(t.db, ["admin"]), ["admin"]);
const dcUser = await makeStaff(t.db, ["clinician"], { discipline: "DC" });
const dc = staffCaller(dcUser, ["clinician"]);
const lmt = staffCaller(await makeStaff(t.db, ["clinician"], { discipline: "LMT" }), ["clinician"]);

async function visit(author: typeof dc) {
  const { patient } = await makePatient(t.db, false);
  const ep = await runAction(t.db, author, openEpisode.definition, { patientId: patient.id, title: "R piriformis" });
  if (!ep.ok) throw new Error(ep.error);
  const v = await runAction(t.db, author, startVisit.definition, { patientId: patient.id, episodeId: ep.data.episodeId, visitType: "TREATMENT" });
  if (!v.ok) throw new Error(v.error);
  return v.data.visitId;
}

const art = { componentCode: "ART", side: "R", minutes: 5, params: { structure: "PIRIFORMIS", passes: 3, movement: "ACTIVE" } };
const tens = { componentCode: "TENS_CONVENTIONAL", side: "R", minutes: 15, params: { ...defaultParams("TENS_CONVENTIONAL"), region: "BUTTOCK_UPPER" } };

describe("scope of practice from the staff record and the clinic's rules", () => {
  it("ART needs the ART certification on the provider's record", async () => {
    const visitId = await visit(dc);
    expect(await runAction(t.db, dc, addTreatmentLine.definition, { visitId, line: art })).toMatchObject({ ok: false, code: "forbidden", error: expect.stringMatching(/ART certification/) });
    const saved = await runAction(t.db, admin, updateStaff.definition, { userId: dcUser.id, displayName: dcUser.displayName, roles: ["clinician"], discipline: "DC", certifications: ["ART_CERTIFIED"] });
    expect(saved.ok).toBe(true);
    expect((await t.db.select().from(staffProfiles).where(eq(staffProfiles.userId, dcUser.id)))[0].certifications).toEqual(["ART_CERTIFIED"]);
    expect(await runAction(t.db, dc, addTreatmentLine.definition, { visitId, line: art })).toMatchObject({ ok: true });
    await expect(t.appSql`update staff_profiles set certifications = '{MADE_UP}' where user_id = ${dcUser.id}`).rejects.toThrow(/staff_certifications_known/);
  });

  it("a clinic rule replaces a cell of the default matrix, and removing it restores the default", async () => {
    const visitId = await visit(lmt);
    const before = await runAction(t.db, lmt, addTreatmentLine.definition, { visitId, line: tens });
    expect(before, JSON.stringify(before)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await runAction(t.db, lmt, setScopeOverride.definition, { componentCode: "TENS_CONVENTIONAL", discipline: "LMT", status: "ALLOWED", text: "State rule" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await runAction(t.db, admin, setScopeOverride.definition, { componentCode: "TENS_CONVENTIONAL", discipline: "LMT", status: "ALLOWED", text: "State board rule 4.2: LMTs may use TENS" })).toMatchObject({ ok: true });
    expect(await runAction(t.db, admin, setScopeOverride.definition, { componentCode: "TENS_CONVENTIONAL", discipline: "PTA", status: "NOT_ALLOWED", text: "Not here" })).toMatchObject({ ok: true });
    expect(await runAction(t.db, lmt, addTreatmentLine.definition, { visitId, line: tens })).toMatchObject({ ok: true });
    await runAction(t.db, admin, removeScopeOverride.definition, { componentCode: "TENS_CONVENTIONAL", discipline: "LMT" });
    const [{ overrides }] = await t.ownerSql<{ overrides: Record<string, unknown> }[]>`select scope_overrides as overrides from clinic_settings where id = 1`;
    expect(overrides).toEqual({ TENS_CONVENTIONAL: { PTA: { status: "NOT_ALLOWED", text: "Not here" } } });
    expect(await runAction(t.db, lmt, addTreatmentLine.definition, { visitId, line: tens })).toMatchObject({ ok: false, code: "forbidden" });
  });
});
