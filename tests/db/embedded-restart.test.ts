import { mkdtempSync, rmSync, chmodSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { prepareDatabase } from "@/db/setup";

const dir = mkdtempSync(path.join(tmpdir(), "kc-embedded-"));
chmodSync(dir, 0o755);
const port = 56000 + (process.pid % 1000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm start's embedded PostgreSQL", () => {
  it("comes up on a fresh data directory, migrates, and keeps the data across a restart", async () => {
    const saved = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    try {
      const first = await prepareDatabase({ dataDir: dir, pgPort: port, quiet: true });
      expect(existsSync(path.join(dir, "pg", "PG_VERSION"))).toBe(true);
      const app1 = createDb(first.appUrl!, { max: 1 });
      await app1.sql`insert into locations (name) values ('Survives restart')`;
      const [{ user }] = await app1.sql`select current_user as user`;
      expect(user).toBe("kinetic_app");
      await app1.close();
      await first.embedded!.stop();

      const second = await prepareDatabase({ dataDir: dir, pgPort: port, quiet: true });
      const app2 = createDb(second.appUrl!, { max: 1 });
      const rows = await app2.sql`select name from locations where name = 'Survives restart'`;
      await app2.close();
      await second.embedded!.stop();
      expect(rows).toHaveLength(1);
    } finally {
      if (saved) process.env.DATABASE_URL = saved;
    }
  }, 120_000);
});
