import postgres from "postgres";
import { expect, test, type Page } from "@playwright/test";
import { hashPassword } from "../lib/auth/password";
import { qrPath } from "../lib/auth/qr";
import { totp } from "../lib/auth/totp";
import { PASSWORD } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { databaseUrls, PG_PORT, PORT, startInstance, type Instance } from "./support/instances";
import { privateClinic } from "./support/private-clinic";
import { DEMO_STAFF } from "../db/seed/demo-people";

/**
 * Staff two-factor sign-in in a browser, on a clinic of its own (turning on "require two-factor for
 * all staff" must not touch the shared e2e server). Codes are computed here from the secret the
 * page shows, as an authenticator app would.
 */
let app: Instance;
let clinic: Awaited<ReturnType<typeof privateClinic>>;
let sql: ReturnType<typeof postgres>;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  clinic = await privateClinic("2fa", PG_PORT + 11);
  sql = postgres(databaseUrls(clinic.dataDir, clinic.pgPort).owner, { max: 1, onnotice: () => {} });
  app = await startInstance({ port: PORT + 130, dataDir: clinic.dataDir, pgPort: clinic.pgPort, authSecret: clinic.authSecret });
});

test.afterAll(async () => {
  await app?.kill();
  await sql?.end();
  await clinic?.stopDatabase();
});

async function newStaff(label: string): Promise<string> {
  const email = `${label}-${Date.now()}@kinetic.test`;
  await sql`insert into users (kind, email, display_name, password_hash) values ('staff', ${email}, ${`Casey ${label}`}, ${await hashPassword(PASSWORD)})`;
  await sql`insert into user_roles (user_id, role) select id, 'front_desk' from users where email = ${email}`;
  return email;
}

async function passwordStep(page: Page, email: string) {
  await page.goto(`${app.baseURL}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

const secretOn = async (page: Page) => (await page.getByTestId("totp-secret").innerText()).replace(/\s/g, "");
/** The app accepts each time step once: after enrolment the next step's code is the one to type. */
const nextCode = (secret: string) => totp(secret, new Date(Date.now() + 30_000));

test("enrol from the account page, then sign in with an app code and with a recovery code", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const email = await newStaff("enrol");
  await passwordStep(page, email);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.getByRole("link", { name: "Sign-in security" }).click();
  await expect(page.getByTestId("two-factor-status")).toHaveText(/Two-factor sign-in is off/);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  const secret = await secretOn(page);
  const uri = (await page.getByTestId("totp-uri").getAttribute("href"))!;
  expect(uri).toContain(`otpauth://totp/Kinetic%20Chart%3A${encodeURIComponent(email)}?secret=${secret}`);
  // the QR code on the page is that URI (the encoder's output is checked against a real decoder in tests/unit/qr.test.ts)
  await expect(page.getByRole("img", { name: "QR code to add Kinetic Chart to your authenticator app" })).toBeVisible();
  expect(await page.getByTestId("totp-qr").locator("path").getAttribute("d")).toBe(qrPath(uri).d);
  await page.getByLabel("Code shown in the app").fill("000000" === totp(secret, new Date()) ? "111111" : "000000");
  await page.getByRole("button", { name: "Turn on two-factor" }).click();
  await expect(page.getByText("That code is not right").first()).toBeVisible();
  await page.getByLabel("Code shown in the app").fill(totp(secret, new Date()));
  await page.getByRole("button", { name: "Turn on two-factor" }).click();
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  const codes = (await page.getByTestId("recovery-codes").getByRole("listitem").allInnerTexts()).map((c) => c.trim());
  await expect(page.getByTestId("two-factor-status")).toHaveText(/Two-factor sign-in is on .* Recovery codes left: 10/);
  await expectAccessible(page);

  // a new browser: the password alone leads to the code step, not into the app
  const fresh = await (await browser.newContext()).newPage();
  await passwordStep(fresh, email);
  await expect(fresh.getByRole("heading", { name: "Two-factor sign-in" })).toBeVisible();
  expect((await fresh.context().cookies()).some((c) => c.name.includes("session-token"))).toBe(false);
  await expectAccessible(fresh);
  await fresh.getByLabel("Authentication code").fill("12ab");
  await fresh.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(fresh.getByText(/Enter the 6-digit code/).first()).toBeVisible();
  await fresh.getByLabel("Authentication code").fill(nextCode(secret));
  await fresh.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(fresh).toHaveURL(/\/dashboard$/);
  await fresh.close();

  const withRecovery = await (await browser.newContext()).newPage();
  await passwordStep(withRecovery, email);
  await withRecovery.getByLabel("Authentication code").fill(codes[0]);
  await withRecovery.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(withRecovery).toHaveURL(/\/dashboard$/);
  await withRecovery.close();

  const audit = await sql<{ action: string; outcome: string }[]>`
    select a.action, a.outcome from audit_events a join users u on u.id = a.actor_user_id where u.email = ${email} order by a.at`;
  expect(audit.filter((a) => a.action === "auth.sign_in" && a.outcome === "ok")).toHaveLength(3);
  expect(audit.filter((a) => a.action === "auth.sign_in.password")).toHaveLength(2);
  expect(audit.some((a) => a.action === "two_factor.confirm")).toBe(true);
});

test("an admin requires two-factor for all staff: an unenrolled member sets it up during sign-in", async ({ browser }) => {
  test.setTimeout(90_000);
  const admin = await (await browser.newContext()).newPage();
  await passwordStep(admin, DEMO_STAFF[0].email);
  await expect(admin).toHaveURL(/\/dashboard$/);
  await admin.goto(`${app.baseURL}/admin/settings`);
  await admin.getByLabel("Require two-factor sign-in for all staff").check();
  await admin.getByRole("button", { name: "Save settings" }).click();
  await expect(admin.getByText("Settings saved.")).toBeVisible();
  await admin.close();

  const email = await newStaff("forced");
  const page = await (await browser.newContext()).newPage();
  await passwordStep(page, email);
  await expect(page.getByRole("heading", { name: "Set up two-factor sign-in" })).toBeVisible();
  await expect(page.getByText("Your clinic requires a code from an authenticator app")).toBeVisible();
  await expectAccessible(page);
  const secret = await secretOn(page);
  await page.getByLabel("Code shown in the app").fill(totp(secret, new Date()));
  await page.getByRole("button", { name: "Turn on and sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto(`${app.baseURL}/account/security`);
  await expect(page.getByTestId("two-factor-status")).toHaveText(/on .* Your clinic requires it for all staff/);
  // turning it off is not offered while the clinic requires it
  await expect(page.getByRole("button", { name: "Turn off two-factor" })).toHaveCount(0);
  await page.close();
});
