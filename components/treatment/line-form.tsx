"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { addTreatmentLine, updateTreatmentLine } from "@/lib/actions/treatment";
import { COMPONENTS, findComponent } from "@/lib/domain/treatment/components/catalogue";
import { defaultParams } from "@/lib/domain/treatment/line-schema";
import { LINE_RESPONSES, PATIENT_POSITIONS, SIDES } from "@/lib/domain/treatment/types";
import { TreatmentLineInput } from "@/lib/validation/treatment";
import { positionLabel, responseLabel } from "./line-summary";
import { ParamInput, paramsFrom, rawFrom, type RawValue } from "./param-input";

type Initial = {
  lineId: string; componentCode: string; side: string | null; params: Record<string, unknown>; minutes: number | null; overrideReason: string | null;
  position?: string | null; response?: string | null; preNprs?: number | null; postNprs?: number | null;
};
type Errors = Record<string, string | undefined>;
type LineResult = { ok: true } | { ok: false; error: string; code?: string; fieldErrors?: Record<string, string[]> };
type LineValue = Omit<z.infer<typeof TreatmentLineInput>, "side"> & { side?: string };

const COMPONENT_OPTIONS = COMPONENTS.map((c) => ({ value: c.code, label: c.label }));
const SIDE_OPTIONS = SIDES.map((s) => ({ value: s, label: s }));
const POSITION_OPTIONS = PATIENT_POSITIONS.map((p) => ({ value: p, label: positionLabel(p) }));
const RESPONSE_OPTIONS = LINE_RESPONSES.map((r) => ({ value: r, label: responseLabel(r) }));
const numberOrEmpty = (n: number | null | undefined) => (n !== null && n !== undefined ? String(n) : "");

/**
 * Add a line (choose the component, then its parameters) or edit one. Checked here with the same
 * zod schema the server uses, so most mistakes never leave the browser; the server's scope and
 * contraindication refusals come back as messages next to the component or the override reason.
 */
