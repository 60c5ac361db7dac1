/**
 * Builds charts through the real actions (runAction with a plain caller), for e2e specs that need a
 * note ready to sign or a visit ready for a protocol without driving a browser through it.
 * Run as `tsx --conditions=react-server e2e/support/chart-fixture.ts` with DATABASE_URL set; prints JSON.
 */
import { eq, and } from "drizzle-orm";
import { createDb } from "../../db/client";
import { protocols, users } from "../../db/schema";
import { setDiagnoses } from "../../lib/actions/coding";
import { runAction } from "../../lib/actions/core";
import { openEpisode } from "../../lib/actions/episodes";
import { saveNoteDraft, startNote } from "../../lib/actions/notes";
import { registerPatient } from "../../lib/actions/patients";
import { addTreatmentLine } from "../../lib/actions/treatment";
import { startVisit } from "../../lib/actions/visits";
import type { Caller } from "../../lib/auth/caller";
import { DEMO_STAFF } from "../../db/seed/demo-people";

type Result<T> = { ok: true; data: T } | { ok: false; error: string; fieldErrors?: unknown };
async function must<T>(p: Promise<Result<T>>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(`${r.error} ${JSON.stringify(r.fieldErrors ?? {})}`);
  return r.data;
}

async function main() {
  const client = createDb(process.env.DATABASE_URL!, { max: 2 });
  const db = client.db;
  const dc = DEMO_STAFF[0];
  const caller: Caller = { userId: dc.id, kind: "staff", displayName: dc.name, roles: ["admin", "clinician"], patientIds: [], sessionId: null };
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const charts = [];
  for (let i = 0; i < Number(process.env.CHARTS ?? 1); i++) {
    const registered = await must(runAction(db, caller, registerPatient.definition, {
      legalFirstName: "Fault", legalLastName: `Case${stamp}x${i}`, dateOfBirth: "1985-04-02", sex: "female", confirmNotDuplicate: true,
    }));
    if (registered.status !== "created") throw new Error("the fixture patient looked like a duplicate");
    const patientId = registered.patientId;
    const { episodeId } = await must(runAction(db, caller, openEpisode.definition, { patientId, title: "R piriformis" }));
    const visit = async () => (await must(runAction(db, caller, startVisit.definition, { patientId, episodeId, visitType: "TREATMENT" }))).visitId;
    // a note complete enough to sign
    const noteVisitId = await visit();
    await must(runAction(db, caller, addTreatmentLine.definition, { visitId: noteVisitId, line: { componentCode: "KNEADING", side: "R", minutes: 10, params: { region: "BUTTOCK_UPPER", pressure: "MODERATE" } } }));
    await must(runAction(db, caller, setDiagnoses.definition, { visitId: noteVisitId, codes: ["G57.01"] }));
    const { noteId } = await must(runAction(db, caller, startNote.definition, { visitId: noteVisitId, noteType: "DAILY" }));
    await must(runAction(db, caller, saveNoteDraft.definition, {
      noteId, version: 1, subjective: "Sore after the long run", nprsNow: 3, changeSinceLast: "BETTER", changePercent: 20, hepAdherence: "FULL",
      objective: "R piriformis tender 2/3", assessment: "Improving", plan: "Continue twice a week",
    }));
    // a second open visit of the same patient, for a protocol
    const protocolVisitId = await visit();
    charts.push({ patientId, noteVisitId, noteId, noteVersion: 2, protocolVisitId });
  }
  const [protocol] = await db.select({ id: protocols.id, lines: protocols.lines }).from(protocols)
    .where(and(eq(protocols.status, "active"))).limit(1);
  const [me] = await db.select({ email: users.email }).from(users).where(eq(users.id, dc.id));
  process.stdout.write(JSON.stringify({ charts, protocolId: protocol.id, protocolSteps: (protocol.lines as unknown[]).length, clinician: me.email }) + "\n");
  await client.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
