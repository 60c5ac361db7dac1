import { defineConfig } from "drizzle-kit";

// Only `drizzle-kit generate` reads this; it needs no database.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
});