export function LineForm({ visitId, initial, onDone, onSubmitLine, forProtocol = false }: {
  visitId?: string; initial?: Initial; onDone?: () => void;
  /** Protocol editor: the line goes to this callback instead of a visit ("AFFECTED" side allowed, no response fields). */
  onSubmitLine?: (line: LineValue) => Promise<LineResult>;
  forProtocol?: boolean;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [code, setCode] = useState(initial?.componentCode ?? "");
  const component = findComponent(code);
  const [raw, setRaw] = useState<Record<string, RawValue>>(() => (initial && component ? rawFrom(component.params, initial.params) : {}));
  const [side, setSide] = useState(initial?.side ?? "");
  const [minutes, setMinutes] = useState(numberOrEmpty(initial?.minutes));
  const [position, setPosition] = useState(initial?.position ?? "");
  const [response, setResponse] = useState(initial?.response ?? "");
  const [preNprs, setPreNprs] = useState(numberOrEmpty(initial?.preNprs));
  const [postNprs, setPostNprs] = useState(numberOrEmpty(initial?.postNprs));
  const [override, setOverride] = useState(initial?.overrideReason ?? "");
  const [askOverride, setAskOverride] = useState(Boolean(initial?.overrideReason));
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  function choose(next: string) {
    setCode(next);
    const c = findComponent(next);
    setRaw(c ? rawFrom(c.params, defaultParams(next)) : {});
    setMinutes(c?.minutes?.default !== undefined ? String(c.minutes.default) : "");
    setErrors({});
    setProblem(null);
  }

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setProblem(null);
    setSaved(null);
    const line = {
      componentCode: code, params: component ? paramsFrom(component.params, raw) : {},
      ...(side ? { side } : {}), ...(minutes !== "" ? { minutes: Number(minutes) } : {}), ...(position ? { position } : {}),
      ...(response ? { response } : {}), ...(preNprs !== "" ? { preNprs: Number(preNprs) } : {}), ...(postNprs !== "" ? { postNprs: Number(postNprs) } : {}),
      ...(override.trim() ? { override: { reason: override } } : {}),
    };
    // "Affected side" is resolved when the protocol is applied; check the line as if it were the left.
    const local = TreatmentLineInput.safeParse(side === "AFFECTED" ? { ...line, side: "L" } : line);
    if (!local.success) {
      setErrors(Object.fromEntries(local.error.issues.map((i) => [i.path.join("."), i.message])));
      setProblem("Please correct the highlighted fields.");
      return;
    }
    setErrors({});
    start(async () => {
      const value: LineValue = side === "AFFECTED" ? { ...local.data, side: "AFFECTED" } : local.data;
      const call = onSubmitLine ? onSubmitLine(value) : initial ? updateTreatmentLine({ lineId: initial.lineId, line: local.data }) : addTreatmentLine({ visitId: visitId ?? "", line: local.data });
      const r = await call.catch(() => null);
      if (!r) return setProblem("The server could not be reached. Your entries are kept; try again.");
      if (r.ok) {
        setSaved(initial ? "Line saved." : "Line added.");
        if (!initial) choose("");
        if (!onSubmitLine) router.refresh();
        onDone?.();
        return;
      }
      const fe = Object.fromEntries(Object.entries(r.fieldErrors ?? {}).map(([k, m]) => [k.replace(/^line\./, ""), m[0]]));
      if (fe["override.reason"]) setAskOverride(true);
      setErrors(fe);
      setProblem(r.code === "session_expired" ? "Your session has ended: sign in again, then retry." : r.error);
    });
  }

  const err = (k: string) => errors[k];
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {problem && <Alert tone="error">{problem}</Alert>}
      {saved && <Alert tone="success">{saved}</Alert>}
      {!initial && <SelectField label="Treatment component" name="componentCode" placeholder="Choose…" options={COMPONENT_OPTIONS} value={code} error={err("componentCode")} onChange={(e) => choose(e.target.value)} />}
      {initial && err("componentCode") && <Alert tone="error">{err("componentCode")}</Alert>}
      {component && (
        <>
          <div className="grid gap-4 sm:grid-cols-2">
            {component.params.map((spec) => (
              <ParamInput key={spec.key} spec={spec} value={raw[spec.key]} error={err(`params.${spec.key}`)} onChange={(v) => setRaw((r) => ({ ...r, [spec.key]: v }))} />
            ))}
            <SelectField label="Side" name="side" placeholder="—" value={side} error={err("side")} onChange={(e) => setSide(e.target.value)}
              options={forProtocol ? [{ value: "AFFECTED", label: "Affected side (chosen when applied)" }, ...SIDE_OPTIONS] : SIDE_OPTIONS} />
            <TextField label="Minutes" name="minutes" type="number" min={0} max={240} value={minutes} error={err("minutes")}
              hint={component.minutes ? `${component.minutes.range.min}–${component.minutes.range.max} min` : undefined} onChange={(e) => setMinutes(e.target.value)} />
            <SelectField label="Patient position" name="position" placeholder="—" options={POSITION_OPTIONS} value={position} error={err("position")} onChange={(e) => setPosition(e.target.value)} />
            {!forProtocol && (
              <>
                <SelectField label="Patient response" name="response" placeholder="—" options={RESPONSE_OPTIONS} value={response} error={err("response")} onChange={(e) => setResponse(e.target.value)} />
                <TextField label="Pain before (0–10)" name="preNprs" type="number" min={0} max={10} value={preNprs} error={err("preNprs")} onChange={(e) => setPreNprs(e.target.value)} />
                <TextField label="Pain after (0–10)" name="postNprs" type="number" min={0} max={10} value={postNprs} error={err("postNprs")} onChange={(e) => setPostNprs(e.target.value)} />
              </>
            )}
          </div>
          {askOverride && (
            <TextAreaField label="Override reason" name="override" rows={2} value={override} error={err("override.reason")}
              hint="Why this treatment is appropriate despite the caution; stored with the line and audited." onChange={(e) => setOverride(e.target.value)} />
          )}
          <Button type="submit" variant="primary" pending={pending}>{initial ? "Save line" : forProtocol ? "Add to the protocol" : "Add line"}</Button>
        </>
      )}
    </form>
  );
}
