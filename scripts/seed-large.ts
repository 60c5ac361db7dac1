/**
 * `npm run seed:large [-- --scale=0.02] [--data-dir=.data/bench] [--port=54490]`: a large clinic
 * (issue #9: 30 clinicians, 50,000 patients, 500,000 appointments, 250,000 signed notes with
 * treatment lines and findings, 100,000 outcome measures, 20,000 programs, 1,000,000 exercise logs;
 * --scale multiplies all but the clinicians) in its own embedded PostgreSQL under .data/bench, or
 * in DATABASE_URL when set. The demo accounts are added too, so the benchmark can sign in.
 */
import path from "node:path";
import { createDb } from "@/db/client";
import { seedDemo } from "@/db/seed/demo";
import { seedLargeClinic } from "@/db/seed/large";
import { prepareDatabase } from "@/db/setup";
import { now } from "@/lib/time";

function flag(name: string): string | undefined {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit?.slice(name.length + 3);
}

async function main() {
  const scale = Number(flag("scale") ?? process.env.KC_SEED_SCALE ?? 1);
  if (!(scale > 0 && scale <= 10)) throw new Error("--scale must be a number in (0, 10]");
  const dataDir = path.resolve(flag("data-dir") ?? process.env.KC_DATA_DIR ?? ".data/bench");
  const pgPort = Number(flag("port") ?? process.env.KC_PG_PORT ?? 54490);
  const started = Date.now();
  const db = await prepareDatabase({ dataDir, pgPort, quiet: true });
  const owner = createDb(db.ownerUrl, { max: 1 });
  try {
    await seedDemo(owner.db);
    console.log(`Seeding a large clinic at scale ${scale} into ${db.embedded ? dataDir : "DATABASE_URL"}…`);
    const result = await seedLargeClinic(owner.sql, {
      scale,
      now: now(),
      onStep: (r) => {
        const rate = r.rows > 0 && r.ms > 0 ? `${Math.round((r.rows / r.ms) * 1000).toLocaleString("en-US")} rows/s` : "";
        console.log(`  ${r.step.padEnd(44)} ${String(r.rows.toLocaleString("en-US")).padStart(11)} rows ${String((r.ms / 1000).toFixed(1)).padStart(7)} s  ${rate}`);
      },
    });
    const seconds = result.ms / 1000;
    console.log(`Done: ${result.totalRows.toLocaleString("en-US")} rows in ${seconds.toFixed(1)} s ` +
      `(${Math.round(result.totalRows / seconds).toLocaleString("en-US")} rows/s overall, ${((Date.now() - started) / 1000).toFixed(1)} s with setup).`);
    console.log(`Sizes: ${JSON.stringify(result.sizes)}`);
  } finally {
    await owner.close();
    await db.embedded?.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
