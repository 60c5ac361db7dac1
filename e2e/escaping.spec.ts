import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { stateFile } from "./support/accounts";

/** Stored text is shown as text: markup typed into a name never becomes markup on a page. */
test("a patient named with a script tag and an onerror image shows the characters, and nothing runs", async ({ browser }) => {
  const stamp = Date.now();
  const first = "<script>window.__kcXss=1</script>";
  const last = `Esc<img src=x onerror="window.__kcXss=2">${stamp}`;
  const page = await (await browser.newContext({ storageState: stateFile("frontDesk") })).newPage();
  const dialogs: string[] = [];
  page.on("dialog", (d) => { dialogs.push(d.message()); void d.dismiss(); });

  await page.goto("/patients/new");
  await page.getByLabel("Legal first name").fill(first);
  await page.getByLabel("Legal last name").fill(last);
  await page.getByLabel("Date of birth").fill("1979-07-07");
  await page.getByLabel("Sex").selectOption("female");
  await page.getByRole("button", { name: "Register patient" }).click();
  await expect(page).toHaveURL(/\/patients\/[0-9a-f-]{36}$/);

  // the chart header and the patient list both show the name as typed
  await expect(page.getByText(last, { exact: false }).first()).toBeVisible();
  await expect(page.getByText(first, { exact: false }).first()).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __kcXss?: number }).__kcXss)).toBeUndefined();
  await expectAccessible(page);

  // the search results echo the query too: markup there stays text as well
  await page.goto(`/patients?q=${encodeURIComponent(`Esc<img src=x onerror="window.__kcXss=3">${stamp}`)}`);
  await expect(page.getByRole("table", { name: "Search results" })).toContainText(`${stamp}`);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __kcXss?: number }).__kcXss)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
