import { devices, expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { PATIENT, stateFile } from "./support/accounts";

test.use({ ...devices["Pixel 7"], storageState: stateFile("patient") });

test.describe("patient portal on a phone", () => {
  test("the home greets the patient and passes axe", async ({ page }) => {
    await page.goto("/portal");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hello, ${PATIENT.first}`);
    await expect(page.getByRole("navigation", { name: "Portal" })).toBeVisible();
    // the next visit and the plan of care, in plain words (demo data gives the patient both)
    await expect(page.getByRole("region", { name: "Your next visit" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Your plan of care" }).getByText(/of \d+ visits done/)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(412);
    await expectAccessible(page);
  });

  test("a patient opening a clinic page gets the 403 page", async ({ page }) => {
    const res = await page.goto("/dashboard");
    expect(res?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  });
});
