import { describe, expect, it } from "vitest";
import { pool, setUpClinic } from "./fixtures";
import { filesUnder, fillPattern, routePattern } from "./support";

/**
 * Hostile ids in every dynamic segment of every page, and hostile query strings on every page:
 * never a 500, never a stack trace. Called as the clinic owner (admin + clinician, so the pages
 * get as far as their queries) and as a patient (the portal's pages).
 */
const pages = filesUnder("app", /^page\.tsx$/).map(routePattern);
const SEGMENTS = ["not-a-uuid", "\u0000", "<script>alert(1)</script>", "' or 1=1 --", "00000000-0000-0000-0000-000000000000", "x".repeat(2000)];
const QUERIES = ([
  { page: "99999999999999999999", q: "\u0000<script>'--", from: "2026-02-31", to: "+275760-09-13", date: "9999-99-99", week: "-1",
    patient: "not-a-uuid", user: "' or 1=1", action: "x".repeat(500), outcome: "sent", next: "//evil.example", view: "<b>" },
  { page: "-1", q: "2026-02-31", from: "0000-01-01", to: "2026-13-01", date: "2026-02-31", time: "99:99", clinician: "x", room: "'", type: "\u202E", view: "week" },
  { q: "13/45/2026", date: "0000-00-00", status: "all", region: "<x>", category: "\u0000" },
] as Record<string, string>[]).map((q) => new URLSearchParams(q).toString());

describe("hostile URLs", () => {
  it("no page answers 500 to a hostile id or query string", async () => {
    const env = await setUpClinic();
    const owner = env.personas.find((p) => p.name.startsWith("DC owner"))!.session;
    const patient = env.personas.find((p) => p.name === "patient A")!.session;
    // hostile ids in the path; hostile query strings on the real pages (real ids, so the page gets to
    // read them); portal pages as the patient, the rest as the owner (anyone else is refused earlier)
    const urls = pages.flatMap((pattern) => {
      const portal = pattern.startsWith("/portal");
      const who = [portal ? patient : owner];
      const ids = portal ? env.idsA : env.idsB;
      return [
        ...(pattern.includes("[") ? SEGMENTS.map((s) => ({ url: fillPattern(pattern, () => s), who })) : []),
        ...QUERIES.map((q) => ({ url: `${fillPattern(pattern, (seg) => ids[seg] ?? env.clinic[seg])}?${q}`, who })),
      ];
    });
    const wrong: string[] = [];
    await pool(urls.flatMap(({ url, who }) => who.map((s) => ({ url, s }))), async ({ url, s }) => {
      const res = await s.fetch(url);
      const body = await res.text();
      if (res.status >= 500) wrong.push(`${s.name} GET ${url.slice(0, 120)} → ${res.status}`);
      if (/\n\s+at .+\(.+:\d+:\d+\)|node_modules\//.test(body)) wrong.push(`${s.name} GET ${url.slice(0, 120)} shows a stack trace`);
    });
    console.log(`hostile URLs: ${urls.reduce((n, u) => n + u.who.length, 0)} requests`);
    expect(wrong).toEqual([]);
  });
});
