import { expect, request, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO_PATIENTS } from "../db/seed/demo-people";
import { expectAccessible } from "./support/axe";
import { stateFile, type AccountName } from "./support/accounts";
import { minimalPdf, tinyPng } from "./support/files";

// Priya's chart: neither the access spec's audit counts nor the intake spec's steps look at documents.
const PRIYA = DEMO_PATIENTS[2].id;

const as = (name: AccountName | null, baseURL: string): Promise<APIRequestContext> =>
  request.newContext({ baseURL, storageState: name ? stateFile(name) : undefined, maxRedirects: 0 });

async function registerPatient(page: Page, last: string): Promise<string> {
  await page.goto("/patients/new");
  await page.getByLabel("Legal first name").fill("Noor");
  await page.getByLabel("Legal last name").fill(last);
  await page.getByLabel("Date of birth").fill("1988-03-14");
  await page.getByLabel("Sex").selectOption("female");
  await page.getByRole("button", { name: "Register patient" }).click();
  await expect(page).toHaveURL(/\/patients\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname.split("/").pop()!;
}

async function upload(page: Page, kind: string, title: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel("Kind").selectOption({ label: kind });
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("File").setInputFiles(file);
  await page.getByRole("button", { name: "Upload document" }).click();
}

test.describe("documents on the chart", () => {
  test("a clinician uploads a PDF and a PNG, opens one, is refused a fake PDF, and voids one", async ({ browser }) => {
    const context = await browser.newContext({ storageState: stateFile("pt") });
    const page = await context.newPage();
    const patientId = await registerPatient(page, `Documents${Date.now()}`);
    await page.getByRole("link", { name: "Documents" }).click();
    await expect(page).toHaveURL(new RegExp(`/patients/${patientId}/documents$`));
    await expect(page.getByText("No documents yet.")).toBeVisible();

    await upload(page, "Referral letter", "Referral from Dr. Chen", { name: "referral.pdf", mimeType: "application/pdf", buffer: minimalPdf() });
    await expect(page.getByText("Document uploaded.")).toBeVisible();
    await upload(page, "Imaging report", "Pelvis X-ray still", { name: "pelvis.png", mimeType: "image/png", buffer: tinyPng() });
    const table = page.getByRole("table", { name: "Documents on this chart" });
    await expect(table.getByRole("link", { name: /Pelvis X-ray still/ })).toBeVisible();
    await expect(table.getByRole("link", { name: /Referral from Dr\. Chen/ })).toBeVisible();
    await expect(table.getByText("referral.pdf")).toBeVisible();
    await expect(table.getByText("Referral letter")).toBeVisible();
    await expect(table.getByText(/by Sam Rivera/)).toHaveCount(2);
    // the form is empty again for the next document
    await expect(page.getByLabel("Title")).toHaveValue("");

    // opening one: a new tab, served with the stored type
    const served = context.waitForEvent("response", (r) => r.url().includes(`/api/patients/${patientId}/documents/`));
    const [tab] = await Promise.all([context.waitForEvent("page"), table.getByRole("link", { name: /Pelvis X-ray still/ }).click()]);
    const res = await served;
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("image/png");
    expect(res.headers()["content-security-policy"]).toBe("default-src 'none'; img-src 'self'; object-src 'self'; sandbox");
    await tab.close();
    const pdfHref = (await table.getByRole("link", { name: /Referral from Dr\. Chen/ }).getAttribute("href"))!;
    const pdf = await page.request.get(pdfHref);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect(pdf.headers()["content-disposition"]).toBe("inline; filename*=UTF-8''referral.pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

    // text pretending to be a PDF: refused next to the file field, the title is kept
    await upload(page, "Outside record", "Notes from the running clinic", { name: "notes.pdf", mimeType: "application/pdf", buffer: Buffer.from("Just typed notes, not a PDF at all.") });
    await expect(page.getByLabel("File")).toHaveAccessibleDescription(/not a PDF, JPEG or PNG/);
    await expect(page.getByLabel("File")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Title")).toHaveValue("Notes from the running clinic");
    await expect(table.getByRole("link", { name: /Notes from the running clinic/ })).toHaveCount(0);
    await expectAccessible(page);

    // voiding keeps it on record, struck through and no longer served
    const row = table.getByRole("row", { name: /Referral from Dr\. Chen/ });
    await row.getByText("Void Referral from Dr. Chen").click();
    await row.getByLabel("Reason").fill("Belongs to another patient");
    await row.getByRole("button", { name: "Void document" }).click();
    await expect(table.getByRole("link", { name: /Referral from Dr\. Chen/ })).toHaveCount(0);
    await page.getByText("Voided documents (1)").click();
    await expect(page.locator("s", { hasText: "Referral from Dr. Chen" })).toBeVisible();
    await expect(page.getByText(/Belongs to another patient/)).toBeVisible();
    expect((await page.request.get(pdfHref)).status()).toBe(404);
    await expectAccessible(page);
    await context.close();
  });
});

test.describe("who may upload and view documents (HTTP)", () => {
  test("front desk, patients and signed-out visitors get neither the page nor the file; bad files are refused", async ({ baseURL }) => {
    const pt = await as("pt", baseURL!);
    const sent = await pt.post(`/api/patients/${PRIYA}/documents`, {
      multipart: { kind: "referral", title: "Orthopaedic referral", file: { name: "ortho.pdf", mimeType: "application/pdf", buffer: minimalPdf("Ortho") } },
    });
    expect(sent.status()).toBe(201);
    const { ok, data } = await sent.json();
    expect(ok).toBe(true);
    const fileUrl = `/api/patients/${PRIYA}/documents/${data.documentId}`;
    const pageUrl = `/patients/${PRIYA}/documents`;

    const served = await pt.get(fileUrl);
    expect(served.status()).toBe(200);
    expect(served.headers()).toMatchObject({ "x-content-type-options": "nosniff", "cache-control": "private, no-store" });
    expect((await pt.get(pageUrl)).status()).toBe(200);

    for (const who of ["frontDesk", "patient"] as const) {
      const ctx = await as(who, baseURL!);
      expect((await ctx.get(pageUrl)).status(), `${who} page`).toBe(403);
      const file = await ctx.get(fileUrl);
      expect(file.status(), `${who} file`).toBe(403);
      expect((await file.body()).includes(Buffer.from("%PDF"))).toBe(false);
      const up = await ctx.post(`/api/patients/${PRIYA}/documents`, {
        multipart: { kind: "referral", title: "x", file: { name: "x.pdf", mimeType: "application/pdf", buffer: minimalPdf() } },
      });
      expect(up.status(), `${who} upload`).toBe(403);
      expect(await up.json()).toMatchObject({ ok: false, code: "forbidden" });
    }

    const anon = await as(null, baseURL!);
    expect((await anon.get(fileUrl)).status()).toBe(401);
    expect((await anon.get(pageUrl)).status()).toBe(307);
    expect((await anon.post(`/api/patients/${PRIYA}/documents`, { multipart: { kind: "referral", title: "x" } })).status()).toBe(401);

    const fake = await pt.post(`/api/patients/${PRIYA}/documents`, {
      multipart: { kind: "referral", title: "Fake", file: { name: "fake.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html><script>alert(1)</script>") } },
    });
    expect(fake.status()).toBe(415);
    const body = await fake.json();
    expect(body).toMatchObject({ ok: false, code: "validation", fieldErrors: { file: [expect.stringMatching(/not a PDF, JPEG or PNG/)] } });
    expect(JSON.stringify(body)).not.toMatch(/at .*\.(js|ts):\d+/);

    const crossSite = await pt.post(`/api/patients/${PRIYA}/documents`, {
      headers: { origin: "https://evil.example" },
      multipart: { kind: "referral", title: "x", file: { name: "x.pdf", mimeType: "application/pdf", buffer: minimalPdf() } },
    });
    expect(crossSite.status()).toBe(403);
    expect((await pt.get(`/api/patients/${PRIYA}/documents/00000000-0000-4000-8000-00000000ffff`)).status()).toBe(404);
    expect((await pt.get(`/api/patients/${PRIYA}/documents/not-a-uuid`)).status()).toBe(404);
  });
});
