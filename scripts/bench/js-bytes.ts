import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export interface JsBytes { page: string; path: string; scripts: number; bytes: number; ratioToBare: number }

const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
const launchOptions = systemChromium
  ? {
      executablePath: systemChromium,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    }
  : {};

/**
 * JavaScript a browser downloads on a first visit (empty cache): the bytes on the wire of every
 * script response (compressed body + headers), as Chromium reports them.
 */
export async function measureJsBytes(baseUrl: string, pages: { name: string; path: string; cookie?: string }[]): Promise<JsBytes[]> {
  const browser = await chromium.launch(launchOptions);
  const out: Omit<JsBytes, "ratioToBare">[] = [];
  try {
    for (const p of pages) {
      const context = await browser.newContext();
      if (p.cookie) {
        await context.addCookies(p.cookie.split("; ").map((pair) => {
          const i = pair.indexOf("=");
          return { name: pair.slice(0, i), value: pair.slice(i + 1), url: baseUrl };
        }));
      }
      const page = await context.newPage();
      const pending: Promise<number>[] = [];
      page.on("requestfinished", (req) => {
        if (req.resourceType() !== "script") return;
        pending.push(req.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
      });
      const res = await page.goto(baseUrl + p.path, { waitUntil: "networkidle" });
      if (!res || res.status() !== 200 || new URL(page.url()).pathname !== p.path) {
        throw new Error(`${p.path} did not load as itself (HTTP ${res?.status()}, at ${page.url()})`);
      }
      const sizes = await Promise.all(pending);
      out.push({ page: p.name, path: p.path, scripts: sizes.length, bytes: sizes.reduce((a, b) => a + b, 0) });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const bare = out.find((o) => o.path === "/bare")?.bytes ?? NaN;
  return out.map((o) => ({ ...o, ratioToBare: Math.round((o.bytes / bare) * 100) / 100 }));
}
