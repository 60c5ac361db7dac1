import { createDb } from "./client";
import { persistentSecret, startEmbedded, type EmbeddedServer } from "./embedded";
import { enableAppLogin, runMigrations } from "./migrate";
import { seedReference } from "./seed/reference";
import { withCredentials } from "./urls";

export interface PreparedDatabase {
  ownerUrl: string;
  appUrl?: string;
  embedded?: EmbeddedServer;
}

/**
 * Everything `npm start` and `npm run db:migrate` do before the app runs: pick the server
 * (DATABASE_URL, or an embedded one under the data folder), migrate under the advisory lock,
 * give the app role its login where we own the cluster, and install reference content.
 */
export async function prepareDatabase(opts: { dataDir: string; pgPort: number; quiet?: boolean }): Promise<PreparedDatabase> {
  let embedded: EmbeddedServer | undefined;
  let ownerUrl = process.env.DATABASE_URL;
  if (!ownerUrl) {
    embedded = await startEmbedded({ dataDir: opts.dataDir, port: opts.pgPort, database: "kinetic", quiet: opts.quiet });
    ownerUrl = embedded.ownerUrl;
  }
  try {
    await runMigrations(ownerUrl);
    let appUrl = process.env.APP_DATABASE_URL;
    if (embedded) {
      const appPassword = persistentSecret(opts.dataDir, "pg-app-password");
      await enableAppLogin(ownerUrl, appPassword);
      appUrl = withCredentials(ownerUrl, "kinetic_app", appPassword);
    }
    const client = createDb(ownerUrl, { max: 1 });
    try {
      await seedReference(client.db);
    } finally {
      await client.close();
    }
    return { ownerUrl, appUrl, embedded };
  } catch (e) {
    await embedded?.stop();
    throw e;
  }
}
