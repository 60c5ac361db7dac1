import { inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { jobs } from "@/db/schema";
import { enqueueJob } from "@/lib/jobs/queue";
import { runDueJobs } from "@/lib/jobs/worker";
import { deliverMessage, queueMessage } from "@/lib/outbox";
import { createTestDatabase } from "./support";

const t = await createTestDatabase();

describe("job queue", () => {
  it("runs every job exactly once with two workers polling together", async () => {
    const past = new Date(Date.now() - 1000);
    await t.db.transaction(async (tx) => {
      for (let i = 0; i < 60; i++) await enqueueJob(tx, "test.count", { n: i }, past);
    });
    const seen: number[] = [];
    const handlers = {
      "test.count": async (payload: Record<string, unknown>) => {
        await new Promise((r) => setTimeout(r, 2)); // let the workers interleave
        seen.push(Number(payload.n));
      },
    };
    // two separate pools, like two app instances
    const second = createDb(t.appUrl, { max: 2 });
    const [a, b] = await Promise.all([runDueJobs(t.db, "worker-a", handlers, 100), runDueJobs(second.db, "worker-b", handlers, 100)]);
    await second.close();
    expect(a + b).toBe(60);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    expect(seen.sort((x, y) => x - y)).toEqual(Array.from({ length: 60 }, (_, i) => i));
    const [{ done }] = await t.db.select({ done: sql<number>`count(*)::int` }).from(jobs).where(sql`kind = 'test.count' and status = 'done'`);
    expect(done).toBe(60);
  });

  it("retries a failing job later and parks it as failed after its last attempt", async () => {
    await enqueueJob(t.db, "test.fail", {}, new Date(Date.now() - 1000));
    const handlers = { "test.fail": async () => { throw new Error("smtp down"); } };
    await runDueJobs(t.db, "w", handlers);
    const [row] = await t.db.select().from(jobs).where(sql`kind = 'test.fail'`);
    expect(row.status).toBe("queued");
    expect(row.runAt.getTime()).toBeGreaterThan(Date.now());
    expect(row.lastError).toBe("smtp down");
    await t.db.update(jobs).set({ attempts: row.maxAttempts - 1, runAt: new Date(Date.now() - 1000) }).where(inArray(jobs.id, [row.id]));
    await runDueJobs(t.db, "w", handlers);
    const [final] = await t.db.select().from(jobs).where(sql`kind = 'test.fail'`);
    expect(final.status).toBe("failed");
  });

  it("without SMTP an outbox message is held for the in-app outbox", async () => {
    delete process.env.SMTP_URL;
    const id = await queueMessage(t.db, { kind: "password_reset", to: "a@test.example", subject: "s", body: "b", createdBy: null }, new Date());
    await deliverMessage(t.db, id, new Date());
    const rows = await t.db.execute<{ status: string }>(sql`select status from outbox_messages where id = ${id}`);
    expect(rows[0].status).toBe("held");
  });
});
