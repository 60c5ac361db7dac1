import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { stateFile } from "./support/accounts";

/** A fresh patient with an open episode and a started treatment visit (each spec makes its own). */
async function startTreatmentVisit(page: Page, lastName: string) {
  await page.goto("/patients/new");
  await page.getByLabel("Legal first name").fill("Rhea");
  await page.getByLabel("Legal last name").fill(lastName);
  await page.getByLabel("Date of birth").fill("1990-06-02");
  await page.getByLabel("Sex").selectOption("female");
  await page.getByRole("button", { name: "Register patient" }).click();
  await expect(page).toHaveURL(/\/patients\/[0-9a-f-]{36}$/);
  const patientUrl = page.url();
  await page.goto(`${patientUrl}/intake`);
  await page.getByLabel("Complaint").fill("R deep buttock pain on hills");
  await page.getByRole("button", { name: "Open episode" }).click();
  await expect(page.getByRole("heading", { name: "R deep buttock pain on hills" })).toBeVisible();
  await page.goto(`${patientUrl}/visits`);
  await page.getByLabel("Visit type").selectOption({ label: "Treatment" });
  await page.getByRole("button", { name: "Start visit" }).click();
  await expect(page).toHaveURL(/\/visits\/[0-9a-f-]{36}$/);
}

test.describe("chiropractor", () => {
  test.use({ storageState: stateFile("admin") });

  test("applies the piriformis protocol, changes one parameter and removes a line", async ({ page }) => {
    test.setTimeout(120_000);
    await startTreatmentVisit(page, `Pirri${Date.now()}`);
    const section = page.getByRole("region", { name: "Treatment given" });
    await section.getByLabel("Protocol").selectOption({ label: "P1 — Piriformis syndrome / deep gluteal pain (runner)" });
    await section.getByLabel("Affected side").selectOption("R");
    await section.getByRole("button", { name: "Apply protocol" }).click();
    await expect(section.getByText("Protocol applied: 7 lines added.")).toBeVisible();
    const lines = section.getByRole("listitem");
    await expect(lines).toHaveCount(7);
    // the thrust needs the episode's HVLA consent before the note can be signed
    await expect(section.getByText(/Consent needed before signing/)).toBeVisible();

    const kneading = section.getByRole("listitem", { name: /Kneading/ });
    await kneading.getByText("Edit Kneading (petrissage)").click();
    await kneading.getByLabel("Pressure").selectOption("FIRM");
    await kneading.getByRole("button", { name: "Save line" }).click();
    await expect(kneading.getByText(/Pressure: Firm/i)).toBeVisible();

    await section.getByRole("listitem", { name: /Self-care/ }).getByRole("button", { name: "Remove Self-care / HEP instruction" }).click();
    await expect(lines).toHaveCount(6);
    await expectAccessible(page);
  });
});

test.describe("massage therapist", () => {
  test.use({ storageState: stateFile("lmt") });

  test("is refused a manipulation, with the reason", async ({ page }) => {
    test.setTimeout(90_000);
    await startTreatmentVisit(page, `Lmt${Date.now()}`);
    const section = page.getByRole("region", { name: "Treatment given" });
    await section.getByText("Add a treatment line").click();
    await section.getByLabel("Treatment component").selectOption("MANIPULATION");
    await section.locator('input[type="checkbox"][value="L4"]').check();
    await section.getByLabel("Side", { exact: true }).selectOption("CENTRAL");
    await section.getByRole("button", { name: "Add line" }).click();
    await expect(section.getByText(/outside the scope of a Massage therapist/).first()).toBeVisible();
    await expect(section.getByRole("listitem")).toHaveCount(0);
    await expectAccessible(page);
  });
});
