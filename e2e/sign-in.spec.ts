import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { ACCOUNTS, ADMIN_NAME, PASSWORD, PATIENT } from "./support/accounts";

test.describe("sign-in", () => {
  const homes = [
    { who: "admin (also a chiropractor)", email: ACCOUNTS.admin, url: /\/dashboard$/, heading: `Welcome, ${ADMIN_NAME}` },
    { who: "physical therapist", email: ACCOUNTS.pt, url: /\/dashboard$/, heading: /Welcome, Sam Rivera/ },
    { who: "front desk", email: ACCOUNTS.frontDesk, url: /\/dashboard$/, heading: /Welcome, Chris Patel/ },
    { who: "patient", email: ACCOUNTS.patient, url: /\/portal$/, heading: `Hello, ${PATIENT.first}` },
  ];
  for (const h of homes) {
    test(`the ${h.who} lands on their home`, async ({ page }) => {
      await page.goto("/sign-in");
      await page.getByLabel("Email").fill(h.email);
      await page.getByLabel("Password").fill(PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(h.url);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(h.heading);
    });
  }

  test("empty fields are named next to the fields", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter your email")).toBeVisible();
    await expect(page.getByText("Enter your password")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("a wrong password gets a clear message and no session", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(ACCOUNTS.lmt);
    await page.getByLabel("Password").fill("not-the-right-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("That email and password do not match an active account.")).toBeVisible();
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fdashboard/);
  });

  test("signing out ends the session", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(ACCOUNTS.pta);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByText("You have signed out.")).toBeVisible();
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("after sign-in the person returns to the page they asked for", async ({ page }) => {
    await page.goto("/admin/audit");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Faudit/);
    await page.getByLabel("Email").fill(ACCOUNTS.admin);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/admin\/audit$/);
  });

  test("the sign-in page passes axe", async ({ page }) => {
    await page.goto("/sign-in");
    await expectAccessible(page);
  });
});
