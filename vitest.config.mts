import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", env: { TZ: "UTC" } } },
      {
        resolve: { alias },
        test: {
          name: "db",
          include: ["tests/db/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/db/global-setup.ts"],
          // next-auth imports "next/server" without an extension; let Vite resolve it (lib/actions/session.ts loads it)
          server: { deps: { inline: ["next-auth"] } },
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // AUTH_SECRET: as `npm start` always has one (it seals two-factor secrets); a fixed one for tests
          env: { TZ: "UTC", NODE_ENV: "test", AUTH_SECRET: "db-tests-only-auth-secret-not-for-production" },
          // each file clones its own database, so files can run in parallel
          fileParallelism: true,
        },
      },
      {
        resolve: { alias },
        test: {
          // over HTTP against the built app (`next build` first): authorization matrix, IDOR, CSRF
          name: "http",
          include: ["tests/http/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/http/global-setup.ts"],
          testTimeout: 180_000,
          hookTimeout: 240_000,
          env: { TZ: "UTC", NODE_ENV: "test" },
          server: { deps: { inline: ["next-auth"] } },
          // one app and one database for all files
          fileParallelism: false,
        },
      },
    ],
  },
});
