/** `npm run db:migrate`: migrate (and install reference content) without starting the app. */
import path from "node:path";
import { prepareDatabase } from "@/db/setup";

async function main() {
  const db = await prepareDatabase({ dataDir: path.resolve(process.env.KC_DATA_DIR ?? ".data"), pgPort: Number(process.env.KC_PG_PORT ?? 54329) });
  await db.embedded?.stop();
  console.log("Database is up to date.");
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
