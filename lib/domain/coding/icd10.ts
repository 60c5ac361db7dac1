/**
 * Diagnosis-coding validation (DOMAIN.md §7.2, V4, V15) and code search over the seed list.
 * Pure: takes codes as typed and the sides documented in the exam / complaint.
 */
import { EXCLUDES1_PAIRS, ICD10_CODES, MAX_DIAGNOSES_ON_CLAIM, SEVENTH_LABELS, type IcdCode } from "./icd10-codes";

export type DocumentedSide = "L" | "R" | "BIL" | "CENTRAL" | "NA";

export type IcdRule = "FORMAT" | "UNKNOWN" | "HEADER" | "SEVENTH_CHARACTER" | "PLACEHOLDER_X" | "LATERALITY" | "EXCLUDES1" | "DUPLICATE" | "TOO_MANY";

export interface IcdIssue {
  code: string;
  rule: IcdRule;
  severity: "error" | "warning";
  message: string;
}

export interface DiagnosisValidation {
  ok: boolean;
  /** Each input code normalised ("m545" → "M54.5"); null when it could not be read. */
  normalised: (string | null)[];
  issues: IcdIssue[];
}

const BY_CODE: ReadonlyMap<string, IcdCode> = new Map(ICD10_CODES.map((c) => [c.code, c]));
const compact = (code: string) => code.replace(".", "");

/** Upper-case, no spaces, a dot after the 3-character category: " m5450" → "M54.50". */
export function normaliseIcd(raw: string): string | null {
  const c = raw.trim().toUpperCase().replace(/\s+/g, "").replace(".", "");
  if (!/^[A-Z][0-9][0-9A-Z]{1,5}$/.test(c)) return null;
  return c.length > 3 ? `${c.slice(0, 3)}.${c.slice(3)}` : c;
}

interface Resolved {
  entry: IcdCode;
  seventh?: string;
}

const error = (code: string, rule: IcdRule, message: string): IcdIssue => ({ code, rule, severity: "error", message });
const warning = (code: string, rule: IcdRule, message: string): IcdIssue => ({ code, rule, severity: "warning", message });
const sevenths = (e: IcdCode) => (e.seventh ?? []).map((s) => `${s} (${SEVENTH_LABELS[s]})`).join(", ");
const example = (e: IcdCode) => `${e.code}${e.seventh?.[0] ?? ""}`;

/** Resolve one normalised code to its catalogue entry, or explain why it cannot be billed. */
function resolve(code: string): Resolved | IcdIssue {
  const exact = BY_CODE.get(code);
  if (exact) {
    if (!exact.billable) return error(code, "HEADER", `${code} is a header code and cannot go on a claim. ${exact.note ?? ""}`.trim());
    if (exact.seventh) return error(code, "SEVENTH_CHARACTER", `${code} needs a 7th character: ${sevenths(exact)}, e.g. ${example(exact)}`);
    return { entry: exact };
  }
  const c = compact(code);
  for (const e of ICD10_CODES) {
    if (!e.seventh) continue;
    const base = compact(e.code);
    const stem = base.replace(/X+$/, "");
    if (c.length === 7 && c.slice(0, 6) === base) {
      const ch = c[6];
      return e.seventh.includes(ch) ? { entry: e, seventh: ch } : error(code, "SEVENTH_CHARACTER", `7th character of ${e.code}- must be ${sevenths(e)}`);
    }
    if (c === stem && stem !== base) return error(code, "PLACEHOLDER_X", `${code} needs placeholder X and a 7th character, e.g. ${example(e)}`);
    // "S33.5A": a 7th character typed without the placeholder X's.
    if (stem !== base && c.length > stem.length && c.length < 7 && c.startsWith(stem) && /^[A-Z]$/.test(c.slice(stem.length))) {
      return error(code, "PLACEHOLDER_X", `${code} is missing placeholder X: write ${e.code}${c.slice(stem.length)}`);
    }
  }
  const children = ICD10_CODES.filter((e) => e.billable && compact(e.code).startsWith(c) && compact(e.code) !== c);
  if (children.length > 0) {
    return error(code, "HEADER", `${code} is a header code with more specific codes: ${children.slice(0, 6).map(example).join(", ")}${children.length > 6 ? ", …" : ""}`);
  }
  return error(code, "UNKNOWN", `${code} is not in the clinic's code list (check the code or ask an admin to add it)`);
}

const SIDE_WORDS: Readonly<Record<string, string>> = { R: "right", L: "left", BIL: "both sides", CENTRAL: "midline" };

