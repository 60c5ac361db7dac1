"use client";
import { ActionButton } from "@/components/forms/action-button";
import type { ActionOutcome } from "@/components/forms/use-action-form";

type FeedInput = { owner: "patient" | "clinician"; patientId: string; revoke: boolean };

/** Create/replace (the new secret link is shown once) or turn off a personal calendar feed. */
export function FeedControls({ action, owner, patientId, live }: {
  action: (input: FeedInput) => Promise<ActionOutcome<{ url: string | null }>>;
  owner: "patient" | "clinician";
  patientId: string;
  live: boolean;
}) {
  return (
    <div className="space-y-3">
      <p className="text-sm">{live ? "A calendar link is active. Replacing it stops the old link at once." : "No calendar link is active."}</p>
      <ActionButton action={action} input={{ owner, patientId, revoke: false }} label={live ? "Replace calendar link" : "Create calendar link"}
        done="Copy this link into your calendar app now; it will not be shown again." showLink="url" variant="primary" />
      {live && <ActionButton action={action} input={{ owner, patientId, revoke: true }} label="Turn off calendar link" done="The calendar link no longer works." variant="secondary" />}
    </div>
  );
}
