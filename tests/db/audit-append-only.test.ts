import { describe, expect, it } from "vitest";
import { createTestDatabase } from "./support";

const db = await createTestDatabase();

async function errorOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "no error";
  } catch (e) {
    return (e as Error).message;
  }
}

describe("audit log is append-only, enforced by PostgreSQL", () => {
  it("lets the app role insert and read audit rows", async () => {
    await db.appSql`insert into audit_events (at, action, outcome) values (now(), 'test.insert', 'ok')`;
    const rows = await db.appSql`select action from audit_events where action = 'test.insert'`;
    expect(rows).toHaveLength(1);
  });

  it("refuses UPDATE, DELETE and TRUNCATE from the app role", async () => {
    expect(await errorOf(db.appSql`update audit_events set action = 'tampered'`)).toMatch(/permission denied/);
    expect(await errorOf(db.appSql`delete from audit_events`)).toMatch(/permission denied/);
    expect(await errorOf(db.appSql`truncate audit_events`)).toMatch(/permission denied/);
  });

  it("refuses the app role disabling triggers or altering the table", async () => {
    expect(await errorOf(db.appSql`alter table audit_events disable trigger all`)).toMatch(/must be owner/);
    expect(await errorOf(db.appSql`drop table audit_events`)).toMatch(/must be owner/);
  });

  it("refuses UPDATE, DELETE and TRUNCATE even from the owner, by trigger", async () => {
    await db.ownerSql`insert into audit_events (at, action, outcome) values (now(), 'test.owner', 'ok')`;
    expect(await errorOf(db.ownerSql`update audit_events set action = 'tampered'`)).toMatch(/append-only/);
    expect(await errorOf(db.ownerSql`delete from audit_events`)).toMatch(/append-only/);
    expect(await errorOf(db.ownerSql`truncate audit_events`)).toMatch(/append-only/);
    const [{ n }] = await db.ownerSql`select count(*)::int as n from audit_events where action = 'tampered'`;
    expect(n).toBe(0);
  });

  it("refuses the app role deleting patients (clinical records are voided, not deleted)", async () => {
    expect(await errorOf(db.appSql`delete from patients`)).toMatch(/permission denied/);
  });
});
