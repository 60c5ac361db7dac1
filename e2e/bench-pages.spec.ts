import { expect, request, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { ACCOUNTS, stateFile } from "./support/accounts";
import { DEMO_STAFF } from "../db/seed/demo-people";

/**
 * The benchmark's pages live in the production build: the floor page shows a staff member only
 * their own name, the bare page only static text, and the SQL counter does not exist unless the
 * server was started for a benchmark (KC_COUNT_SQL=1).
 */
test.describe("benchmark pages are harmless in production", () => {
  test("the floor page: staff see their own name; signed-out visitors go to sign-in; patients get 403", async ({ baseURL }) => {
    const anon = await request.newContext({ baseURL, maxRedirects: 0 });
    const signedOut = await anon.get("/bench-floor");
    expect(signedOut.status()).toBe(307);
    expect(signedOut.headers().location).toContain("/sign-in?next=%2Fbench-floor");
    const patient = await request.newContext({ baseURL, storageState: stateFile("patient"), maxRedirects: 0 });
    expect((await patient.get("/bench-floor")).status()).toBe(403);
    const desk = await request.newContext({ baseURL, storageState: stateFile("frontDesk"), maxRedirects: 0 });
    const res = await desk.get("/bench-floor");
    expect(res.status()).toBe(200);
    expect(await res.text()).toContain(`Signed in as ${DEMO_STAFF[4].name}`);
  });

  test("the SQL counter answers 404 on a normal server", async ({ baseURL }) => {
    const anon = await request.newContext({ baseURL, maxRedirects: 0 });
    expect((await anon.get("/api/bench/sql-count")).status()).toBe(404);
    const admin = await request.newContext({ baseURL, storageState: stateFile("admin"), maxRedirects: 0 });
    expect((await admin.get("/api/bench/sql-count")).status()).toBe(404);
  });

  test.describe("in a browser", () => {
    test.use({ storageState: stateFile("frontDesk") });
    test("the floor page is accessible", async ({ page }) => {
      await page.goto("/bench-floor");
      await expect(page.getByRole("heading", { name: "Floor" })).toBeVisible();
      await expect(page.getByText(`Signed in as ${DEMO_STAFF[4].name}`)).toBeVisible();
      await expectAccessible(page);
    });
  });

  test("the bare page is public static text and accessible", async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto("/bare");
    await expect(page.getByRole("heading", { name: "Kinetic Chart" })).toBeVisible();
    await expect(page.getByText(ACCOUNTS.frontDesk)).toHaveCount(0);
    await expectAccessible(page);
    await context.close();
  });
});
