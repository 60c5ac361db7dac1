import { afterAll, inject } from "vitest";
import { createDb } from "@/db/client";
import { staffProfiles, userRoles, users } from "@/db/schema";
import { DEMO_PASSWORD, DEMO_PATIENTS, DEMO_STAFF } from "@/db/seed/demo-people";
import { runAction } from "@/lib/actions/core";
import { uploadExerciseImage } from "@/lib/actions/hep-image-upload";
import type { Caller } from "@/lib/auth/caller";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/permissions";
import { tinyPng } from "../../e2e/support/files";
import { buildChart, clinicIds, type RecordIds } from "../support/clinic-fixtures";
import { Session, signIn } from "./support";

/** Who the matrix calls as: every role the app knows, each clinician discipline, and nobody. */
export interface Persona {
  name: string;
  roles: Role[];
  session: Session;
}

export const PATIENT_A = DEMO_PATIENTS[0];
export const PATIENT_B = DEMO_PATIENTS[1];
const owner = DEMO_STAFF[0];
const ADMIN_ONLY = { id: "00000000-0000-4000-8000-0000000000a1", email: "admin-only@kinetic.test", name: "Alex Admin" };

/**
 * Connect to the app's database as its owner, make a pure admin account (the demo's admin also
 * treats), build a full chart for patients A and B through the actions, and sign everyone in.
 */
export async function setUpClinic() {
  const { db, close } = createDb(inject("ownerUrl"), { max: 4 });
  afterAll(close);
  const dc: Caller = { userId: owner.id, kind: "staff", displayName: owner.name, roles: ["admin", "clinician"], patientIds: [], sessionId: null };
  await db.insert(users).values({ id: ADMIN_ONLY.id, kind: "staff", email: ADMIN_ONLY.email, displayName: ADMIN_ONLY.name, passwordHash: await hashPassword(DEMO_PASSWORD) }).onConflictDoNothing();
  await db.insert(userRoles).values({ userId: ADMIN_ONLY.id, role: "admin" }).onConflictDoNothing();
  await db.insert(staffProfiles).values({ userId: ADMIN_ONLY.id }).onConflictDoNothing();

  const image = await runAction(db, dc, uploadExerciseImage, { file: { name: "probe.png", type: "image/png", bytes: new Uint8Array(tinyPng()) } });
  if (!image.ok) throw new Error(`fixture image: ${image.error}`);
  const clinic: RecordIds = {
    ...(await clinicIds(db)),
    imageId: image.data.imageId,
    userId: DEMO_STAFF[1].id,
    token: "no-such-token-0123456789abcdef",
    nextauth: "session",
    op: "$everything",
    // no export has run: the allowed roles get a 404 for it, everyone else 401/403
    exportId: "00000000-0000-4000-8000-0000000e4907",
  };
  const idsA = await buildChart(db, dc, PATIENT_A.id);
  const idsB = await buildChart(db, dc, PATIENT_B.id);

  const people: { name: string; email: string | null; roles: Role[] }[] = [
    { name: "anonymous", email: null, roles: [] },
    { name: "patient A", email: PATIENT_A.email, roles: ["patient"] },
    { name: "front desk", email: DEMO_STAFF[4].email, roles: ["front_desk"] },
    { name: "DC owner (admin+clinician)", email: owner.email, roles: ["admin", "clinician"] },
    { name: "PT", email: DEMO_STAFF[1].email, roles: ["clinician"] },
    { name: "PTA", email: DEMO_STAFF[2].email, roles: ["clinician"] },
    { name: "LMT", email: DEMO_STAFF[3].email, roles: ["clinician"] },
    { name: "admin", email: ADMIN_ONLY.email, roles: ["admin"] },
  ];
  const personas: Persona[] = [];
  for (const p of people) personas.push({ name: p.name, roles: p.roles, session: p.email ? await signIn(p.name, p.email, DEMO_PASSWORD) : new Session(p.name) });
  return { db, clinic, idsA, idsB, personas };
}

/** Run `fn` over `items` with a few requests in flight (the app is one process; this keeps CI short). */
export async function pool<T>(items: T[], fn: (item: T) => Promise<void>, concurrency = 4): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) await fn(items[next++]);
  }));
}
