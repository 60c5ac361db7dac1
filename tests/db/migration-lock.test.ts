import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { describe, expect, inject, it } from "vitest";
import { runMigrations } from "@/db/migrate";
import { withDatabase } from "@/db/urls";

describe("migrations on start", () => {
  it("three instances starting together migrate an empty database once, without racing", async () => {
    const server = inject("pgServerUrl");
    const name = `kc_mig_${randomBytes(4).toString("hex")}`;
    const admin = postgres(withDatabase(server, "postgres"), { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    try {
      const url = withDatabase(server, name);
      const results = await Promise.allSettled([runMigrations(url), runMigrations(url), runMigrations(url)]);
      expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled"]);
      const db = postgres(url, { max: 1, onnotice: () => {} });
      const [{ n }] = await db`select count(*)::int as n from drizzle.__drizzle_migrations`;
      const tables = await db`select 1 from information_schema.tables where table_name = 'audit_events'`;
      await db.end();
      expect(n).toBeGreaterThanOrEqual(2);
      expect(tables).toHaveLength(1);
    } finally {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
