import { devices, expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { OTHER_PATIENT, PATIENT, stateFile } from "./support/accounts";

const TREAT = "Consent to examination and treatment";
const PRIVACY = "Acknowledgement of the notice of privacy practices";

/** The chart header's notice ("Missing: …"), which every chart page shows. */
const missingNotice = (page: Page) => page.locator("header p").filter({ hasText: /^Missing:/ });

test.describe("consents", () => {
  test("a new patient is missing both; the front desk records the consent to treat at the desk", async ({ browser }) => {
    const stamp = Date.now();
    const desk = await (await browser.newContext({ storageState: stateFile("frontDesk") })).newPage();
    await desk.goto("/patients/new");
    await desk.getByLabel("Legal first name").fill("Noor");
    await desk.getByLabel("Legal last name").fill(`Haddad${stamp}`);
    await desk.getByLabel("Date of birth").fill("1988-11-02");
    await desk.getByLabel("Sex").selectOption("female");
    await desk.getByRole("button", { name: "Register patient" }).click();
    await expect(desk).toHaveURL(/\/patients\/[0-9a-f-]{36}$/);
    await expect(missingNotice(desk)).toContainText(`Missing: ${TREAT}, ${PRIVACY}.`);

    await missingNotice(desk).getByRole("link", { name: "Record a signature" }).click();
    await expect(desk).toHaveURL(/\/consents$/);
    const treat = desk.getByRole("region", { name: TREAT, exact: true });
    await expect(treat.getByText("Not signed.")).toBeVisible();
    await expect(treat.getByRole("region", { name: `Full text: ${TREAT}, version 1` })).toContainText("withdraw this consent at any time");
    await expectAccessible(desk);

    // the agreement must be ticked explicitly
    await treat.getByLabel("Typed name of the person signing").fill(`Noor Haddad${stamp}`);
    await expect(treat.getByLabel("Date")).not.toHaveValue("");
    await expect(treat.getByRole("radio", { name: "The patient" })).toBeChecked();
    await treat.getByRole("button", { name: "Record signature" }).click();
    await expect(treat.getByText("Tick the box to confirm you have read and agree")).toBeVisible();

    await treat.getByLabel("I have read and agree to the text above").check();
    await treat.getByRole("button", { name: "Record signature" }).click();
    await expect(desk.getByText(`Signature recorded: ${TREAT}.`)).toBeVisible();
    await expect(treat).toContainText(`Signed by Noor Haddad${stamp} on`);
    await expect(treat).toContainText("at the front desk, recorded by Chris Patel");
    await expect(missingNotice(desk)).toHaveText(`Missing: ${PRIVACY}. Record a signature`);
    await expectAccessible(desk);
  });

  test("a patient signs the privacy notice on a phone; never for someone else", async ({ browser }) => {
    const phone = await browser.newContext({ ...devices["Pixel 7"], storageState: stateFile("otherPatient") });
    const me = await phone.newPage();
    await me.goto("/portal");
    const toSign = me.getByRole("region", { name: "Please read and sign" });
    await expect(toSign.getByRole("link", { name: TREAT })).toBeVisible();
    await toSign.getByRole("link", { name: PRIVACY }).click();
    await expect(me.getByRole("heading", { level: 1 })).toHaveText(PRIVACY);
    const consentUrl = new URL(me.url());
    await expect(me.getByRole("region", { name: `Full text: ${PRIVACY}, version 1` })).toContainText("every access to my record is logged");
    await expect(me.getByLabel("Your full name")).toHaveValue(`${OTHER_PATIENT.preferred} ${OTHER_PATIENT.last}`);
    await expectAccessible(me);

    await me.getByLabel("I have read and agree to the text above").check();
    await me.getByRole("button", { name: "Sign and send" }).click();
    await expect(me).toHaveURL(/\/portal\?consent=signed$/);
    await expect(me.getByText("Thank you: your signature has been saved.")).toBeVisible();
    await expect(toSign.getByRole("link", { name: PRIVACY })).toHaveCount(0);
    await expect(toSign.getByRole("link", { name: TREAT })).toBeVisible();

    // the same text for a patient this account is not linked to: nothing there
    const res = await me.goto(`${consentUrl.pathname}?patient=${PATIENT.id}`);
    expect(res?.status()).toBe(404);
    await expect(me.getByText(PATIENT.first)).toHaveCount(0);

    // the clinic sees what was signed, where, and by whom
    const desk = await (await browser.newContext({ storageState: stateFile("frontDesk") })).newPage();
    await desk.goto(`/patients/${OTHER_PATIENT.id}/consents`);
    await expect(desk.getByRole("region", { name: PRIVACY, exact: true })).toContainText(`Signed by ${OTHER_PATIENT.preferred} ${OTHER_PATIENT.last} on`);
    await expect(desk.getByRole("region", { name: PRIVACY, exact: true })).toContainText("in the portal");
    await expect(missingNotice(desk)).toHaveText(`Missing: ${TREAT}. Record a signature`);
  });
});
