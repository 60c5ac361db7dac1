"use client";
import { usePathname, useRouter } from "next/navigation";
import { useMemo, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { assignProgram, saveProgramDraft } from "@/lib/actions/hep";
import { CATEGORY_LABELS, REGION_LABELS } from "@/lib/domain/hep/format";
import type { HepCategory, HepRegion } from "@/lib/domain/hep/library/types";
import { prescriptionItemSchema } from "@/lib/validation/hep";

export type ExerciseChoice = {
  code: string; name: string; region: string; category: string; status: "active" | "retired"; doseKind: "REPS" | "HOLD" | "DURATION"; paired: boolean;
  defaultSets: number; defaultReps: number | null; defaultHoldSeconds: number | null; defaultDurationSeconds: number | null;
  defaultTimesPerDay: number; defaultDaysPerWeek: number;
};

const NUMBER_FIELDS = ["phase", "sets", "reps", "holdSeconds", "repHoldSeconds", "durationSeconds", "restSeconds", "timesPerDay", "daysPerWeek", "loadKg"] as const;
type Row = { key: string; exerciseCode: string; side: string; notes: string; progressionNote: string; painRule: string; load: string } & Record<(typeof NUMBER_FIELDS)[number], string>;
export type BuilderLine = Partial<Record<keyof Row, string | number | null>>;

const str = (v: unknown) => (v === null || v === undefined ? "" : String(v));
let counter = 0;
const newKey = () => `row-${++counter}`;

function toRow(line: BuilderLine): Row {
  const row = { key: newKey() } as Row;
  for (const f of ["exerciseCode", "side", "notes", "progressionNote", "painRule", "load", ...NUMBER_FIELDS] as const) row[f] = str(line[f]);
  if (!row.phase) row.phase = "1";
  return row;
}

/** What the schema (and the server) receive: numbers as numbers, empty fields left out. */
function toItem(row: Row): Record<string, unknown> {
  const item: Record<string, unknown> = { exerciseCode: row.exerciseCode, side: row.side || undefined };
  for (const f of NUMBER_FIELDS) if (row[f].trim() !== "") item[f] = Number(row[f]);
  for (const f of ["notes", "progressionNote", "painRule", "load"] as const) if (row[f].trim() !== "") item[f] = row[f];
  return item;
}

const SIDES = [{ value: "BIL", label: "Both sides" }, { value: "L", label: "Left" }, { value: "R", label: "Right" }];
const PHASES = [1, 2, 3, 4, 5, 6].map((n) => ({ value: String(n), label: `Phase ${n}` }));

/**
 * The draft of a program: pick exercises, set dosing (checked with the V19 schema here and again on
 * the server), reorder with buttons (keyboard and screen-reader friendly, no dragging needed), group
 * into phases, then save or assign.
 */
export function ProgramBuilder({ versionId, initial, choices }: { versionId: string; initial: BuilderLine[]; choices: ExerciseChoice[] }) {
  const router = useRouter();
  const pathname = usePathname();
  const [rows, setRows] = useState<Row[]>(() => initial.map(toRow));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [toAdd, setToAdd] = useState("");
  const live = useRef<HTMLParagraphElement>(null);
  const byCode = useMemo(() => new Map(choices.map((c) => [c.code, c])), [choices]);
  const schema = useMemo(() => prescriptionItemSchema((code) => byCode.get(code)), [byCode]);

  const announce = (text: string) => { if (live.current) live.current.textContent = text; };
  const update = (key: string, field: keyof Row, value: string) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, [field]: value } : r)));
  const move = (index: number, by: -1 | 1) => setRows((rs) => {
    const to = index + by;
    if (to < 0 || to >= rs.length) return rs;
    const next = [...rs];
    [next[index], next[to]] = [next[to], next[index]];
    announce(`${byCode.get(next[to].exerciseCode)?.name ?? "Exercise"} moved to position ${to + 1} of ${rs.length}.`);
    return next;
  });
  const remove = (index: number) => setRows((rs) => {
    announce(`${byCode.get(rs[index].exerciseCode)?.name ?? "Exercise"} removed.`);
    return rs.filter((_, i) => i !== index);
  });
  function add() {
    const ex = byCode.get(toAdd);
    if (!ex) return;
    setRows((rs) => [...rs, toRow({
      exerciseCode: ex.code, side: ex.paired ? "BIL" : "NA", sets: ex.defaultSets, reps: ex.defaultReps, holdSeconds: ex.defaultHoldSeconds,
      durationSeconds: ex.defaultDurationSeconds, timesPerDay: ex.defaultTimesPerDay, daysPerWeek: ex.defaultDaysPerWeek,
      phase: rs.length ? rs[rs.length - 1].phase : "1",
    })]);
    announce(`${ex.name} added at position ${rows.length + 1}.`);
    setToAdd("");
  }

  function check(): Record<string, unknown>[] | null {
    const found: Record<string, string> = {};
    const items = rows.map(toItem);
    items.forEach((item, i) => {
      const r = schema.safeParse(item);
      if (!r.success) for (const issue of r.error.issues) found[`${i}.${issue.path.join(".") || "exerciseCode"}`] ??= issue.message;
    });
    setErrors(found);
    return Object.keys(found).length ? null : items;
  }

  // Exercises not advised for this patient (the server's precaution check), and the clinician's reason to go ahead.
  const [precautions, setPrecautions] = useState<string[] | null>(null);
  const [override, setOverride] = useState("");

  async function save(thenAssign: boolean) {
    setMessage(null);
    const items = check();
    if (!items) { setMessage({ tone: "error", text: "Please correct the highlighted exercises." }); return; }
    if (thenAssign && items.length === 0) { setMessage({ tone: "error", text: "Add at least one exercise before assigning the program." }); return; }
    setBusy(true);
    try {
      const saved = await saveProgramDraft({ versionId, items });
      if (!saved.ok) {
        const found: Record<string, string> = {};
        for (const [k, m] of Object.entries(saved.fieldErrors ?? {})) if (k.startsWith("items.")) found[k.slice(6)] = m[0];
        setErrors(found);
        setMessage({ tone: "error", text: saved.error });
        return;
      }
      if (!thenAssign) { setMessage({ tone: "success", text: "Draft saved." }); router.refresh(); return; }
      const assigned = await assignProgram({ versionId, ...(override.trim() ? { precautionOverride: override } : {}) });
      if (!assigned.ok) {
        setPrecautions(assigned.fieldErrors?.precautionOverride ?? null);
        setMessage({ tone: "error", text: assigned.error });
        return;
      }
      // The draft becomes the current version and this builder goes away: the page shows the confirmation.
      router.replace(`${pathname}?assigned=${assigned.data.version}`);
    } catch {
      setMessage({ tone: "error", text: "The server could not be reached. Nothing is lost: try again." });
    } finally {
      setBusy(false);
    }
  }

  const groups = new Map<string, ExerciseChoice[]>();
  for (const c of choices.filter((c) => c.status === "active")) groups.set(c.region, [...(groups.get(c.region) ?? []), c]);

  return (
    <div className="space-y-4">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <p ref={live} aria-live="polite" className="sr-only" />
      {rows.length === 0 && <p>No exercises yet: add the first one below.</p>}
      <ol className="space-y-4">
        {rows.map((row, i) => {
          const ex = byCode.get(row.exerciseCode);
          const name = ex?.name ?? row.exerciseCode;
          const err = (f: string) => errors[`${i}.${f}`];
          return (
            <li key={row.key}>
              <fieldset className="rounded-lg border border-slate-300 bg-white p-4">
                <legend className="px-1 font-semibold">{i + 1}. {name}</legend>
                {ex && <p className="mb-2 text-sm text-slate-700">{REGION_LABELS[ex.region as HepRegion] ?? ex.region} · {CATEGORY_LABELS[ex.category as HepCategory] ?? ex.category}{ex.status === "retired" ? " · retired" : ""}</p>}
                {err("exerciseCode") && <p className="mb-2 text-sm font-medium text-red-700">{err("exerciseCode")}</p>}
                <div className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-6">
                  <SelectField label="Phase" name={`phase-${row.key}`} options={PHASES} value={row.phase} error={err("phase")} onChange={(e) => update(row.key, "phase", e.target.value)} />
                  {ex?.paired
                    ? <SelectField label="Side" name={`side-${row.key}`} options={SIDES} value={row.side} error={err("side")} onChange={(e) => update(row.key, "side", e.target.value)} />
                    : <p className="self-end pb-2 text-sm text-slate-700">Not one-sided</p>}
                  <TextField label="Sets" name={`sets-${row.key}`} type="number" inputMode="numeric" value={row.sets} error={err("sets")} onChange={(e) => update(row.key, "sets", e.target.value)} />
                  {ex?.doseKind === "REPS" && <>
                    <TextField label="Reps" name={`reps-${row.key}`} type="number" inputMode="numeric" value={row.reps} error={err("reps")} onChange={(e) => update(row.key, "reps", e.target.value)} />
                    <TextField label="Hold per rep (seconds)" name={`rh-${row.key}`} type="number" inputMode="numeric" value={row.repHoldSeconds} error={err("repHoldSeconds")} onChange={(e) => update(row.key, "repHoldSeconds", e.target.value)} />
                  </>}
                  {ex?.doseKind === "HOLD" && <TextField label="Hold (seconds)" name={`hold-${row.key}`} type="number" inputMode="numeric" value={row.holdSeconds} error={err("holdSeconds")} onChange={(e) => update(row.key, "holdSeconds", e.target.value)} />}
                  {ex?.doseKind === "DURATION" && <TextField label="Duration (seconds)" name={`dur-${row.key}`} type="number" inputMode="numeric" value={row.durationSeconds} error={err("durationSeconds")} onChange={(e) => update(row.key, "durationSeconds", e.target.value)} />}
                  <TextField label="Times per day" name={`tpd-${row.key}`} type="number" inputMode="numeric" value={row.timesPerDay} error={err("timesPerDay")} onChange={(e) => update(row.key, "timesPerDay", e.target.value)} />
                  <TextField label="Days per week" name={`dpw-${row.key}`} type="number" inputMode="numeric" value={row.daysPerWeek} error={err("daysPerWeek")} onChange={(e) => update(row.key, "daysPerWeek", e.target.value)} />
                </div>
                <div className="mt-3">
                  <TextField label="Notes for the patient" name={`notes-${row.key}`} hint="e.g. stop if pain goes above 3/10" value={row.notes} error={err("notes")} onChange={(e) => update(row.key, "notes", e.target.value)} />
                </div>
                <div className="mt-3 flex flex-wrap gap-2">
                  <Button variant="secondary" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move ${name} up`}>Move up</Button>
                  <Button variant="secondary" disabled={i === rows.length - 1} onClick={() => move(i, 1)} aria-label={`Move ${name} down`}>Move down</Button>
                  <Button variant="danger" onClick={() => remove(i)} aria-label={`Remove ${name}`}>Remove</Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap items-end gap-3 rounded-lg border border-dashed border-slate-400 p-4">
        <div className="min-w-64 grow">
          <label htmlFor="add-exercise" className="block text-sm font-semibold">Exercise to add</label>
          <select id="add-exercise" value={toAdd} onChange={(e) => setToAdd(e.target.value)} className="mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 text-base">
            <option value="">Choose an exercise…</option>
            {[...groups].map(([region, list]) => (
              <optgroup key={region} label={REGION_LABELS[region as HepRegion] ?? region}>
                {list.map((c) => <option key={c.code} value={c.code}>{c.name} ({c.code})</option>)}
              </optgroup>
            ))}
          </select>
        </div>
        <Button variant="secondary" onClick={add} disabled={!toAdd}>Add exercise</Button>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" pending={busy} onClick={() => void save(false)}>Save draft</Button>
        <Button pending={busy} onClick={() => void save(true)}>Assign to the patient</Button>
      </div>
      {precautions && (
        <div className="space-y-3 rounded-lg border-2 border-amber-600 bg-white p-4">
          <h3 className="font-semibold">Not advised for this patient</h3>
          <ul className="list-disc space-y-1 pl-5">{precautions.map((p, i) => <li key={i}>{p}</li>)}</ul>
          <TextAreaField label="Reason to assign anyway" name="precautionOverride" rows={2} value={override}
            hint="Stored in the audit log with the assignment." onChange={(e) => setOverride(e.target.value)} />
        </div>
      )}
    </div>
  );
}
