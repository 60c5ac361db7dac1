import path from "node:path";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import { createDb } from "./client";

// Any constant works; it only has to be the same for every instance of this app.
const MIGRATION_LOCK_KEY = 7_311_402_118;

/**
 * Apply committed migrations as the owner. Instances that start together serialise on a
 * session advisory lock, so exactly one runs each migration and the others find nothing to do.
 */
export async function runMigrations(ownerUrl: string): Promise<void> {
  const client = createDb(ownerUrl, { max: 1 });
  try {
    await client.sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    try {
      await migrate(client.db, { migrationsFolder: path.join(process.cwd(), "db", "migrations") });
    } finally {
      await client.sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
    }
  } finally {
    await client.close();
  }
}

/** Give the app role a login and password (embedded server and test clusters, where we own the cluster). */
export async function enableAppLogin(ownerUrl: string, password: string): Promise<void> {
  const client = createDb(ownerUrl, { max: 1 });
  try {
    await client.sql.unsafe(`alter role kinetic_app login password '${password.replace(/'/g, "''")}'`);
  } finally {
    await client.close();
  }
}
