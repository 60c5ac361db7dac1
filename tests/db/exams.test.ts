import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "@/db/schema";
import { describe, expect, it } from "vitest";
import { examFindings } from "@/db/schema";
import { runAction } from "@/lib/actions/core";
import { openEpisode } from "@/lib/actions/episodes";
import { saveExam } from "@/lib/actions/exams";
import { startVisit } from "@/lib/actions/visits";
import { getExamWithPrevious, getEpisodeTrends } from "@/lib/data/exams";
import { compareExams } from "@/lib/domain/exams/compare-exams";
import { createTestDatabase } from "./support";
import { makePatient, makeStaff, staffCaller } from "./factories";

const t = await createTestDatabase();
const dr = staffCaller(await makeStaff(t.db, ["clinician"], { discipline: "DC" }), ["clinician"]);
const desk = staffCaller(await makeStaff(t.db, ["front_desk"]), ["front_desk"]);

async function visitFor(patientId: string, episodeId: string, type: "INITIAL_EXAM" | "RE_EXAM") {
  const r = await runAction(t.db, dr, startVisit.definition, { patientId, episodeId, visitType: type });
  if (!r.ok) throw new Error(r.error);
  return r.data.visitId;
}

const initial = [
  { code: "SIJ-GILLET", side: "R", value: "HYPOMOBILE" },
  { code: "PL-CREST", side: "R", value: 6, method: "PALPATION_VISUAL" },
  { code: "LL-TRUE", side: "L", value: 0, extras: { reading_1_mm: 880, reading_2_mm: 882 } },
  { code: "LL-TRUE", side: "R", value: 0, extras: { reading_1_mm: 873, reading_2_mm: 875 } },
  { code: "T-FAIR", side: "R", value: "POS", familiarPain: true },
  { code: "ROM-LUMB-FLEX", side: "NA", value: 50, method: "inclinometer" },
];

describe("examination findings", () => {
  it("round-trip with codes, sides and units; leg-length means and difference are computed", async () => {
    const { patient } = await makePatient(t.db, false);
    const ep = await runAction(t.db, dr, openEpisode.definition, { patientId: patient.id, title: "R SI pain" });
    if (!ep.ok) throw new Error();
    const v1 = await visitFor(patient.id, ep.data.episodeId, "INITIAL_EXAM");
    const saved = await runAction(t.db, dr, saveExam.definition, { visitId: v1, findings: initial });
    expect(saved).toMatchObject({ ok: true, data: { saved: 7 } });
    const { current } = await getExamWithPrevious(t.db, dr, patient.id, v1);
    const byKey = Object.fromEntries(current.map((f) => [`${f.code}|${f.side}`, f]));
    expect(byKey["T-GILLET|R"]).toMatchObject({ value: "HYPOMOBILE" });
    expect(byKey["PL-CREST|R"]).toMatchObject({ value: 6, unit: "mm" });
    expect(byKey["LL-TRUE|L"]).toMatchObject({ value: 881, unit: "mm" });
    expect(byKey["LL-TRUE-DIFF|R"]).toMatchObject({ value: 7, unit: "mm" });
    expect(byKey["T-FAIR|R"]).toMatchObject({ value: "POS", familiarPain: true });
    expect(byKey["ROM-LUMB-FLEX|NA"]).toMatchObject({ value: 50, unit: "deg", method: "inclinometer" });

    // a re-exam copies forward and changes three values; the comparison shows exactly those
    const v2 = await visitFor(patient.id, ep.data.episodeId, "RE_EXAM");
    const changed = initial.map((f) => f.code === "SIJ-GILLET" ? { ...f, value: "NORMAL" } : f.code === "ROM-LUMB-FLEX" ? { ...f, value: 58 } : f.code === "T-FAIR" ? { ...f, value: "NEG", familiarPain: undefined } : f);
    expect((await runAction(t.db, dr, saveExam.definition, { visitId: v2, findings: changed })).ok).toBe(true);
    const both = await getExamWithPrevious(t.db, dr, patient.id, v2);
    expect(both.previousVisitId).toBe(v1);
    const diff = compareExams(both.previous, both.current).filter((c) => c.status !== "unchanged").map((c) => c.code).sort();
    expect(diff).toEqual(["ROM-LUMB-FLEX", "T-FAIR", "T-GILLET"]);
    // the previous-exam lookup is one statement however many findings there are
    let statements = 0;
    const counted = postgres(t.appUrl, { max: 1, onnotice: () => {}, debug: () => { statements++; } });
    await counted`select 1`; // the connection's own start-up queries are not the lookup's
    statements = 0;
    await getExamWithPrevious(drizzle(counted, { schema }), dr, patient.id, v2);
    await counted.end();
    expect(statements).toBe(1);
    const trends = await getEpisodeTrends(t.db, dr, patient.id, ep.data.episodeId);
    expect(trends["ROM-LUMB-FLEX|NA"].map((p) => p.value)).toEqual([50, 58]);
  });

  it("refuses out-of-range values with the valid range, a positive SI provocation without familiar pain, unknown codes and the front desk", async () => {
    const { patient } = await makePatient(t.db, false);
    const ep = await runAction(t.db, dr, openEpisode.definition, { patientId: patient.id, title: "LBP" });
    if (!ep.ok) throw new Error();
    const v = await visitFor(patient.id, ep.data.episodeId, "INITIAL_EXAM");
    const rom = await runAction(t.db, dr, saveExam.definition, { visitId: v, findings: [{ code: "ROM-LUMB-FLEX", side: "NA", value: 170 }] });
    expect(rom).toMatchObject({ ok: false, fieldErrors: { "findings.0.value": [expect.stringMatching(/0 to 110/)] } });
    const sij = await runAction(t.db, dr, saveExam.definition, { visitId: v, findings: [{ code: "T-SI-TT", side: "R", value: "POS" }] });
    expect(sij.ok).toBe(false);
    const unknown = await runAction(t.db, dr, saveExam.definition, { visitId: v, findings: [{ code: "T-MADEUP", side: "R", value: "POS" }] });
    expect(unknown).toMatchObject({ ok: false, fieldErrors: { "findings.0.code": [expect.any(String)] } });
    const unpaired = await runAction(t.db, dr, saveExam.definition, { visitId: v, findings: [{ code: "T-FAIR", side: "NA", value: "POS" }] });
    expect(unpaired).toMatchObject({ ok: false, fieldErrors: { "findings.0.side": [expect.any(String)] } });
    expect(await runAction(t.db, desk, saveExam.definition, { visitId: v, findings: [] })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await t.db.select().from(examFindings).where(eq(examFindings.visitId, v))).toHaveLength(0);
  });
});