/** V4: the side of a lateral code must be a documented side; an unspecified-side code warns once a side is known. */
function lateralityIssue(code: string, entry: IcdCode, documented: ReadonlySet<string>): IcdIssue | null {
  const hasL = documented.has("L") || documented.has("BIL");
  const hasR = documented.has("R") || documented.has("BIL");
  const sides = ["R", "L", "BIL", "CENTRAL"].filter((s) => documented.has(s));
  const documentedText = sides.map((s) => SIDE_WORDS[s]).join(" and ");
  switch (entry.laterality) {
    case "UNSPECIFIED":
      return hasL || hasR ? warning(code, "LATERALITY", `${code} is an unspecified-side code but ${documentedText} is documented: use the code for that side`) : null;
    case "R":
    case "L":
    case "BIL": {
      const ok = entry.laterality === "R" ? hasR : entry.laterality === "L" ? hasL : hasL && hasR;
      if (ok) return null;
      if (sides.length === 0) return warning(code, "LATERALITY", `${code} is a ${SIDE_WORDS[entry.laterality]} code but no side is documented in the exam`);
      return error(code, "LATERALITY", `${code} is a ${SIDE_WORDS[entry.laterality]} code but the documented side is ${documentedText}`);
    }
    default:
      return null;
  }
}

function excludes1Issues(codes: readonly string[]): IcdIssue[] {
  const issues: IcdIssue[] = [];
  for (let i = 0; i < codes.length; i++) {
    for (let j = i + 1; j < codes.length; j++) {
      const [a, b] = [compact(codes[i]), compact(codes[j])];
      const pair = EXCLUDES1_PAIRS.find(([x, y]) => (a.startsWith(compact(x)) && b.startsWith(compact(y))) || (a.startsWith(compact(y)) && b.startsWith(compact(x))));
      if (pair) issues.push(error(codes[j], "EXCLUDES1", `${codes[i]} and ${codes[j]} cannot be coded together (Excludes1: ${pair[0]}- with ${pair[1]}-)`));
    }
  }
  return issues;
}

/**
 * Validate the diagnosis list of a claim or note (§7.2): readable, known, billable (no headers such
 * as M54.5, M51.36, M51.37, M79.1), 7th characters and placeholder X, laterality against the
 * documented sides (V4), Excludes1 pairs, no duplicates, at most 12.
 */
export function validateDiagnoses(codes: readonly string[], documentedSides: readonly DocumentedSide[] = []): DiagnosisValidation {
  const issues: IcdIssue[] = [];
  const normalised = codes.map(normaliseIcd);
  const documented = new Set<string>(documentedSides);
  const valid: string[] = [];
  const seen = new Set<string>();
  normalised.forEach((code, i) => {
    if (code === null) {
      issues.push(error(codes[i], "FORMAT", `"${codes[i]}" is not an ICD-10-CM code (a letter, two digits, then up to 5 characters, e.g. M54.50)`));
      return;
    }
    if (seen.has(code)) {
      issues.push(error(code, "DUPLICATE", `${code} is listed twice`));
      return;
    }
    seen.add(code);
    const r = resolve(code);
    if ("rule" in r) {
      issues.push(r);
      return;
    }
    const lat = lateralityIssue(code, r.entry, documented);
    if (lat) issues.push(lat);
    valid.push(code);
  });
  issues.push(...excludes1Issues(valid));
  if (seen.size > MAX_DIAGNOSES_ON_CLAIM) {
    issues.push(error(codes[codes.length - 1], "TOO_MANY", `A claim holds at most ${MAX_DIAGNOSES_ON_CLAIM} diagnoses (A–L); ${seen.size} given`));
  }
  return { ok: !issues.some((x) => x.severity === "error"), normalised, issues };
}

export interface IcdSearchResult extends IcdCode {
  /** What to put on a claim: the code, or the base with each accepted 7th character. */
  billableForms: string[];
}

/**
 * Search by code (prefix, dot optional) or by words in the title and note (every word must match),
 * case-insensitive. Header codes are left out unless asked for, so the picker offers billable codes.
 */
export function searchIcd(query: string, options: { includeHeaders?: boolean; limit?: number } = {}): IcdSearchResult[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const qCode = compact(q.toUpperCase().replace(/\s+/g, ""));
  const words = q.split(/\s+/);
  const scored = ICD10_CODES.flatMap((e) => {
    if (!e.billable && !options.includeHeaders) return [];
    const code = compact(e.code);
    const text = `${e.code} ${e.label} ${e.note ?? ""}`.toLowerCase();
    const score = code === qCode ? 0 : code.startsWith(qCode) ? 1 : words.every((w) => text.includes(w)) ? 2 : -1;
    return score < 0 ? [] : [{ score, e }];
  });
  scored.sort((a, b) => a.score - b.score || a.e.code.localeCompare(b.e.code));
  return scored.slice(0, options.limit ?? 50).map(({ e }) => ({ ...e, billableForms: e.billable ? (e.seventh ? e.seventh.map((s) => `${e.code}${s}`) : [e.code]) : [] }));
}

export function findIcd(code: string): IcdCode | undefined {
  const n = normaliseIcd(code);
  return n ? BY_CODE.get(n) : undefined;
}

/** True when the code can go on a claim as typed (a known, billable, complete code). */
export function isBillableIcd(code: string): boolean {
  const n = normaliseIcd(code);
  return n !== null && !("rule" in resolve(n));
}
