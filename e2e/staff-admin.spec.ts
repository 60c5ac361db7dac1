import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { stateFile } from "./support/accounts";

test.use({ storageState: stateFile("admin") });

test.describe("staff administration", () => {
  test("the dashboard passes axe", async ({ page }) => {
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page);
  });

  test("an admin adds a PT assistant, who accepts the invitation and signs in", async ({ page, browser }) => {
    const email = `pta-${Date.now()}@kinetic.test`;
    await page.goto("/admin/staff/new");
    await page.getByLabel("Full name").fill("Riley Brooks");
    await page.getByLabel("Email").fill(email);
    await page.getByRole("checkbox", { name: /Clinician/ }).check();
    await page.getByLabel("Discipline").selectOption("PTA");
    await page.getByRole("button", { name: "Create account and send invitation" }).click();
    // the rule is shown next to the field that needs it, and nothing typed is lost
    await expect(page.getByText("A PT assistant needs a supervising physical therapist")).toBeVisible();
    await expect(page.getByLabel("Full name")).toHaveValue("Riley Brooks");
    await page.getByLabel("Supervising physical therapist").selectOption({ label: "Sam Rivera" });
    await page.getByRole("button", { name: "Create account and send invitation" }).click();
    await expect(page.getByText("Account created")).toBeVisible();
    const link = (await page.locator("code").first().textContent())!;
    expect(link).toMatch(/\/invite\/[\w-]+$/);

    await page.goto("/admin/outbox");
    await expect(page.getByRole("cell", { name: email })).toBeVisible();

    const fresh = await browser.newContext({ storageState: undefined });
    const invitee = await fresh.newPage();
    await invitee.goto(new URL(link).pathname);
    await invitee.getByLabel("New password").fill("password1234");
    await invitee.getByLabel("Repeat the password").fill("password1234");
    await invitee.getByRole("button", { name: "Create my password" }).click();
    await expect(invitee.getByText(/too common/)).toBeVisible();
    await invitee.getByLabel("New password").fill("maple-river-lantern-77");
    await invitee.getByLabel("Repeat the password").fill("maple-river-lantern-77");
    await invitee.getByRole("button", { name: "Create my password" }).click();
    await expect(invitee.getByText("Your password is set")).toBeVisible();
    await invitee.getByLabel("Email").fill(email);
    await invitee.getByLabel("Password").fill("maple-river-lantern-77");
    await invitee.getByRole("button", { name: "Sign in" }).click();
    await expect(invitee.getByRole("heading", { level: 1 })).toHaveText("Welcome, Riley Brooks");
    // the link is single-use
    await invitee.goto(new URL(link).pathname);
    await expect(invitee.getByText("invalid, has expired or was already used")).toBeVisible();
    await fresh.close();
  });

  test("markup typed into a name is shown as text, never run", async ({ page }) => {
    const email = `xss-${Date.now()}@kinetic.test`;
    let dialogs = 0;
    page.on("dialog", (d) => { dialogs++; void d.dismiss(); });
    await page.goto("/admin/staff/new");
    await page.getByLabel("Full name").fill(`<img src=x onerror=alert(1)><script>alert(2)</script>`);
    await page.getByLabel("Email").fill(email);
    await page.getByRole("checkbox", { name: /Front desk/ }).check();
    await page.getByRole("button", { name: "Create account and send invitation" }).click();
    await expect(page.getByText("Account created")).toBeVisible();
    await page.goto("/admin/staff");
    await expect(page.getByRole("link", { name: "<img src=x onerror=alert(1)><script>alert(2)</script>" })).toBeVisible();
    expect(dialogs).toBe(0);
  });

  test("an expired session during a submit keeps the typed text and lets the person continue", async ({ page, context }) => {
    const email = `late-${Date.now()}@kinetic.test`;
    await page.goto("/admin/staff/new");
    await page.getByLabel("Full name").fill("Morgan Late");
    await page.getByLabel("Email").fill(email);
    await page.getByRole("checkbox", { name: /Front desk/ }).check();
    await context.clearCookies(); // the session is gone, as after the idle timeout
    await page.getByRole("button", { name: "Create account and send invitation" }).click();
    const dialog = page.getByRole("dialog", { name: "Your session has ended" });
    await expect(dialog).toBeVisible();
    await expect(page.getByLabel("Full name")).toHaveValue("Morgan Late");
    await dialog.getByLabel("Email").fill("owner@kinetic.test");
    await dialog.getByLabel("Password").fill("KineticDemo-2026!");
    await dialog.getByRole("button", { name: "Sign in and continue" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByLabel("Full name")).toHaveValue("Morgan Late");
    await page.getByRole("button", { name: "Create account and send invitation" }).click();
    await expect(page.getByText("Account created")).toBeVisible();
  });

  test("the audit log records the change and filters by action", async ({ page }) => {
    await page.goto("/admin/audit?action=staff.create");
    await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "staff.create" }).first()).toBeVisible();
    await expect(page.getByRole("cell", { name: "auth.sign_in" })).toHaveCount(0);
    await expectAccessible(page);
  });
});
