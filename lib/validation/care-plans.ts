import { z } from "zod";
import { GOAL_MEASURES, OUTCOME_CODES } from "@/lib/domain/care-plans/goals";
import { addDaysIso } from "@/lib/domain/care-plans/plan";
import { optionalText, requiredText, text, uuid } from "./common";
import { isoDate } from "./dates";

/** "" from an empty number box means "not given", not 0. */
const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const int = (label: string, min: number, max: number) =>
  z.coerce.number({ error: `${label} must be a number` }).int(`${label} must be a whole number`)
    .min(min, `${label} must be at least ${min}`).max(max, `${label} must be at most ${max}`);
const optionalInt = (label: string, min: number, max: number) => z.preprocess(blankToUndefined, int(label, min, max).optional());
const num = (label: string) => z.preprocess(blankToUndefined, z.coerce.number({ error: `${label} must be a number` }).refine(Number.isFinite, `${label} must be a number`));
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export const GOAL_TYPES = ["SHORT_TERM", "LONG_TERM"] as const;
export const GOAL_DOMAINS = ["PAIN", "FUNCTION", "PARTICIPATION", "IMPAIRMENT", "SPORT"] as const;
export const GOAL_STATUSES = ["NOT_STARTED", "PROGRESSING", "MET", "PARTIALLY_MET", "NOT_MET", "DISCONTINUED"] as const;
export const PLAN_STATUSES = ["active", "completed", "discontinued"] as const;

export const GOAL_STATUS_LABELS: Record<(typeof GOAL_STATUSES)[number], string> = {
  NOT_STARTED: "Not started", PROGRESSING: "Progressing", MET: "Met", PARTIALLY_MET: "Partially met", NOT_MET: "Not met", DISCONTINUED: "Discontinued",
};
export const WEEKDAY_LABELS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

export const PhaseInput = z.object({
  visitsPerWeek: int("Visits per week", 1, 7),
  weeks: int("Weeks", 1, 52),
});

export const GoalInput = z.object({
  type: z.enum(GOAL_TYPES, { error: "Choose short- or long-term" }),
  domain: z.enum(GOAL_DOMAINS, { error: "Choose a domain" }),
  description: requiredText(300, "Goal"),
  measure: z.enum(GOAL_MEASURES, { error: "Choose how it is measured" }),
  baselineValue: num("Baseline"),
  targetValue: num("Target"),
  currentValue: z.preprocess(blankToUndefined, num("Current value").optional()),
  unit: requiredText(20, "Unit"),
  comparator: z.enum(["<=", ">="], { error: "Choose at most or at least" }),
  targetDate: isoDate("Target date"),
  status: z.enum(GOAL_STATUSES, { error: "Choose a status" }),
  statusReason: optionalText(200, "Reason"),
}).refine((g) => (g.comparator === "<=" ? g.targetValue <= g.baselineValue : g.targetValue >= g.baselineValue), {
  message: "The target must be an improvement on the baseline", path: ["targetValue"],
}).refine((g) => g.status !== "DISCONTINUED" || Boolean(g.statusReason), { message: "Say why the goal was discontinued", path: ["statusReason"] });

