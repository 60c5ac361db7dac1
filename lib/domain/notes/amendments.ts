/**
 * Addenda, corrections and late entries (DOMAIN.md §8.3, V20): a signed note is never edited;
 * each change is a separate signed child record with its label, author, reason and the actual
 * time of writing. `checkNewAmendment` says what is wrong with one before it is signed, and what
 * the compliance reviewer should see.
 */

export const AMENDMENT_KINDS = ["ADDENDUM", "CORRECTION", "LATE_ENTRY"] as const;
export type AmendmentKind = (typeof AMENDMENT_KINDS)[number];

export const AMENDMENT_RULES: Readonly<Record<AmendmentKind, { label: string; when: string; requires: readonly string[] }>> = {
  ADDENDUM: {
    label: "ADDENDUM", when: "Add information that was available at the time of service but omitted, or clarify it",
    requires: ["reference to the original note", "current date and time", "author name and credentials", "reason", "added content", "signature"],
  },
  CORRECTION: {
    label: "CORRECTION", when: "The original contains incorrect information",
    requires: ["the erroneous text", "the corrected text", "reason", "author", "current date and time", "signature"],
  },
  LATE_ENTRY: {
    label: "LATE ENTRY", when: "A service or observation documented after the normal time frame",
    requires: ["actual date and time of writing", "date and time of the event", "reason for the delay", "author signature", "written from the author's own recollection or notes"],
  },
};

interface AmendmentBase {
  /** The original note (its visit id / date of service are shown with the amendment). */
  noteId: string;
  dateOfService: string;
  /** Stamped by the server when the record is created: never typed, never back-dated. */
  writtenAt: string;
  author: { userId: string; name: string; credentials: string };
}

export type Amendment =
  | (AmendmentBase & { kind: "ADDENDUM"; reason: string; content: string })
  | (AmendmentBase & { kind: "CORRECTION"; reason: string; erroneousText: string; correctedText: string })
  | (AmendmentBase & { kind: "LATE_ENTRY"; eventAt: string; reasonForDelay: string; content: string; fromOwnRecollection: boolean });

export interface OriginalNote {
  status: "DRAFT" | "SIGNED";
  signedAt?: string;
  /** The original's text, to confirm a correction quotes it exactly. */
  text?: string;
  claimStatus?: "NOT_SUBMITTED" | "SUBMITTED" | "PAID" | "DENIED" | "AUDIT_REQUESTED";
}

export interface AmendmentSettings {
  /** Auditors expect addenda within days of the visit; later ones go to compliance review. */
  promptDays: number;
  /** Documentation written this long after the event is a late entry. */
  lateEntryAfterHours: number;
  /** Allowed clock difference between `writtenAt` and now. */
  clockSkewMinutes: number;
}

export const DEFAULT_AMENDMENT_SETTINGS: AmendmentSettings = { promptDays: 7, lateEntryAfterHours: 24, clockSkewMinutes: 5 };

export interface AmendmentCheck {
  errors: string[];
  /** Reasons to flag the amendment for compliance review (it may still be signed). */
  complianceReview: string[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const time = (iso: string | undefined) => (iso ? Date.parse(iso) : Number.NaN);
const filled = (s: string | undefined, min = 3) => typeof s === "string" && s.trim().length >= min;

export function checkNewAmendment(a: Amendment, original: OriginalNote, now: Date, settings: Partial<AmendmentSettings> = {}): AmendmentCheck {
  const s = { ...DEFAULT_AMENDMENT_SETTINGS, ...settings };
  const errors: string[] = [];
  const review: string[] = [];
  const written = time(a.writtenAt);
  // Credentials are short ("DC", "PT"); a name needs at least two characters too.
  if (!filled(a.author.name, 2) || !filled(a.author.credentials, 2)) errors.push("The author's name and credentials are required");
  if (Number.isNaN(written)) errors.push("The time of writing is missing");
  else if (Math.abs(written - now.getTime()) > s.clockSkewMinutes * 60_000) errors.push("The time of writing must be the actual current time (no back- or forward-dating)");

  if (a.kind === "ADDENDUM" || a.kind === "CORRECTION") {
    if (original.status !== "SIGNED") errors.push("The note is still a draft: edit it directly instead of adding an amendment");
    else if (written < time(original.signedAt)) errors.push("An amendment cannot be dated before the note was signed");
    if (!filled(a.reason)) errors.push("Give the reason for the amendment");
  }
  if (a.kind === "ADDENDUM" && !filled(a.content)) errors.push("Write the information being added");
  if (a.kind === "CORRECTION") {
    if (!filled(a.erroneousText)) errors.push("Quote the incorrect text");
    else if (original.text !== undefined && !original.text.includes(a.erroneousText)) errors.push("The incorrect text must be quoted exactly as it appears in the note");
    if (!filled(a.correctedText)) errors.push("Give the corrected text");
    else if (a.correctedText.trim() === a.erroneousText.trim()) errors.push("The corrected text is the same as the original");
  }
  if (a.kind === "LATE_ENTRY") {
    const event = time(a.eventAt);
    if (Number.isNaN(event)) errors.push("Give the date and time of the event described");
    else if (event > written) errors.push("The event cannot be after the time of writing");
    else if (written - event < s.lateEntryAfterHours * HOUR) errors.push(`Written within ${s.lateEntryAfterHours} h of the event: this is not a late entry, write the note normally`);
    if (!filled(a.reasonForDelay)) errors.push("Give the reason for the delay");
    if (!filled(a.content)) errors.push("Write the late entry");
    if (!a.fromOwnRecollection) errors.push("A late entry may only be written from the author's own recollection or notes");
  }

  if (original.claimStatus === "DENIED" || original.claimStatus === "AUDIT_REQUESTED") {
    review.push(`Written after a claim ${original.claimStatus === "DENIED" ? "denial" : "audit request"}`);
  }
  const dos = time(a.dateOfService);
  if (!Number.isNaN(dos) && !Number.isNaN(written) && written - dos > s.promptDays * DAY) review.push(`Written more than ${s.promptDays} days after the date of service`);
  return { errors, complianceReview: review };
}

/** §8.3 patient-requested amendments (HIPAA): act within 60 days, one 30-day extension with notice. */
export const PATIENT_AMENDMENT_STATUSES = ["RECEIVED", "ACCEPTED", "DENIED", "DISAGREEMENT_FILED"] as const;

export function patientAmendmentDueDate(receivedOn: string, extended = false): string {
  const d = new Date(`${receivedOn}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 60 + (extended ? 30 : 0));
  return d.toISOString().slice(0, 10);
}
