import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, inject } from "vitest";
import { createDb, type Db } from "@/db/client";
import { withCredentials, withDatabase } from "@/db/urls";

export interface TestDatabase {
  /** connected as kinetic_app: the role the app's requests use */
  db: Db;
  /** connected as the owner (migrations, seeding, checks the app may not do) */
  owner: Db;
  ownerSql: ReturnType<typeof postgres>;
  appSql: ReturnType<typeof postgres>;
  appUrl: string;
}

/** A fresh database cloned from the migrated template, dropped when the file's tests end. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const server = inject("pgServerUrl");
  const name = `kc_t_${randomBytes(6).toString("hex")}`;
  const admin = postgres(withDatabase(server, "postgres"), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name} template ${inject("pgTemplate")}`);
  const ownerUrl = withDatabase(server, name);
  const appUrl = withCredentials(ownerUrl, "kinetic_app", inject("appPassword"));
  const owner = createDb(ownerUrl, { max: 2 });
  const app = createDb(appUrl, { max: 8 });
  afterAll(async () => {
    await app.close();
    await owner.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  });
  return { db: app.db, owner: owner.db, ownerSql: owner.sql, appSql: app.sql, appUrl };
}
