import { rmSync } from "node:fs";
import path from "node:path";
import { createDb } from "../../db/client";
import { startEmbedded, type EmbeddedServer } from "../../db/embedded";
import { seedDemo } from "../../db/seed/demo";
import { prepareDatabase } from "../../db/setup";
import { PORT } from "./instances";

/**
 * A demo clinic on a PostgreSQL of its own, for specs that restart the database or change
 * clinic-wide settings (which would disturb specs running beside them on the shared e2e server).
 */
export async function privateClinic(name: string, pgPort: number) {
  const dataDir = path.resolve(`.data/e2e-${PORT}-${name}`);
  rmSync(dataDir, { recursive: true, force: true });
  const db = await prepareDatabase({ dataDir, pgPort, quiet: true });
  let embedded: EmbeddedServer = db.embedded!;
  const owner = createDb(db.ownerUrl, { max: 1 });
  await seedDemo(owner.db);
  await owner.close();
  return {
    dataDir,
    pgPort,
    ownerUrl: db.ownerUrl,
    /** a fresh AUTH_SECRET for this clinic's instances */
    authSecret: `${name}-${Date.now()}-a-secret-long-enough-for-auth-js`,
    stopDatabase: () => embedded.stop(),
    async startDatabase() {
      embedded = await startEmbedded({ dataDir, port: pgPort, database: "kinetic", quiet: true });
    },
  };
}
