/** `npm run db:seed`: add the demo clinic to any database (idempotent). */
import path from "node:path";
import { createDb } from "@/db/client";
import { seedDemo } from "@/db/seed/demo";
import { prepareDatabase } from "@/db/setup";

async function main() {
  const db = await prepareDatabase({ dataDir: path.resolve(process.env.KC_DATA_DIR ?? ".data"), pgPort: Number(process.env.KC_PG_PORT ?? 54329) });
  const owner = createDb(db.ownerUrl, { max: 1 });
  try {
    const added = await seedDemo(owner.db);
    console.log(added ? "Demo clinic added." : "Demo clinic already present; nothing changed.");
  } finally {
    await owner.close();
    await db.embedded?.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
