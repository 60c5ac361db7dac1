import { devices, expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { stateFile } from "./support/accounts";

const PRIYA = "00000000-0000-4000-8000-000000000103";

async function answerAllSafetyQuestionsNo(page: Page) {
  const questions = page.locator("#red-flag-screen fieldset").filter({ has: page.getByRole("radio", { name: "Not sure" }) });
  const n = await questions.count();
  expect(n).toBeGreaterThan(15);
  for (let i = 0; i < n; i++) await questions.nth(i).getByRole("radio", { name: "No", exact: true }).check();
}

test.describe("intake filled in by the patient before the visit", () => {
  test("front desk registers and invites; the patient fills it on a phone, leaves, comes back, submits; a clinician accepts it", async ({ browser }) => {
    test.setTimeout(120_000); // three people and a full questionnaire: the longest journey in the suite
    const stamp = Date.now();
    const email = `lea-${stamp}@kinetic.test`;
    const desk = await (await browser.newContext({ storageState: stateFile("frontDesk") })).newPage();

    // register, with the duplicate check on the way
    await desk.goto("/patients/new");
    await desk.getByLabel("Legal first name").fill("Léa");
    await desk.getByLabel("Legal last name").fill(`Fontaine${stamp}`);
    await desk.getByLabel("Date of birth").fill("1994-05-06");
    await desk.getByLabel("Sex").selectOption("female");
    await desk.getByLabel("Email", { exact: true }).fill(email);
    await desk.getByRole("button", { name: "Register patient" }).click();
    await expect(desk).toHaveURL(/\/patients\/[0-9a-f-]{36}$/);
    const patientUrl = desk.url();
    await desk.goto("/patients/new");
    await desk.getByLabel("Legal first name").fill("Lea");
    await desk.getByLabel("Legal last name").fill(`FONTAINE${stamp}`);
    await desk.getByLabel("Date of birth").fill("1994-05-06");
    await desk.getByLabel("Sex").selectOption("female");
    await desk.getByRole("button", { name: "Register patient" }).click();
    await expect(desk.getByText("This may be a patient who is already registered")).toBeVisible();

    // found by search as you type, accents ignored
    await desk.goto("/patients");
    await desk.getByLabel("Find a patient").fill(`lea fontaine${stamp}`);
    await expect(desk.getByRole("link", { name: `Fontaine${stamp}, Léa` })).toBeVisible();

    // invite to the portal, then send the intake questionnaire
    await desk.goto(patientUrl);
    await desk.getByRole("button", { name: "Send invitation" }).click();
    const invite = (await desk.locator("code").first().textContent())!;
    await desk.reload();
    await desk.getByRole("button", { name: "Send intake questionnaire" }).click();
    await expect(desk.getByText("The intake link is in the outbox.")).toBeVisible();

    // the patient, on a phone
    const phone = await browser.newContext({ ...devices["Pixel 7"] });
    const me = await phone.newPage();
    await me.goto(new URL(invite).pathname);
    await me.getByLabel("New password").fill("lantern-otter-granite-3");
    await me.getByLabel("Repeat the password").fill("lantern-otter-granite-3");
    await me.getByRole("button", { name: "Create my password" }).click();
    await me.getByLabel("Email").fill(email);
    await me.getByLabel("Password").fill("lantern-otter-granite-3");
    await me.getByRole("button", { name: "Sign in" }).click();
    await me.getByRole("link", { name: "Start the questions" }).click();
    await expect(me.getByRole("heading", { name: "Before your visit", exact: true })).toBeVisible();
    await expect(me).toHaveURL(/\/portal\/intake\//);
    const intakeUrl = me.url();

    await me.getByLabel("In your own words, what is the problem?").fill("Deep right buttock pain after 8 km");
    await me.getByLabel("When did it start?").fill("2026-09-01");
    // the pain map, by keyboard only
    const buttock = me.getByRole("checkbox", { name: /Deep in the middle of the buttock \(right side\)/ });
    await buttock.focus();
    await me.keyboard.press("Space");
    await expect(buttock).toHaveAttribute("aria-checked", "true");
    await expect(me.getByText("Saved at")).toBeVisible();

    // close the tab midway: nothing is lost
    await me.close();
    const again = await phone.newPage();
    await again.goto(intakeUrl);
    await expect(again.getByLabel("In your own words, what is the problem?")).toHaveValue("Deep right buttock pain after 8 km");
    await expect(again.getByRole("checkbox", { name: /Deep in the middle of the buttock \(right side\)/ })).toHaveAttribute("aria-checked", "true");

    // submitting with gaps names them
    await again.getByRole("button", { name: "Send to the clinic" }).click();
    await expect(again.getByText("Say how it started")).toBeVisible();

    await again.getByRole("radio", { name: "It came on gradually" }).check();
    await again.getByRole("radio", { name: "Into the buttock" }).check();
    await again.getByRole("group", { name: /Your pain right now/ }).getByText("3", { exact: true }).click();
    await again.getByRole("group", { name: /least pain/ }).getByText("1", { exact: true }).click();
    await again.getByRole("group", { name: /worst pain/ }).getByText("6", { exact: true }).click();
    await again.getByRole("radio", { name: "Most of the time" }).check();
    await again.getByRole("radio", { name: "It doesn't wake me" }).check();
    await again.getByRole("checkbox", { name: "Road running" }).check();
    await answerAllSafetyQuestionsNo(again);
    await expectAccessible(again);
    await again.getByRole("button", { name: "Send to the clinic" }).click();
    await expect(again.getByText("your answers have been sent to the clinic")).toBeVisible();

    // the front desk sees that it arrived, not what it says
    await desk.goto(patientUrl);
    await expect(desk.getByText("intake received, awaiting review")).toBeVisible();
    await expect(desk.getByText("Deep right buttock pain")).toHaveCount(0);

    // a clinician reviews and accepts
    const pt = await (await browser.newContext({ storageState: stateFile("pt") })).newPage();
    await pt.goto(`${patientUrl}/intake`);
    await pt.getByRole("link", { name: "Review the intake" }).click();
    await expect(pt.getByLabel("Chief complaint (patient's words)")).toHaveValue("Deep right buttock pain after 8 km");
    await pt.getByLabel("Notes (not visible to the patient)").fill("Piriformis pattern; check FAIR");
    await pt.getByRole("button", { name: "Accept into the chart" }).click();
    await expect(pt.getByText(/Accepted into the chart by Sam Rivera/)).toBeVisible();
    await expect(pt.getByText(/Sam Rivera: .*staffNotes/)).toBeVisible();
    await expect(pt.getByText(/Pain: Right deep mid-buttock/)).toBeVisible();
  });
});

test.describe("red flags", () => {
  test("saddle numbness raises an emergency banner that stays until a clinician acknowledges it; the front desk never sees it", async ({ browser }) => {
    const dr = await (await browser.newContext({ storageState: stateFile("admin") })).newPage();
    await dr.goto(`/patients/${PRIYA}/intake`);
    await dr.getByLabel("Complaint").fill("Central low back pain, morning stiffness");
    await dr.getByRole("button", { name: "Open episode" }).click();
    // the demo patient may have other open episodes (the demo plan of care has one): use this one
    await dr.getByRole("article").filter({ hasText: "Central low back pain, morning stiffness" }).getByRole("button", { name: "Start intake here" }).click();
    await dr.getByRole("article").filter({ hasText: "Central low back pain, morning stiffness" }).getByRole("link", { name: "Open the intake" }).click();
    const saddle = dr.locator("#red-flag-screen fieldset").filter({ hasText: "bike saddle" }).first();
    await saddle.getByRole("radio", { name: "Yes", exact: true }).check();
    await dr.getByRole("button", { name: "Save changes" }).click();
    await expect(dr.getByRole("alert").filter({ hasText: "Red flag: action needed before treatment" })).toBeVisible();

    // still there on every chart page until acknowledged
    await dr.goto(`/patients/${PRIYA}`);
    await expect(dr.getByText("Red flag: action needed before treatment")).toBeVisible();

    // the front desk: no banner, no answers, no intake tab
    const desk = await (await browser.newContext({ storageState: stateFile("frontDesk") })).newPage();
    await desk.goto(`/patients/${PRIYA}`);
    await expect(desk.getByText("Red flag")).toHaveCount(0);
    await expect(desk.getByRole("link", { name: "Intake" })).toHaveCount(0);
    expect((await desk.goto(`/patients/${PRIYA}/intake`))?.status()).toBe(403);

    await dr.goto(`/patients/${PRIYA}/intake`);
    await dr.getByLabel("What was done").fill("Advised emergency department now; partner driving her; called ED triage 10:05");
    await dr.getByRole("button", { name: "Record acknowledgement" }).click();
    await expect(dr.getByText(/Acknowledged by Dr. Maya Okafor/)).toBeVisible();
    await dr.goto(`/patients/${PRIYA}`);
    await expect(dr.getByText("Red flag: action needed before treatment")).toHaveCount(0);
  });
});
