/**
 * The front desk's work queue: what needs scheduling, derived from plan states and appointments.
 * `now` is passed in (DESIGN.md §6) so the rules are testable at any fixed moment.
 */
import { visitsRemaining } from "./plan";

export const QUEUE_KINDS = ["no_show", "reexam_due", "book_plan", "dropped_off"] as const;
export type QueueKind = (typeof QUEUE_KINDS)[number];

export interface PlanState {
  patientId: string;
  patientName: string;
  episodeId: string;
  planStatus: "active" | "completed" | "discontinued";
  planned: number;
  done: number;
  booked: number;
  reexamDue: boolean;
  reexamDueLabel: string | null;
  reexamBooked: boolean;
  /** the latest visit or appointment (not cancelled) that has started, or null */
  lastActivityAt: Date | null;
  planCreatedAt: Date;
  hasFutureAppointment: boolean;
  /** the last time the front desk logged contacting this patient about dropping off */
  lastContactAt: Date | null;
}

export interface NoShow {
  appointmentId: string;
  patientId: string;
  patientName: string;
  episodeId: string | null;
  startsAt: Date;
  /** a live appointment was booked for the patient after the no-show (or one lies ahead) */
  rebooked: boolean;
  lastContactAt: Date | null;
}

export interface QueueItem {
  kind: QueueKind;
  patientId: string;
  patientName: string;
  episodeId: string | null;
  appointmentId?: string;
  /** what the row says, in plain words */
  detail: string;
  /** for ordering within a kind: older first */
  since: Date;
}

const DAY_MS = 86_400_000;

/** How long a no-show stays in the queue when nobody rebooks it. */
export const NO_SHOW_WINDOW_DAYS = 60;

export function queueItems(input: {
  plans: readonly PlanState[];
  noShows: readonly NoShow[];
  now: Date;
  dropOffDays: number;
}): QueueItem[] {
  const items: QueueItem[] = [];
  const nowMs = input.now.getTime();
  const dropMs = input.dropOffDays * DAY_MS;

  for (const ns of input.noShows) {
    if (ns.rebooked || ns.startsAt.getTime() > nowMs) continue;
    if (nowMs - ns.startsAt.getTime() > NO_SHOW_WINDOW_DAYS * DAY_MS) continue;
    if (ns.lastContactAt && ns.lastContactAt > ns.startsAt) continue;
    items.push({ kind: "no_show", patientId: ns.patientId, patientName: ns.patientName, episodeId: ns.episodeId, appointmentId: ns.appointmentId, detail: "Missed appointment, not rebooked", since: ns.startsAt });
  }

  for (const p of input.plans) {
    if (p.planStatus !== "active") continue;
    if (p.reexamDue && !p.reexamBooked) {
      items.push({ kind: "reexam_due", patientId: p.patientId, patientName: p.patientName, episodeId: p.episodeId, detail: p.reexamDueLabel ?? "Re-exam due", since: p.planCreatedAt });
    }
    const remaining = visitsRemaining(p);
    if (remaining > 0) {
      items.push({ kind: "book_plan", patientId: p.patientId, patientName: p.patientName, episodeId: p.episodeId, detail: `${remaining} of ${p.planned} planned visits not booked`, since: p.planCreatedAt });
    }
    const last = p.lastActivityAt ?? p.planCreatedAt;
    const quiet = nowMs - last.getTime() >= dropMs;
    const contactedSince = p.lastContactAt !== null && p.lastContactAt > last && nowMs - p.lastContactAt.getTime() < dropMs;
    if (quiet && !p.hasFutureAppointment && !contactedSince) {
      const days = Math.floor((nowMs - last.getTime()) / DAY_MS);
      items.push({ kind: "dropped_off", patientId: p.patientId, patientName: p.patientName, episodeId: p.episodeId, detail: `No visit or appointment for ${days} days`, since: last });
    }
  }

  const order = new Map(QUEUE_KINDS.map((k, i) => [k, i]));
  return items.sort((a, b) => order.get(a.kind)! - order.get(b.kind)! || a.since.getTime() - b.since.getTime() || a.patientName.localeCompare(b.patientName));
}

export const QUEUE_LABELS: Record<QueueKind, string> = {
  no_show: "No-show to rebook",
  reexam_due: "Re-exam due",
  book_plan: "Plan visits not booked",
  dropped_off: "Dropped off",
};
