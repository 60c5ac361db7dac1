import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { stateFile } from "./support/accounts";

test.use({ storageState: stateFile("admin") });

test("a chiropractor writes a daily note, cannot sign it incomplete, signs it, then adds an addendum instead of editing", async ({ page }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  await page.goto("/patients/new");
  await page.getByLabel("Legal first name").fill("Nina");
  await page.getByLabel("Legal last name").fill(`Pace${stamp}`);
  await page.getByLabel("Date of birth").fill("1987-02-14");
  await page.getByLabel("Sex").selectOption("female");
  await page.getByRole("button", { name: "Register patient" }).click();
  await expect(page).toHaveURL(/\/patients\/[0-9a-f-]{36}$/);
  const patientUrl = page.url();
  await page.goto(`${patientUrl}/intake`);
  await page.getByLabel("Complaint").fill("R piriformis pain after long runs");
  await page.getByRole("button", { name: "Open episode" }).click();
  await expect(page.getByRole("heading", { name: "R piriformis pain after long runs" })).toBeVisible();
  await page.goto(`${patientUrl}/visits`);
  await page.getByLabel("Visit type").selectOption({ label: "Treatment" });
  await page.getByRole("button", { name: "Start visit" }).click();
  await expect(page).toHaveURL(/\/visits\/[0-9a-f-]{36}$/);

  // the treatment given (a daily note must record it)
  const treatment = page.getByRole("region", { name: "Treatment given" });
  await treatment.getByText("Add a treatment line").click();
  await treatment.getByLabel("Treatment component").selectOption("KNEADING");
  await treatment.getByLabel("Region").selectOption("BUTTOCK_UPPER");
  await treatment.getByLabel("Pressure").selectOption("MODERATE");
  await treatment.getByLabel("Side", { exact: true }).selectOption("R");
  await treatment.getByRole("button", { name: "Add line" }).click();
  await expect(treatment.getByRole("listitem", { name: /Kneading/ })).toBeVisible();

  // diagnoses from the searchable list
  await page.getByLabel("Find a diagnosis (code or words)").fill("piriformis");
  await page.getByRole("list", { name: "Matching diagnoses" }).getByRole("button", { name: /^Add/ }).first().click();
  await page.getByRole("button", { name: "Save diagnoses" }).click();
  await expect(page.getByText(/Diagnoses saved|Saved\./)).toBeVisible();

  await page.getByRole("button", { name: "Start the note" }).click();
  await expect(page.getByRole("group", { name: "S — Subjective" })).toBeVisible();
  await page.getByLabel("Patient's report").fill("Ran 8 km without buttock pain; stiff next morning.");
  await page.getByRole("button", { name: "Sign note" }).click();
  await expect(page.getByText("Record pain now (NPRS 0–10)")).toBeVisible();
  await expect(page.getByLabel("Patient's report")).toHaveValue("Ran 8 km without buttock pain; stiff next morning.");

  await page.getByLabel("Pain now (0–10)").selectOption("2");
  await page.getByLabel("Since last visit").selectOption("BETTER");
  await page.getByLabel("Home exercises done").selectOption("FULL");
  await page.getByLabel("Objective notes").fill("R piriformis less tender (2/3); FAIR negative.");
  await page.getByLabel("Assessment and progress").fill("Right piriformis syndrome, improving.");
  await page.getByLabel("Plan and next visit").fill("Continue stretching; review in one week.");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Sign note" }).click();
  await expect(page.getByText(/Electronically signed by Dr\. Maya Okafor, DC on/)).toBeVisible();
  // signed: nothing left to edit
  await expect(page.getByLabel("Assessment and progress")).toHaveCount(0);

  await page.getByText("Add an addendum, correction or late entry").click();
  const addendum = page.locator("details").filter({ hasText: "Add an addendum" });
  await addendum.getByLabel("Reason").fill("Omitted at the time");
  await addendum.getByLabel(/^Text/).fill("Patient also reported calf tightness on the right.");
  await page.getByRole("button", { name: "Sign and add" }).click();
  await expect(page.getByText("ADDENDUM — Omitted at the time")).toBeVisible();
  await expect(page.getByText("Right piriformis syndrome, improving.")).toBeVisible();

  await page.goto(`${patientUrl}/visits`);
  await expect(page.getByRole("cell", { name: "signed, addended" })).toBeVisible();
});
