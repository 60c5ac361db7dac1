"use client";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EXAM_ITEMS } from "@/lib/domain/exams/catalogue/catalogue";
import { commonForRegion } from "@/lib/domain/exams/catalogue/common-for-region";
import type { ExamGroup, ExamItem, ExamRegion } from "@/lib/domain/exams/catalogue/types";
import { laslettCluster } from "@/lib/domain/exams/laslett";
import type { ExamFinding } from "@/lib/domain/exams/finding";
import { saveExam } from "@/lib/actions/exams";
import { keyOf, toFindings, toState, type Entry, type ExamState } from "./exam-state";
import { ItemInputs } from "./item-inputs";

const GROUP_LABELS: Record<ExamGroup, string> = {
  observation: "Observation", pelvic_level: "Pelvic level", sij_mobility: "SI joint mobility", leg_length: "Leg length", rom: "Range of motion",
  muscle_length: "Muscle length", palpation: "Palpation and trigger points", neuro: "Neurological screen", special_test: "Special tests",
};

type Stored = ExamFinding & { extras?: Record<string, unknown> };

// Pelvic level before general observation, so the landmark heights sit under their own heading.
const GROUP_ORDER: ExamGroup[] = ["pelvic_level", "sij_mobility", "leg_length", "rom", "muscle_length", "special_test", "palpation", "neuro", "observation"];

/** Items of a group, the common ones for the presenting regions first; each item appears in its first group only. */
function orderedGroups(regions: ExamRegion[]) {
  const placed = new Set<string>();
  return GROUP_ORDER.map((group) => {
    const common = regions.flatMap((r) => commonForRegion(r, group).filter((i) => i.groups.includes(group)));
    const rest = EXAM_ITEMS.filter((i) => i.groups.includes(group));
    const items = [...common, ...rest].filter((i) => i.result.kind !== "derived" && !i.code.endsWith("-DIFF") && !placed.has(i.code) && (placed.add(i.code), true));
    return { group, items };
  }).filter((g) => g.items.length > 0);
}

function cells(item: ExamItem): { side: string; site?: string; label: string }[] {
  if (item.sites) return item.sites.flatMap((s) => (s.paired ? [["L", "left"], ["R", "right"]] : [["NA", ""]]).map(([side, l]) => ({ side, site: s.id, label: `${s.label}${l ? `, ${l}` : ""}` })));
  if (item.result.kind === "level") return [{ side: "NA", label: "" }];
  return item.paired ? [{ side: "L", label: "Left" }, { side: "R", label: "Right" }] : [{ side: "NA", label: "Result" }];
}

/**
 * The examination of one visit: only what is filled in is stored ("not tested" is not negative),
 * common tests for the presenting region come first, and the last exam can be copied forward.
 */
export function ExamEditor({ visitId, initial, previous, regions }: { visitId: string; initial: Stored[]; previous: Stored[] | null; regions: ExamRegion[] }) {
  const router = useRouter();
  const [state, setState] = useState<ExamState>(() => toState(initial));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: "success" | "error" | "info"; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  const groups = useMemo(() => orderedGroups(regions), [regions]);
  const set = (key: string, e: Entry) => setState((s) => ({ ...s, [key]: e }));

  const laslett = laslettCluster(toFindings(state).map(({ finding }) => ({ ...(finding as unknown as ExamFinding), unit: null })));

  async function save() {
    setPending(true);
    setMessage(null);
    const list = toFindings(state);
    const r = await saveExam({ visitId, findings: list.map((x) => x.finding) as never }).catch(() => null);
    setPending(false);
    if (!r) return setMessage({ tone: "error", text: "The server could not be reached. Nothing is lost: try again." });
    if (r.ok) {
      setErrors({});
      setMessage({ tone: "success", text: `Exam saved: ${r.data.saved} findings.` });
      router.refresh();
      return;
    }
    const next: Record<string, string> = {};
    for (const [path, msgs] of Object.entries(r.fieldErrors ?? {})) {
      const m = path.match(/^findings\.(\d+)\./);
      if (m) next[list[Number(m[1])].key] = msgs[0];
    }
    setErrors(next);
    setMessage({ tone: "error", text: r.code === "session_expired" ? "Your session has ended: sign in again in another tab, then save; nothing here is lost." : `${r.error} ${Object.keys(next).length ? "See the highlighted tests." : ""}` });
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap gap-3">
        {previous && previous.length > 0 && (
          <Button variant="secondary" onClick={() => { setState(toState(previous)); setMessage({ tone: "info", text: "Copied from the last exam: change what differs today, then save." }); }}>
            Copy from last exam
          </Button>
        )}
        <Button onClick={save} pending={pending}>Save exam</Button>
      </div>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      {groups.map(({ group, items }) => {
        const recorded = items.filter((i) => Object.keys(state).some((k) => k.startsWith(`${i.code}|`) && (state[k].value !== "" || state[k].extras))).length;
        return (
          <details key={group} open={group !== "palpation" && group !== "neuro"} className="rounded-lg border border-slate-200 bg-white">
            <summary className="flex min-h-11 cursor-pointer items-center px-4 text-lg font-semibold">
              {GROUP_LABELS[group]} <span className="ml-2 text-sm font-normal text-slate-700">({recorded} recorded)</span>
            </summary>
            <ul className="divide-y divide-slate-200 px-4 pb-4">
              {group === "special_test" && (
                <li className="py-3 text-sm"><strong>Laslett SI cluster:</strong> {laslett.message}</li>
              )}
              {items.map((item) => (
                <li key={item.code} className="py-3">
                  <fieldset>
                    <legend className="font-medium">{item.label}{item.lowReliability ? <span className="text-sm font-normal text-slate-700"> (clinician estimate)</span> : null}</legend>
                    {item.summary && <p className="text-sm text-slate-700">{item.summary}</p>}
                    <div className="mt-2 flex flex-wrap gap-4">
                      {cells(item).map((c) => {
                        const key = keyOf(item.code, c.side, c.site);
                        return <ItemInputs key={key} item={item} name={key} sideLabel={c.label} entry={state[key]} error={errors[key]} onChange={(e) => set(key, e)} />;
                      })}
                    </div>
                  </fieldset>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
      <Button onClick={save} pending={pending}>Save exam</Button>
    </div>
  );
}
