import { readFileSync } from "node:fs";
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { OTHER_PATIENT, PATIENT, stateFile, type AccountName } from "./support/accounts";

const as = (name: AccountName, baseURL: string): Promise<APIRequestContext> => request.newContext({ baseURL, storageState: stateFile(name), maxRedirects: 0 });
const everything = (id: string) => `/api/fhir/Patient/${id}/$everything`;

test.describe("FHIR export and import", () => {
  test("a clinician downloads a chart as FHIR, the admin imports it as a new patient and exports the whole clinic", async ({ browser, baseURL }) => {
    const staff = await browser.newContext({ storageState: stateFile("pt") });
    const page = await staff.newPage();
    await page.goto("/patients/new");
    const last = `Fhirexport${Date.now()}`;
    await page.getByLabel("Legal first name").fill("Ines");
    await page.getByLabel("Legal last name").fill(last);
    await page.getByLabel("Date of birth").fill("1990-06-01");
    await page.getByLabel("Sex").selectOption("female");
    await page.getByRole("button", { name: "Register patient" }).click();
    await expect(page).toHaveURL(/\/patients\/[0-9a-f-]{36}$/);
    const patientId = new URL(page.url()).pathname.split("/").pop()!;
    await expectAccessible(page);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download record (FHIR)" }).click()]);
    // keep the bytes: the downloaded file goes away with its browser context
    const file = { name: "record.fhir.json", mimeType: "application/fhir+json", buffer: readFileSync(await download.path()) };
    const bundle = JSON.parse(file.buffer.toString("utf8"));
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection" });
    expect(bundle.entry[0].resource).toMatchObject({ resourceType: "Patient", id: patientId, name: [{ family: last, given: ["Ines"] }] });
    await staff.close();

    // the front desk sees the chart but may not export its clinical content
    const desk = await as("frontDesk", baseURL!);
    expect((await desk.get(everything(patientId))).status()).toBe(403);
    await desk.dispose();

    const owner = await browser.newContext({ storageState: stateFile("admin") });
    const admin = await owner.newPage();
    await admin.goto("/admin/data");
    await expect(admin.getByRole("heading", { name: "Export & import" })).toBeVisible();
    await expectAccessible(admin);

    // import: a file that is not a bundle is refused next to the field; the downloaded bundle becomes a new patient
    await admin.getByLabel("FHIR bundle file").setInputFiles({ name: "note.json", mimeType: "application/json", buffer: Buffer.from('{"resourceType":"Patient"}') });
    await admin.getByRole("button", { name: "Import record" }).click();
    await expect(admin.getByText("That file is not a FHIR Bundle.").first()).toBeVisible();
    await admin.getByLabel("FHIR bundle file").setInputFiles(file);
    await admin.getByRole("button", { name: "Import record" }).click();
    // the patient is already in this clinic: importing again takes a deliberate yes
    await expect(admin.getByText(/A patient with this name and date of birth is already here/).first()).toBeVisible();
    await admin.getByLabel(/Import anyway/).check();
    await admin.getByRole("button", { name: "Import record" }).click();
    await admin.getByRole("link", { name: "Open the new chart" }).click();
    await expect(admin).toHaveURL(/\/patients\/[0-9a-f-]{36}$/);
    expect(admin.url()).not.toContain(patientId);
    await expect(admin.getByRole("heading", { name: new RegExp(last) })).toBeVisible();

    // whole-clinic export: progress, then a zip to download
    await admin.goto("/admin/data");
    await admin.getByRole("button", { name: "Start a clinic export" }).click();
    await expect(admin.getByText("The export has started.")).toBeVisible();
    const ready = admin.getByRole("link", { name: /^Download kinetic-chart-export-.*\.zip/ }).first();
    await expect(ready).toBeVisible({ timeout: 30_000 });
    await expect(admin.getByText(/Ready: \d+ of \d+ patients/).first()).toBeVisible();
    await expectAccessible(admin);
    const [zip] = await Promise.all([admin.waitForEvent("download"), ready.click()]);
    const bytes = readFileSync(await zip.path());
    expect(bytes.subarray(0, 4).toString("hex")).toBe("504b0304");
    expect(bytes.includes(Buffer.from("patients.ndjson"))).toBe(true);
    expect(bytes.includes(Buffer.from(last))).toBe(true);
    await owner.close();
  });

  test("a patient downloads their own record from the portal, and no one else's", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ storageState: stateFile("patient") });
    const page = await context.newPage();
    await page.goto("/portal");
    await expect(page.getByRole("heading", { name: "Your health record" })).toBeVisible();
    await expectAccessible(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download my record" }).click()]);
    const bundle = JSON.parse(readFileSync(await download.path(), "utf8"));
    expect(bundle.entry[0].resource).toMatchObject({ resourceType: "Patient", id: PATIENT.id, name: [{ family: PATIENT.last }] });
    expect(JSON.stringify(bundle)).not.toContain(OTHER_PATIENT.last);
    await context.close();

    const me = await as("patient", baseURL!);
    expect((await me.get(everything(OTHER_PATIENT.id))).status()).toBe(404);
    await me.dispose();
  });

  test("only an admin reaches the export page, the import and the clinic export files", async ({ baseURL }) => {
    for (const name of ["pt", "frontDesk", "patient"] as const) {
      const ctx = await as(name, baseURL!);
      expect((await ctx.get("/admin/data")).status(), name).toBe(403);
      expect((await ctx.post("/api/fhir/import", { data: { resourceType: "Bundle", type: "collection", entry: [] } })).status(), name).toBe(403);
      expect((await ctx.get("/api/fhir/exports/00000000-0000-4000-8000-000000000000")).status(), name).toBe(403);
      await ctx.dispose();
    }
    const anonymous = await request.newContext({ baseURL, maxRedirects: 0 });
    expect((await anonymous.get(everything(PATIENT.id))).status()).toBe(401);
    expect((await anonymous.post("/api/fhir/import", { data: {} })).status()).toBe(401);
    await anonymous.dispose();
  });
});
