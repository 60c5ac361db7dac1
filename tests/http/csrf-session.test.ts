import { readFileSync } from "node:fs";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createDb } from "@/db/client";
import { DEMO_PASSWORD, DEMO_PATIENTS, DEMO_STAFF } from "@/db/seed/demo-people";
import { writeMark, writesSince } from "../support/write-probe";
import { baseURL, callAction, signIn } from "./support";

/** Cross-site requests and the session cookie, seen from outside over HTTP. */
const { db, close } = createDb(inject("ownerUrl"), { max: 2 });
afterAll(close);

const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
  node: Record<string, { filename?: string; exportedName?: string }>;
};
const actionId = (exportName: string) => Object.entries(manifest.node).find(([, v]) => v.exportedName === exportName)![0];
const PATIENT_B = DEMO_PATIENTS[1];
const chart = `/patients/${PATIENT_B.id}`;

describe("CSRF", () => {
  it("a server action posted from a foreign Origin is refused and writes nothing", async () => {
    const pt = await signIn("PT", DEMO_STAFF[1].email, DEMO_PASSWORD);
    const input = { patientId: PATIENT_B.id, title: "Cross-site episode" };
    for (const origin of ["https://evil.example", "http://127.0.0.1.evil.example:3204", "null"]) {
      const mark = await writeMark(db);
      const reply = await callAction(pt, actionId("openEpisode"), chart, [input], { origin });
      expect(reply.status, origin).toBe(403);
      expect(reply.result?.ok, origin).not.toBe(true);
      expect((await writesSince(db, mark, ["auth_sessions"])).changed, origin).toEqual({});
    }
    // the same call from the app's own origin goes through: the refusal above is the Origin check
    const mark = await writeMark(db);
    const same = await callAction(pt, actionId("openEpisode"), chart, [input]);
    expect(same.result).toMatchObject({ ok: true });
    expect((await writesSince(db, mark, ["auth_sessions"])).changed).toMatchObject({ episodes: 1 });
  });

  it("a document upload from a foreign Origin is refused before it is read", async () => {
    const pt = await signIn("PT", DEMO_STAFF[1].email, DEMO_PASSWORD);
    const form = new FormData();
    form.set("kind", "referral");
    form.set("title", "Cross-site upload");
    form.set("file", new Blob(["%PDF-1.4\n%%EOF\n"], { type: "application/pdf" }), "x.pdf");
    const mark = await writeMark(db);
    const res = await pt.fetch(`/api/patients/${PATIENT_B.id}/documents`, { method: "POST", body: form, headers: { origin: "https://evil.example" } });
    expect(res.status).toBe(403);
    expect((await writesSince(db, mark, ["auth_sessions"])).changed).toEqual({});
  });

  it("a write to any other route handler from a foreign Origin is refused before it is read", async () => {
    const owner = await signIn("DC owner", DEMO_STAFF[0].email, DEMO_PASSWORD);
    const mark = await writeMark(db);
    const foreign = await owner.fetch("/api/fhir/import", { method: "POST", body: "{}", headers: { origin: "https://evil.example", "content-type": "application/json" } });
    expect(foreign.status).toBe(403);
    const images = await owner.fetch("/api/exercises/images", { method: "POST", body: "--x--\r\n", headers: { origin: "https://evil.example", "content-type": "multipart/form-data; boundary=x" } });
    expect(images.status).toBe(403);
    expect((await writesSince(db, mark, ["auth_sessions"])).changed).toEqual({});
    // from the app's own origin the same request reaches the handler (which finds no bundle in it)
    const same = await owner.fetch("/api/fhir/import", { method: "POST", body: "not json", headers: { origin: baseURL(), "content-type": "application/json" } });
    expect(same.status).toBe(400);
  });
});

describe("session cookies", () => {
  it("are HttpOnly and SameSite", async () => {
    for (const email of [DEMO_STAFF[4].email, DEMO_PATIENTS[0].email]) {
      const s = await signIn(email, email, DEMO_PASSWORD);
      const authCookies = s.setCookies.filter((c) => c.startsWith("authjs.") || c.startsWith("__Secure-authjs.") || c.startsWith("__Host-authjs."));
      expect(authCookies.some((c) => c.includes("session-token="))).toBe(true);
      for (const c of authCookies) {
        expect(c, c.split("=")[0]).toMatch(/;\s*HttpOnly/i);
        expect(c, c.split("=")[0]).toMatch(/;\s*SameSite=(Lax|Strict)/i);
      }
    }
  });

  it("a signed-out session's cookie no longer opens anything", async () => {
    const desk = await signIn("front desk", DEMO_STAFF[4].email, DEMO_PASSWORD);
    expect((await desk.fetch("/dashboard")).status).toBe(200);
    const stolen = desk.cookieHeader();
    await callAction(desk, actionId("signOutAction"), "/dashboard", []);
    const res = await fetch(baseURL() + "/dashboard", { headers: { cookie: stolen }, redirect: "manual" });
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toContain("/sign-in");
  });
});
