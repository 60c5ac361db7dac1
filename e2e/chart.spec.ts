import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { OTHER_PATIENT, stateFile } from "./support/accounts";

test.describe("the chart", () => {
  test("a clinician records history; the header warns about anticoagulants and adhesive allergy", async ({ browser }) => {
    const page = await (await browser.newContext({ storageState: stateFile("lmt") })).newPage();
    await page.goto(`/patients/${OTHER_PATIENT.id}/history`);
    await page.getByRole("button", { name: "Add a medication" }).click();
    await page.getByLabel("Medication 1", { exact: true }).fill("Warfarin");
    await page.getByLabel("Class of medication 1").selectOption("ANTICOAGULANT");
    await page.getByRole("button", { name: "Add an allergy" }).click();
    await page.getByLabel("Allergy 1", { exact: true }).fill("Kinesiology tape");
    await page.getByLabel("Kind of allergy 1").selectOption("ADHESIVE");
    await page.getByRole("checkbox", { name: "Pregnant" }).check();
    await page.getByRole("button", { name: "Save history" }).click();
    await expect(page.getByText("How many weeks pregnant?")).toBeVisible();
    await page.getByRole("checkbox", { name: "Pregnant" }).uncheck();
    await page.getByRole("button", { name: "Save history" }).click();
    await expect(page.getByText("History saved.")).toBeVisible();
    const alerts = page.getByRole("list", { name: "Alerts" });
    await expect(alerts).toContainText("Bleeding risk");
    await expect(alerts).toContainText("Adhesive allergy");
    await expect(page.getByText("Allergies: Kinesiology tape")).toBeVisible();
    await expectAccessible(page);
  });

  test("the front desk merges a duplicate; the duplicate's URL leads to the surviving record", async ({ browser }) => {
    const stamp = Date.now();
    const page = await (await browser.newContext({ storageState: stateFile("frontDesk") })).newPage();
    const register = async (first: string, confirm: boolean) => {
      await page.goto("/patients/new");
      await page.getByLabel("Legal first name").fill(first);
      await page.getByLabel("Legal last name").fill(`Twin${stamp}`);
      await page.getByLabel("Date of birth").fill("1980-03-03");
      await page.getByLabel("Sex").selectOption("male");
      await page.getByRole("button", { name: "Register patient" }).click();
      if (confirm) {
        await page.getByRole("checkbox", { name: /register anyway/ }).check();
        await page.getByRole("button", { name: "Register patient" }).click();
      }
      await expect(page).toHaveURL(/\/patients\/[0-9a-f-]{36}$/);
      const mrn = (await page.getByText(/^KC-\d{6}/).textContent())!.slice(0, 9);
      return { url: page.url(), mrn };
    };
    const a = await register("Tom", false);
    const b = await register("Thomas", false);
    await page.goto(`${a.url}/demographics`);
    await page.getByLabel("Record number of the duplicate").fill(b.mrn);
    await page.getByRole("region", { name: "Merge a duplicate into this record" }).getByLabel("Reason").fill("Same person registered twice");
    await page.getByRole("button", { name: "Merge into this record" }).click();
    await expect(page.getByText("Records merged.")).toBeVisible();
    await page.goto(b.url);
    await expect(page).toHaveURL(a.url);
    await page.goto(`/patients?q=Twin${stamp}`);
    await expect(page.getByRole("link", { name: /Twin/ })).toHaveCount(1);
    await expectAccessible(page);
  });
});
