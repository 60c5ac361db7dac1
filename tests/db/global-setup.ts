import { mkdtempSync, rmSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { createDb } from "@/db/client";
import { startEmbedded, type EmbeddedServer } from "@/db/embedded";
import { enableAppLogin, runMigrations } from "@/db/migrate";
import { seedReference } from "@/db/seed/reference";
import { withDatabase } from "@/db/urls";

export const TEMPLATE_DB = "kc_template";
export const APP_PASSWORD = "kc-test-app-password";

declare module "vitest" {
  export interface ProvidedContext {
    pgServerUrl: string;
    pgTemplate: string;
    appPassword: string;
  }
}

/**
 * One PostgreSQL for the whole db run: TEST_DATABASE_URL when set (CI's PostgreSQL 15), else a
 * throwaway embedded server. A migrated template database is built once; every test file clones
 * it (CREATE DATABASE … TEMPLATE), which takes milliseconds.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedServer | undefined;
  let dir: string | undefined;
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    dir = mkdtempSync(path.join(tmpdir(), "kc-dbtest-"));
    chmodSync(dir, 0o755);
    const port = 55000 + (process.pid % 2000);
    embedded = await startEmbedded({ dataDir: dir, port, database: "postgres", quiet: true });
    serverUrl = embedded.ownerUrl;
  }
  const admin = postgres(withDatabase(serverUrl, "postgres"), { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${TEMPLATE_DB} with (force)`);
  await admin.unsafe(`create database ${TEMPLATE_DB}`);
  const templateUrl = withDatabase(serverUrl, TEMPLATE_DB);
  await runMigrations(templateUrl);
  await enableAppLogin(templateUrl, APP_PASSWORD);
  const owner = createDb(templateUrl, { max: 1 });
  await seedReference(owner.db);
  await owner.close();
  await admin.end();

  project.provide("pgServerUrl", serverUrl);
  project.provide("pgTemplate", TEMPLATE_DB);
  project.provide("appPassword", APP_PASSWORD);

  return async () => {
    await embedded?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
