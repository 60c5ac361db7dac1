/**
 * Replace item wording with a clinic's licensed text (DOMAIN.md §3 licensing, §10 item 8). The project
 * ships paraphrased wording for ODI, RMDQ and LEFS; a clinic that holds a licence supplies the official
 * wording per item id (and per option value), and the items are marked CLINIC_LICENSED.
 *
 * Only wording changes: ids, values and the scoring rule stay, so scores stay comparable across
 * wordings. An override naming an unknown item or option is a configuration error and throws, so a
 * typo never silently leaves the paraphrase in place.
 */
import type { MeasureDefinition, MeasureItem } from "./types";

export interface ItemTextOverride {
  title?: string;
  text?: string;
  /** Option value → label (ODI statements, LEFS/RMDQ response labels). */
  options?: Readonly<Record<number, string>>;
}

export type LicensedTextOverride = Readonly<Record<string, ItemTextOverride>>;

export function applyLicensedText(def: MeasureDefinition, overrides: LicensedTextOverride, instructions?: string): MeasureDefinition {
  const ids = new Set(def.items.map((i) => i.id));
  const unknown = Object.keys(overrides).filter((id) => !ids.has(id));
  if (unknown.length > 0) throw new Error(`${def.id}: no item ${unknown.join(", ")} to override`);

  const items = def.items.map((item): MeasureItem => {
    const o = overrides[item.id];
    if (!o) return item;
    let response = item.response;
    if (o.options) {
      if (response.kind !== "options") throw new Error(`${def.id} ${item.id}: a scale item has no options to reword`);
      const values = new Set(response.options.map((x) => x.value));
      const bad = Object.keys(o.options).map(Number).filter((v) => !values.has(v));
      if (bad.length > 0) throw new Error(`${def.id} ${item.id}: no option with value ${bad.join(", ")}`);
      response = { kind: "options", options: response.options.map((x) => ({ value: x.value, label: o.options?.[x.value] ?? x.label })) };
    }
    return { ...item, title: o.title ?? item.title, text: o.text ?? item.text, response, wording: "CLINIC_LICENSED" };
  });
  return { ...def, items, ...(instructions !== undefined ? { instructions } : {}) };
}
