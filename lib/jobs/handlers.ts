import { deliverMessage } from "@/lib/outbox";
import type { JobHandlers } from "./worker";

/** Every job kind the worker knows. Later issues add reminders here. */
export const jobHandlers: JobHandlers = {
  "outbox.send": async (payload, { db, now }) => deliverMessage(db, String(payload.messageId), now),
};
