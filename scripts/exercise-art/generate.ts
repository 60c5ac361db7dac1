/**
 * Writes public/exercises/ex-NN.svg for every exercise in the library from the poses in scenes.ts.
 * Run: npx tsx scripts/exercise-art/generate.ts   (add --sheet DIR to also write a contact-sheet page)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { EXERCISE_ILLUSTRATIONS } from "@/lib/domain/hep/illustrations";
import { EXERCISES } from "@/lib/domain/hep/library/library";
import { renderSvg } from "./figure";
import { SCENES } from "./scenes";

const outDir = path.resolve(import.meta.dirname, "../../public/exercises");
mkdirSync(outDir, { recursive: true });

for (const ex of EXERCISES) {
  const scene = SCENES[ex.code];
  const entry = EXERCISE_ILLUSTRATIONS[ex.code];
  if (!scene || !entry) throw new Error(`No illustration for ${ex.code}`);
  const svg = renderSvg(scene(), `${ex.name} (${ex.code})`, entry.alt);
  writeFileSync(path.join(outDir, entry.file), svg);
  console.log(`${entry.file} ${svg.length} bytes`);
}

const sheetAt = process.argv.indexOf("--sheet");
if (sheetAt > 0) {
  const dir = path.resolve(process.argv[sheetAt + 1] ?? ".");
  mkdirSync(dir, { recursive: true });
  const cells = EXERCISES.map((ex) => {
    const e = EXERCISE_ILLUSTRATIONS[ex.code];
    return `<figure><img src="file://${outDir}/${e.file}" width="320" height="200"><figcaption>${ex.code} ${ex.name}</figcaption></figure>`;
  }).join("");
  const css = "body{margin:0;display:grid;grid-template-columns:repeat(4,322px);gap:4px;font:11px sans-serif}figure{margin:0;border:1px solid #999}figcaption{padding:2px}";
  for (let page = 0; page < EXERCISES.length / 8; page++) {
    const slice = cells.split("</figure>").slice(page * 8, page * 8 + 8).join("</figure>") + "</figure>";
    writeFileSync(path.join(dir, `sheet-${page + 1}.html`), `<!doctype html><style>${css}</style>${slice}`);
  }
  writeFileSync(path.join(dir, "all.html"), `<!doctype html><style>${css.replace("repeat(4,322px)", "repeat(8,322px)")}</style>${cells}`);
}
