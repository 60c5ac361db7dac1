import { devices, expect, request, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { PATIENT, stateFile } from "./support/accounts";

/** Mark statement `value` (0–5) in each named ODI section; sections are fieldsets named by their legend. */
async function answerOdi(page: Page, sections: string[], value: number) {
  for (const section of sections) {
    await page.getByRole("group", { name: new RegExp(`^${section}`) }).getByRole("radio").nth(value).check();
  }
}

const FIRST_SEVEN = ["Pain intensity", "Looking after yourself", "Lifting", "Walking", "Sitting", "Standing", "Sleeping"];
const ALL = [...FIRST_SEVEN, "Sex life", "Social life", "Travelling"];

test.describe("outcome measures", () => {
  test("a clinician assigns an ODI, Michèle fills it on her phone, a second ODI in clinic shows the change and the MCID flag", async ({ browser }) => {
    test.setTimeout(120_000);
    const stamp = Date.now();
    const episode = `Outcomes e2e ${stamp}: R SI joint pain when running`;
    const outcomesUrl = `/patients/${PATIENT.id}/outcomes`;
    const pt = await (await browser.newContext({ storageState: stateFile("pt") })).newPage();

    // an episode of this spec's own, opened through the UI
    await pt.goto(`/patients/${PATIENT.id}/intake`);
    await pt.getByLabel("Complaint").fill(episode);
    await pt.getByRole("button", { name: "Open episode" }).click();
    await expect(pt.getByText("Episode opened.")).toBeVisible();

    await pt.goto(outcomesUrl);
    await expect(pt.getByRole("link", { name: "Outcomes" })).toHaveAttribute("aria-current", "page");
    const assign = pt.getByRole("form", { name: "Send a questionnaire to the portal" });
    await assign.getByLabel("Episode").selectOption({ label: episode });
    await assign.getByLabel("Questionnaire").selectOption({ label: "Oswestry Disability Index (ODI)" });
    await assign.getByRole("button", { name: "Send to the patient's portal" }).click();
    const link = (await assign.locator("code").textContent())!;
    expect(link).toMatch(/\/portal\/outcomes\/[0-9a-f-]{36}$/);
    const path = new URL(link).pathname;

    // Michèle, on her phone: the home card lists it; the form names what is missing before sending
    const phone = await browser.newContext({ ...devices["Pixel 7"], storageState: stateFile("patient") });
    const me = await phone.newPage();
    await me.goto("/portal");
    await expect(me.locator(`a[href="${path}"]`)).toHaveText("Oswestry Disability Index");
    await me.goto(path);
    await expect(me.getByRole("heading", { level: 1, name: "Oswestry Disability Index" })).toBeVisible();
    await answerOdi(me, FIRST_SEVEN.slice(0, 6), 3);
    await me.getByRole("button", { name: "Send to the clinic" }).click();
    await expect(me.getByText(/A few more answers are needed: 6 of 10 sections answered; at least 8 needed for a score\. Not answered yet: Sleeping; Sex life/)).toBeVisible();
    await answerOdi(me, ["Sleeping", "Social life", "Travelling"], 3); // 9 of 10: sex life left out
    await expectAccessible(me);
    await me.getByRole("button", { name: "Send to the clinic" }).click();
    await expect(me).toHaveURL(/\/portal\?outcome=sent$/);
    await expect(me.getByText("Thank you: your questionnaire has been sent to your clinician.")).toBeVisible();
    await expect(me.locator(`a[href="${path}"]`)).toHaveCount(0);
    // the patient's own result: the score and band, nothing of the clinician's view
    await me.getByRole("link", { name: "See your questionnaire results" }).click();
    await expect(me.getByRole("listitem").filter({ hasText: "Score: 60 out of 100 · Severe disability" })).toHaveCount(1);
    await expect(me.getByText(/MCID|Sam Rivera/)).toHaveCount(0);

    // the clinician sees the score (27 / 45 = 60 %) and band
    await pt.goto(outcomesUrl);
    const series = pt.getByRole("region", { name: `Episode: ${episode}` }).getByRole("region", { name: "Oswestry Disability Index (ODI)" });
    const results = series.getByRole("region", { name: "Oswestry Disability Index results, oldest first" });
    await expect(results.getByRole("row")).toHaveCount(2);
    await expect(results.getByRole("row").nth(1)).toContainText("60 %");
    await expect(results.getByRole("row").nth(1)).toContainText("Severe disability");
    await expect(results.getByRole("row").nth(1)).toContainText("By the patient, in the portal");

    // a second ODI in clinic with better answers: 10 / 50 = 20 %, a 40-point improvement
    await pt.getByLabel("Measure", { exact: true }).selectOption({ label: "Oswestry Disability Index (ODI)" });
    const record = pt.getByRole("form", { name: "Record Oswestry Disability Index" });
    await record.getByLabel("Episode").selectOption({ label: episode });
    await answerOdi(pt, ALL.slice(0, 7), 1);
    await pt.getByRole("button", { name: "Save ODI" }).click();
    await expect(pt.getByText(/cannot be scored: 7 of 10 sections answered; at least 8 needed/)).toBeVisible();
    await answerOdi(pt, ALL.slice(7), 1);
    await pt.getByRole("button", { name: "Save ODI" }).click();
    await expect(pt.getByText("Oswestry Disability Index recorded: 20 %, Minimal disability.")).toBeVisible();
    await expect(results.getByRole("row")).toHaveCount(3);
    const latest = results.getByRole("row").nth(2);
    await expect(latest).toContainText("20 %");
    await expect(latest).toContainText("−40 points (−66.7 %), better");
    await expect(latest).toContainText("MCID met");
    await expect(series.getByRole("img")).toHaveAttribute("aria-label", /baseline 60 %.*latest 20 %.*Lower scores are better\. Change since baseline −40 points, better: MCID met\./);
    await expectAccessible(pt);
  });

  test("the front desk cannot open the outcomes tab, and sees no link to it", async ({ baseURL }) => {
    const desk = await request.newContext({ baseURL, storageState: stateFile("frontDesk"), maxRedirects: 0 });
    expect((await desk.get(`/patients/${PATIENT.id}/outcomes`)).status()).toBe(403);
    expect(await (await desk.get(`/patients/${PATIENT.id}`)).text()).not.toContain(`/patients/${PATIENT.id}/outcomes`);
  });
});
