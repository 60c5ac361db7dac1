"use client";
import { GRADE_SCALES } from "@/lib/domain/exams/catalogue/scales";
import type { ExamItem } from "@/lib/domain/exams/catalogue/types";
import { romStatus } from "@/lib/domain/exams/rom-status";
import type { Entry } from "./exam-state";

const RESULTS = [["", "Not tested"], ["POS", "Positive"], ["NEG", "Negative"], ["EQUIV", "Equivocal"], ["UTP", "Unable to perform"]];
const MOBILITY = [["", "Not tested"], ["HYPOMOBILE", "Hypomobile"], ["NORMAL", "Normal"], ["HYPERMOBILE", "Hypermobile"]];
const control = "min-h-11 rounded-md border border-slate-500 bg-white px-2 text-base";

type Props = { item: ExamItem; name: string; sideLabel: string; entry: Entry | undefined; error?: string; onChange: (e: Entry) => void };

/** The inputs of one item for one side (or site), by the kind of result the catalogue declares. */
export function ItemInputs({ item, name, sideLabel, entry, error, onChange }: Props) {
  const e = entry ?? { value: "" };
  const id = `f-${name.replace(/[^a-zA-Z0-9]/g, "-")}`;
  const set = (patch: Partial<Entry>) => onChange({ ...e, ...patch });
  const setExtra = (k: string, v: string) => set({ extras: { ...e.extras, [k]: v } });
  const r = item.result;
  const label = (text: string, htmlFor: string) => <label htmlFor={htmlFor} className="block text-xs font-semibold text-slate-700">{text}</label>;
  let main: React.ReactNode = null;
  if (r.kind === "test_result" || r.kind === "mobility") {
    const opts = r.kind === "mobility" ? MOBILITY : RESULTS;
    main = (
      <div>
        {label(sideLabel, id)}
        <select id={id} className={control} value={e.value} aria-label={`${item.label}, ${sideLabel}`} aria-invalid={error ? true : undefined} onChange={(ev) => set({ value: ev.target.value })}>
          {opts.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </select>
        {r.kind === "test_result" && r.familiarPain !== "none" && e.value === "POS" && (
          <label className="mt-1 flex min-h-11 items-center gap-2 text-sm">
            <input type="checkbox" className="size-5" checked={e.familiarPain ?? false} onChange={(ev) => set({ familiarPain: ev.target.checked })} />
            Familiar pain<span className="sr-only"> ({item.label}, {sideLabel})</span>
          </label>
        )}
      </div>
    );
  } else if (r.kind === "grade") {
    const scale = GRADE_SCALES[r.scale];
    main = (
      <div>
        {label(sideLabel, id)}
        <select id={id} className={control} value={e.value} aria-label={`${item.label}, ${sideLabel}`} onChange={(ev) => set({ value: ev.target.value })}>
          <option value="">Not tested</option>
          {scale.grades.map((g) => <option key={g.value} value={String(g.value)}>{g.display} — {g.meaning}</option>)}
        </select>
      </div>
    );
  } else if (r.kind === "enum") {
    main = (
      <div>
        {label(sideLabel, id)}
        <select id={id} className={control} value={e.value} aria-label={`${item.label}, ${sideLabel}`} onChange={(ev) => set({ value: ev.target.value })}>
          <option value="">Not tested</option>
          {r.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </div>
    );
  } else if (r.kind === "level") {
    main = (
      <div className="flex flex-wrap gap-2">
        <div>
          {label("High side", `${id}-high`)}
          <select id={`${id}-high`} className={control} value={e.highSide ?? ""} aria-label={`${item.label}, high side`} onChange={(ev) => set({ highSide: ev.target.value, value: ev.target.value === "LEVEL" ? "0" : e.value })}>
            <option value="">Not tested</option><option value="LEVEL">Level</option><option value="L">Left high</option><option value="R">Right high</option>
          </select>
        </div>
        <div>
          {label("Difference (mm)", id)}
          <input id={id} type="number" inputMode="decimal" min={0} max={r.diffMm.max} className={`${control} w-24`} value={e.value} aria-label={`${item.label}, difference in mm`} onChange={(ev) => set({ value: ev.target.value })} />
        </div>
      </div>
    );
  } else if (r.kind === "degrees" || r.kind === "mm" || r.kind === "count") {
    const readings = item.extras?.some((x) => x.key === "reading_1_mm");
    const status = e.value !== "" && !readings && r.kind !== "count" ? romStatus(item.code, Number(e.value)) : null;
    main = readings ? (
      <div className="flex flex-wrap gap-2">
        {["reading_1_mm", "reading_2_mm"].map((k, i) => (
          <div key={k}>
            {label(`${sideLabel}: reading ${i + 1} (mm)`, `${id}-${k}`)}
            <input id={`${id}-${k}`} type="number" inputMode="decimal" className={`${control} w-28`} value={e.extras?.[k] ?? ""} onChange={(ev) => setExtra(k, ev.target.value)} />
          </div>
        ))}
      </div>
    ) : (
      <div>
        {label(`${sideLabel} (${r.kind === "degrees" ? "°" : r.kind === "mm" ? "mm" : "count"})`, id)}
        <input id={id} type="number" inputMode="decimal" className={`${control} w-24`} value={e.value} aria-label={`${item.label}, ${sideLabel}`} aria-invalid={error ? true : undefined} onChange={(ev) => set({ value: ev.target.value })} />
        {"referenceNote" in r && r.referenceNote && <p className="text-xs text-slate-700">Normal: {r.referenceNote}</p>}
        {status && status.status !== "normal" && <p className={`text-xs ${status.status === "refused" ? "text-red-700" : "text-amber-800"}`}>{status.message}</p>}
      </div>
    );
  }
  const angle = item.extras?.find((x) => x.kind === "number" && x.key === "angle_deg");
  return (
    <div>
      {main}
      {angle && e.value === "POS" && (
        <div className="mt-1">
          {label(`Angle (°), ${sideLabel}`, `${id}-angle`)}
          <input id={`${id}-angle`} type="number" className={`${control} w-24`} value={e.extras?.angle_deg ?? ""} onChange={(ev) => setExtra("angle_deg", ev.target.value)} />
        </div>
      )}
      {error && <p role="alert" className="mt-1 text-sm font-medium text-red-700">{error}</p>}
    </div>
  );
}
