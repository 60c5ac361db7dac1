import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

/**
 * On these machines Playwright may not download its browsers: use Debian's chromium when it is
 * there, else Playwright's own (installed elsewhere with `npx playwright install chromium`).
 */
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
const launchOptions = systemChromium
  ? {
      executablePath: systemChromium,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    }
  : {};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  globalSetup: "./e2e/global-setup.ts",
  use: { baseURL, launchOptions, trace: "retain-on-failure", timezoneId: "UTC" },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions } }],
  webServer: {
    // A fresh embedded database each run, seeded with the demo clinic; the build comes from `npm run test:e2e`.
    command: `rm -rf .data/e2e-${PORT} && npx tsx scripts/start.ts`,
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    env: { PORT: String(PORT), KC_DATA_DIR: `.data/e2e-${PORT}`, KC_PG_PORT: String(Number(process.env.E2E_PG_PORT ?? 54430)), JOB_POLL_MS: "500", LOG_LEVEL: "warn" },
    stdout: "ignore",
    stderr: "pipe",
  },
});
