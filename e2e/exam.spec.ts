import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { stateFile } from "./support/accounts";

test.use({ storageState: stateFile("admin") });

async function startVisit(page: Page, patientUrl: string, type: string, when?: string) {
  await page.goto(`${patientUrl}/visits`);
  await page.getByLabel("Visit type").selectOption({ label: type });
  if (when) await page.getByLabel("Date and time").fill(when);
  await page.getByRole("button", { name: "Start visit" }).click();
  await expect(page).toHaveURL(/\/visits\/[0-9a-f-]{36}$/);
}

test("initial exam of a runner with right SI hypomobility, then a re-exam copied forward with three changes", async ({ page }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  await page.goto("/patients/new");
  await page.getByLabel("Legal first name").fill("Rory");
  await page.getByLabel("Legal last name").fill(`Strider${stamp}`);
  await page.getByLabel("Date of birth").fill("1990-08-08");
  await page.getByLabel("Sex").selectOption("male");
  await page.getByRole("button", { name: "Register patient" }).click();
  await expect(page).toHaveURL(/\/patients\/[0-9a-f-]{36}$/);
  const patientUrl = page.url();
  await page.goto(`${patientUrl}/intake`);
  await page.getByLabel("Complaint").fill("R SI / buttock pain when running");
  await page.getByRole("button", { name: "Open episode" }).click();
  await expect(page.getByRole("heading", { name: "R SI / buttock pain when running" })).toBeVisible();

  // initial exam, documented as two weeks ago
  const twoWeeksAgo = new Date(Date.now() - 14 * 86_400_000).toISOString().slice(0, 10);
  await startVisit(page, patientUrl, "Initial exam", `${twoWeeksAgo}T09:00`);
  await page.getByRole("link", { name: "Record the exam" }).click();
  await page.getByLabel("Gillet (stork / one-leg-stand) test, Right").selectOption("HYPOMOBILE");
  await page.getByLabel("Iliac crest height, high side").selectOption("R");
  await page.getByLabel("Iliac crest height, difference in mm").fill("6");
  const trueLength = page.getByRole("group", { name: "True (anatomical) leg length" });
  await trueLength.getByLabel("Left: reading 1 (mm)").fill("882");
  await trueLength.getByLabel("Left: reading 2 (mm)").fill("884");
  await trueLength.getByLabel("Right: reading 1 (mm)").fill("875");
  await trueLength.getByLabel("Right: reading 2 (mm)").fill("877");
  await page.getByLabel("FAIR test (piriformis), Right", { exact: true }).selectOption("POS");
  await page.getByRole("checkbox", { name: /Familiar pain.*FAIR/ }).check();
  await page.getByLabel("Lumbar flexion, Result").fill("150");
  await page.getByRole("button", { name: "Save exam" }).first().click();
  await expect(page.getByText(/Must be from 0 to 110/)).toBeVisible();
  await page.getByLabel("Lumbar flexion, Result").fill("");
  await page.getByRole("button", { name: "Save exam" }).first().click();
  await expect(page.getByText(/Exam saved: 6 findings/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Back to the visit" }).click();
  const table = page.getByRole("table", { name: "Examination findings" });
  await expect(table.getByRole("row", { name: /True leg length difference Right 7 mm/ })).toBeVisible();
  await expect(table.getByRole("row", { name: /FAIR test \(piriformis\) Right Positive/ })).toBeVisible();

  // re-exam: copy forward, change three values
  await startVisit(page, patientUrl, "Re-exam");
  await page.getByRole("link", { name: "Record the exam" }).click();
  await page.getByRole("button", { name: "Copy from last exam" }).click();
  await page.getByLabel("Gillet (stork / one-leg-stand) test, Right").selectOption("NORMAL");
  await page.getByLabel("Iliac crest height, difference in mm").fill("3");
  await page.getByLabel("FAIR test (piriformis), Right", { exact: true }).selectOption("NEG");
  await page.getByRole("button", { name: "Save exam" }).first().click();
  await expect(page.getByText(/Exam saved/)).toBeVisible();
  await page.getByRole("link", { name: "Back to the visit" }).click();
  await expect(page.getByText(/: 3 changed\./)).toBeVisible();
  const changed = page.getByRole("table", { name: "Examination findings" }).getByRole("row").filter({ hasText: "Changed" });
  await expect(changed).toHaveCount(3);
  await expect(page.getByRole("img", { name: /Iliac crest height \(right\)/ })).toBeVisible();
  await expectAccessible(page);
});