export const CarePlanInput = z.object({
  patientId: uuid("patient"),
  episodeId: uuid("episode"),
  /** the version the clinician started from (0 = new plan); a stale save is refused */
  baseVersion: z.coerce.number().int().min(0),
  status: z.enum(PLAN_STATUSES, { error: "Choose a status" }),
  startDate: isoDate("Start date"),
  phases: z.array(PhaseInput).min(1, "Add at least one phase").max(8, "At most 8 phases"),
  goals: z.array(GoalInput).min(1, "Add at least one SMART goal").max(12, "At most 12 goals"),
  reexamEveryVisits: optionalInt("Re-exam every (visits)", 1, 60),
  reexamEveryDays: optionalInt("Re-exam every (days)", 1, 365),
  outcomeMeasures: z.array(z.object({ measure: z.enum(OUTCOME_CODES, { error: "Choose a measure" }), everyVisits: int("Every (visits)", 1, 60) })).max(5),
  dischargeCriteria: requiredText(1000, "Discharge criteria"),
  preferredTimes: z.array(z.object({
    weekday: int("Day", 1, 7),
    time: z.string().regex(HHMM, "Use 24-hour time like 08:30"),
  })).max(7),
  changeReason: text(300, "Reason for the change").optional(),
}).superRefine((p, ctx) => {
  if (p.reexamEveryVisits === undefined && p.reexamEveryDays === undefined) {
    ctx.addIssue({ code: "custom", message: "Give a re-exam cadence in visits, days or both", path: ["reexamEveryVisits"] });
  }
  if (p.baseVersion > 0 && !p.changeReason) ctx.addIssue({ code: "custom", message: "Say why the plan changes", path: ["changeReason"] });
  // only phases within the field's own range count: a huge number must not reach date arithmetic (it throws)
  const weeks = p.phases.reduce((s, x) => s + (Number.isInteger(x.weeks) && x.weeks >= 1 && x.weeks <= 52 ? x.weeks : 0), 0);
  // nor an invalid start date (its own field reports it): the refinement still runs after a field fails
  const startOk = /^\d{4}-\d{2}-\d{2}$/.test(String(p.startDate)) && !Number.isNaN(Date.parse(`${p.startDate}T00:00:00Z`));
  const end = startOk ? addDaysIso(p.startDate, weeks * 7) : null;
  if (end) p.goals.forEach((g, i) => {
    if (g.targetDate < p.startDate || g.targetDate > end) {
      ctx.addIssue({ code: "custom", message: `The target date must fall within the plan (${p.startDate} to ${end})`, path: ["goals", i, "targetDate"] });
    }
  });
  const measures = p.outcomeMeasures.map((m) => m.measure);
  measures.forEach((m, i) => {
    if (measures.indexOf(m) !== i) ctx.addIssue({ code: "custom", message: "Each measure once", path: ["outcomeMeasures", i, "measure"] });
  });
  const days = p.preferredTimes.map((t) => t.weekday);
  days.forEach((d, i) => {
    if (days.indexOf(d) !== i) ctx.addIssue({ code: "custom", message: "Each day once", path: ["preferredTimes", i, "weekday"] });
  });
});
export type CarePlanInput = z.input<typeof CarePlanInput>;

/** Front desk: book the proposed series (the occurrences the user kept, with any alternatives accepted). */
export const BookSeriesInput = z.object({
  patientId: uuid("patient"),
  episodeId: z.preprocess(blankToUndefined, uuid("episode").optional()),
  clinicianId: uuid("clinician"),
  appointmentTypeId: uuid("appointment type"),
  roomId: z.preprocess(blankToUndefined, uuid("room").optional()),
  startsAt: z.array(z.iso.datetime({ offset: true, error: "Unknown time" })).min(1, "Keep at least one visit to book").max(60),
});
export type BookSeriesInput = z.input<typeof BookSeriesInput>;

export const QueueContactInput = z.object({
  patientId: uuid("patient"),
  episodeId: z.preprocess(blankToUndefined, uuid("episode").optional()),
  kind: z.enum(["dropped_off", "no_show"]),
  note: text(300, "Note").optional(),
});

const WINDOW = z.object({
  start: z.string().regex(HHMM, "Use 24-hour time like 07:30"),
  end: z.string().regex(HHMM, "Use 24-hour time like 10:00"),
}).refine((w) => w.start < w.end, { message: "The window must end after it starts", path: ["end"] });

export const WaitlistAddInput = z.object({
  patientId: uuid("patient"),
  clinicianIds: z.array(uuid("clinician")).max(10).default([]),
  weekdays: z.array(z.coerce.number().int().min(1).max(7)).max(7).default([]),
  timeWindows: z.array(WINDOW).max(4).default([]),
  appointmentTypeId: z.preprocess(blankToUndefined, uuid("appointment type").optional()),
  note: text(300, "Note").optional(),
});
export type WaitlistAddInput = z.input<typeof WaitlistAddInput>;

export const WaitlistRemoveInput = z.object({ entryId: uuid("waitlist entry") });

export const WaitlistBookInput = z.object({
  entryId: uuid("waitlist entry"),
  clinicianId: uuid("clinician"),
  appointmentTypeId: uuid("appointment type"),
  roomId: z.preprocess(blankToUndefined, uuid("room").optional()),
  startsAt: z.iso.datetime({ offset: true, error: "Unknown time" }),
});
