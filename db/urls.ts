/** Where the app's request connections go, and as which role (DESIGN.md §6: two database roles). */
export function appDatabaseTarget(env: NodeJS.ProcessEnv = process.env): { url: string; role?: string } {
  if (env.APP_DATABASE_URL) return { url: env.APP_DATABASE_URL };
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, role: "kinetic_app" };
  throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides a database.");
}

export function ownerDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set");
  return env.DATABASE_URL;
}

/** The same server and database as `url`, signed in as another user. */
export function withCredentials(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  return u.toString();
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
