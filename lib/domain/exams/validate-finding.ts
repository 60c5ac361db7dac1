import { findExamItem, canonicalCode } from "./catalogue/catalogue";
import { GRADE_SCALES } from "./catalogue/scales";
import { MOBILITY_RESULTS, TEST_RESULTS, type ExamItem } from "./catalogue/types";
import type { ExamFinding } from "./finding";

const fmtRange = (r: { min: number; max: number }, unit: string) => `${r.min} to ${r.max} ${unit}`.trim();

/**
 * Check one finding against its catalogue item (DOMAIN.md §0, §2, V4, V5, V9, V10). Returns the
 * messages to show next to the field, empty when valid. The same function runs in the form and
 * in the save action (through the zod schema), so both refuse the same things.
 */
export function validateFinding(f: ExamFinding): { field: "code" | "side" | "value" | "familiarPain" | "method" | "site" | "comment"; message: string }[] {
  const item = findExamItem(f.code);
  if (!item) return [{ field: "code", message: `Unknown test ${f.code}` }];
  const errors: ReturnType<typeof validateFinding> = [];
  const site = item.sites?.find((s) => s.id === f.site);
  if (item.sites && !site) errors.push({ field: "site", message: "Choose where it was tested" });
  const paired = item.sites ? Boolean(site?.paired) : item.paired;
  if (paired && !["L", "R", "BIL"].includes(f.side)) errors.push({ field: "side", message: "Choose left, right or both" });
  if (!paired && ["BIL"].includes(f.side) && item.result.kind !== "level") errors.push({ field: "side", message: "This item has no sides" });
  errors.push(...checkValue(item, f));
  return errors;
}

function checkValue(item: ExamItem, f: ExamFinding): ReturnType<typeof validateFinding> {
  const r = item.result;
  const v = f.value;
  const bad = (message: string) => [{ field: "value" as const, message }];
  switch (r.kind) {
    case "test_result":
      if (typeof v !== "string" || !(TEST_RESULTS as readonly string[]).includes(v)) return bad("Choose positive, negative, equivocal or unable to perform");
      if (r.familiarPain === "required_if_pos" && v === "POS" && f.familiarPain === undefined) {
        return [{ field: "familiarPain", message: "Say whether it reproduced the familiar pain (a positive counts only if it did)" }];
      }
      return [];
    case "mobility":
      return typeof v === "string" && (MOBILITY_RESULTS as readonly string[]).includes(v) ? [] : bad("Choose hypomobile, normal or hypermobile");
    case "degrees":
    case "mm":
    case "count": {
      const unit = r.kind === "degrees" ? "°" : r.kind === "mm" ? "mm" : "";
      if (typeof v !== "number" || !Number.isFinite(v)) return bad(`Enter a number from ${fmtRange(r.validation, unit)}`);
      if (v < r.validation.min || v > r.validation.max) return bad(`Must be from ${fmtRange(r.validation, unit)}`);
      if (r.kind === "degrees" && f.method && !(r.methods as readonly string[]).includes(f.method)) return [{ field: "method", message: "Unknown method" }];
      return [];
    }
    case "grade": {
      const scales = [r.scale, ...(r.altScales ?? [])].map((id) => GRADE_SCALES[id]);
      const ok = typeof v === "number" && Number.isInteger(v) && scales.some((s) => v >= s.min && v <= s.max);
      if (!ok) return bad(`Choose a grade from ${scales[0].min} to ${scales[0].max}`);
      if (r.scale === "REFLEX_0_4" && (v === 0 || v === 4) && !f.comment) return [{ field: "comment", message: "A reflex of 0 or 4+ needs a comment" }];
      return [];
    }
    case "enum": {
      const allowed = r.options.map((o) => o.value);
      const values = Array.isArray(v) ? v : [v];
      return values.length > 0 && values.every((x) => typeof x === "string" && allowed.includes(x)) && (r.multi || !Array.isArray(v)) ? [] : bad("Choose one of the options");
    }
    case "level":
      if (typeof v !== "number" || v < r.diffMm.min || v > r.diffMm.max) return bad(`Enter the difference from ${fmtRange(r.diffMm, "mm")}`);
      if (v > 0 && !["L", "R"].includes(f.side)) return [{ field: "side", message: "Say which side is high" }];
      return [];
    case "derived":
      return bad("This value is computed, not entered");
  }
}

/** The key that identifies a finding within one exam. */
export const findingKey = (f: Pick<ExamFinding, "code" | "side" | "site">) => `${canonicalCode(f.code)}|${f.side}|${f.site ?? ""}`;
