import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EXERCISE_ILLUSTRATIONS, exerciseIllustration } from "@/lib/domain/hep/illustrations";
import { EXERCISES } from "@/lib/domain/hep/library/library";

const publicDir = path.resolve(import.meta.dirname, "../../public");
const read = (src: string) => readFileSync(path.join(publicDir, src), "utf8");

/** A minimal well-formedness check: every tag is closed in order, attributes are quoted. */
function parseXml(text: string): { root: string; attrs: Record<string, string>; elements: string[] } {
  const body = text.replace(/^<\?xml[^>]*\?>/, "").trim();
  const stack: string[] = [];
  const elements: string[] = [];
  let rootAttrs: Record<string, string> | null = null;
  let root = "";
  const tagRe = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|<!--[\s\S]*?-->/g;
  let last = 0;
  for (let m = tagRe.exec(body); m; m = tagRe.exec(body)) {
    const between = body.slice(last, m.index);
    if (between.includes("<") || between.includes(">")) throw new Error(`stray markup near ${m.index}`);
    last = tagRe.lastIndex;
    if (m[0].startsWith("<!--")) continue;
    const [, closing, name, attrText, selfClosing] = m;
    if (closing) {
      if (stack.pop() !== name) throw new Error(`mismatched </${name}>`);
      continue;
    }
    if (stack.length === 0 && root) throw new Error("more than one root element");
    elements.push(name);
    if (!root) {
      root = name;
      rootAttrs = Object.fromEntries([...attrText.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
    }
    if (!selfClosing) stack.push(name);
  }
  if (body.slice(last).trim() !== "") throw new Error("text after the root element");
  if (stack.length > 0) throw new Error(`unclosed <${stack.join(", ")}>`);
  return { root, attrs: rootAttrs ?? {}, elements };
}

describe("exercise illustrations", () => {
  it("gives every library exercise a picture and an alt text, and nothing else", () => {
    expect(EXERCISES).toHaveLength(40);
    for (const ex of EXERCISES) {
      const ill = exerciseIllustration(ex.code);
      expect(ill, ex.code).not.toBeNull();
      expect(ill!.src).toBe(`/exercises/ex-${ex.code.slice(3)}.svg`);
    }
    expect(Object.keys(EXERCISE_ILLUSTRATIONS).sort()).toEqual(EXERCISES.map((e) => e.code).sort());
    expect(exerciseIllustration("EX-41")).toBeNull();
    expect(exerciseIllustration("toString")).toBeNull();
    expect(exerciseIllustration("")).toBeNull();
  });

  it("has an alt text per exercise that describes the position: unique, a sentence, longer than the name", () => {
    const alts = EXERCISES.map((ex) => exerciseIllustration(ex.code)!.alt);
    expect(new Set(alts).size).toBe(alts.length);
    for (const ex of EXERCISES) {
      const alt = exerciseIllustration(ex.code)!.alt;
      expect(alt.length, ex.code).toBeGreaterThan(ex.name.length);
      expect(alt.toLowerCase(), ex.code).not.toBe(ex.name.toLowerCase());
      expect(alt, ex.code).toMatch(/^[A-Z]/);
      expect(alt.split(/\s+/).length, ex.code).toBeGreaterThanOrEqual(10);
    }
  });

  it.each(EXERCISES.map((e) => e.code))("%s: the file is a small, self-contained SVG with a title", (code) => {
    const { src } = exerciseIllustration(code)!;
    const file = path.join(publicDir, src);
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).size).toBeLessThan(6 * 1024);
    const text = read(src);
    const doc = parseXml(text);
    expect(doc.root).toBe("svg");
    expect(doc.attrs.xmlns).toBe("http://www.w3.org/2000/svg");
    expect(doc.attrs.viewBox).toBe("0 0 320 200");
    expect(doc.elements).toContain("title");
    expect(text).toMatch(/<svg[^>]*>\s*<title[^>]*>[^<]{5,}<\/title>/);
    // drawing, not a placeholder: it has strokes to look at
    expect(doc.elements.filter((e) => e === "path").length).toBeGreaterThanOrEqual(10);
    // nothing active, nothing fetched, no embedded raster
    expect(doc.elements).not.toContain("script");
    expect(doc.elements).not.toContain("image");
    expect(doc.elements).not.toContain("foreignObject");
    expect(text).not.toMatch(/\bon[a-z]+\s*=/i);
    expect(text).not.toMatch(/href\s*=/i);
    expect(text).not.toMatch(/url\(\s*['"]?(?!#)/i);
    expect(text).not.toMatch(/data:|https?:\/\/(?!www\.w3\.org\/2000\/svg")/i);
    expect(text).toContain('stroke-linecap="round"');
  });

  it("draws forty different pictures (no shared placeholder, no copies)", () => {
    const hashes = EXERCISES.map((ex) => createHash("sha256").update(read(exerciseIllustration(ex.code)!.src)).digest("hex"));
    expect(new Set(hashes).size).toBe(40);
    // copies with only the title changed are copies too: compare the drawing alone
    const drawings = EXERCISES.map((ex) => read(exerciseIllustration(ex.code)!.src).replace(/<title[\s\S]*<\/desc>/, ""));
    expect(new Set(drawings).size).toBe(40);
  });

  it("has no near-copies: any two pictures share less than half of their drawn shapes", () => {
    const shapes = EXERCISES.map((ex) => new Set(read(exerciseIllustration(ex.code)!.src).match(/<(?:path|circle|rect)\b[^>]*>/g) ?? []));
    for (let i = 0; i < shapes.length; i++) {
      for (let j = i + 1; j < shapes.length; j++) {
        const shared = [...shapes[i]].filter((s) => shapes[j].has(s)).length;
        const union = shapes[i].size + shapes[j].size - shared;
        expect(shared / union, `${EXERCISES[i].code} vs ${EXERCISES[j].code}`).toBeLessThan(0.5);
      }
    }
  });

  it("ships no stray files in public/exercises", () => {
    const files = readdirSync(path.join(publicDir, "exercises")).sort();
    expect(files).toEqual(Object.values(EXERCISE_ILLUSTRATIONS).map((e) => e.file).sort());
  });
});
