import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { ADMIN_ID, OTHER_PATIENT, PATIENT, stateFile, type AccountName } from "./support/accounts";

/** Authorization over plain HTTP (no browser): what each role gets for each URL. */
const as = (name: AccountName | null, baseURL: string): Promise<APIRequestContext> =>
  request.newContext({ baseURL, storageState: name ? stateFile(name) : undefined, maxRedirects: 0 });

const CLINIC = ["/dashboard", "/patients", `/patients/${PATIENT.id}`, "/admin/staff", "/admin/audit", "/admin/outbox", "/admin/settings"];

test.describe("who may open what", () => {
  test("a signed-out visitor is sent to sign-in, never shown data", async ({ baseURL }) => {
    const anon = await as(null, baseURL!);
    for (const path of [...CLINIC, "/portal"]) {
      const res = await anon.get(path);
      expect(res.status(), path).toBe(307);
      expect(res.headers().location, path).toContain("/sign-in?next=");
    }
  });

  test("a patient gets 403 on every clinic page, including their own chart", async ({ baseURL }) => {
    const patient = await as("patient", baseURL!);
    for (const path of CLINIC) {
      const res = await patient.get(path);
      expect(res.status(), path).toBe(403);
      const body = await res.text();
      expect(body, path).not.toContain(OTHER_PATIENT.last);
      expect(body, path).not.toContain(PATIENT.phone);
    }
  });

  test("a patient editing the URL to another patient's chart sees nothing of it", async ({ baseURL }) => {
    const patient = await as("patient", baseURL!);
    const res = await patient.get(`/patients/${OTHER_PATIENT.id}`);
    expect(res.status()).toBe(403);
    expect(await res.text()).not.toContain(OTHER_PATIENT.last);
    const portal = await (await patient.get("/portal")).text();
    expect(portal).toContain(PATIENT.first);
    expect(portal).not.toContain(OTHER_PATIENT.first);
  });

  test("staff cannot open the patient portal", async ({ baseURL }) => {
    for (const who of ["admin", "frontDesk", "pt"] as const) {
      const res = await (await as(who, baseURL!)).get("/portal");
      expect(res.status(), who).toBe(403);
    }
  });

  test("front desk and clinicians cannot reach admin pages; admins can", async ({ baseURL }) => {
    for (const who of ["frontDesk", "pt", "lmt"] as const) {
      const ctx = await as(who, baseURL!);
      for (const path of ["/admin/staff", "/admin/staff/new", "/admin/audit", "/admin/outbox", "/admin/settings"]) {
        expect((await ctx.get(path)).status(), `${who} ${path}`).toBe(403);
      }
      expect((await ctx.get("/dashboard")).status(), who).toBe(200);
    }
    const admin = await as("admin", baseURL!);
    for (const path of ["/admin/staff", "/admin/audit", "/admin/outbox", "/admin/settings"]) expect((await admin.get(path)).status(), path).toBe(200);
  });

  test("a malformed or unknown patient id is a 404, not an error", async ({ baseURL }) => {
    const desk = await as("frontDesk", baseURL!);
    expect((await desk.get("/patients/not-a-uuid")).status()).toBe(404);
    expect((await desk.get("/patients/00000000-0000-4000-8000-00000000ffff")).status()).toBe(404);
    expect((await desk.get("/patients/%27%3B%20drop%20table%20patients%3B--")).status()).toBe(404);
    expect((await desk.get(`/patients/${PATIENT.id}`)).status()).toBe(200);
  });

  test("health check and security headers", async ({ baseURL }) => {
    const anon = await as(null, baseURL!);
    const health = await anon.get("/api/health");
    expect(health.status()).toBe(200);
    expect(await health.json()).toEqual({ status: "ok", db: "ok" });
    const page = await anon.get("/sign-in");
    const h = page.headers();
    expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("same-origin");
    expect(h["permissions-policy"]).toContain("camera=()");
    const nonce = h["content-security-policy"].match(/'nonce-([^']+)'/)![1];
    expect(await page.text()).toContain(`nonce="${nonce}"`);
  });
});

test.describe("chart views are audited", () => {
  const countViews = async (baseURL: string) => {
    const admin = await as("admin", baseURL);
    // only the admin's own views of this patient: other specs running in parallel view it as other roles
    const html = await (await admin.get(`/admin/audit?action=chart.view&patient=${OTHER_PATIENT.id}&user=${ADMIN_ID}`)).text();
    return (html.match(/<code>chart\.view<\/code>/g) ?? []).length;
  };

  test("one row per navigation, none for a link prefetch", async ({ baseURL }) => {
    const viewer = await as("admin", baseURL!);
    const before = await countViews(baseURL!);
    expect((await viewer.get(`/patients/${OTHER_PATIENT.id}`)).status()).toBe(200);
    expect(await countViews(baseURL!)).toBe(before + 1);
    const prefetch = await viewer.get(`/patients/${OTHER_PATIENT.id}`, { headers: { RSC: "1", "Next-Router-Prefetch": "1" } });
    expect(prefetch.status()).toBeLessThan(500);
    expect(await countViews(baseURL!)).toBe(before + 1);
  });
});
