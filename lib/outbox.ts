import { eq, sql } from "drizzle-orm";
import nodemailer from "nodemailer";
import type { Db, DbOrTx } from "@/db/client";
import { outboxMessages } from "@/db/schema";
import { enqueueJob } from "@/lib/jobs/queue";

export interface OutgoingMessage {
  kind: "staff_invite" | "portal_invite" | "password_reset" | "hep_assigned" | "appointment_booked" | "appointment_moved" | "appointment_cancelled" | "appointment_reminder";
  to: string;
  subject: string;
  body: string;
  createdBy: string | null;
}

/** Store a message and its delivery job in the caller's transaction (transactional outbox). */
export async function queueMessage(tx: DbOrTx, message: OutgoingMessage, at: Date): Promise<string> {
  const [row] = await tx
    .insert(outboxMessages)
    .values({ kind: message.kind, toAddress: message.to, subject: message.subject, bodyText: message.body, createdBy: message.createdBy, createdAt: at })
    .returning({ id: outboxMessages.id });
  await enqueueJob(tx, "outbox.send", { messageId: row.id }, at);
  return row.id;
}

let transport: nodemailer.Transporter | null = null;

/**
 * Job handler: send by SMTP when SMTP_URL is set; otherwise mark the message "held" so an
 * admin reads it in the in-app outbox (the demo and tests run without a mail server).
 */
export async function deliverMessage(db: Db, messageId: string, at: Date): Promise<void> {
  const [msg] = await db.select().from(outboxMessages).where(eq(outboxMessages.id, messageId));
  if (!msg || msg.status === "sent") return;
  const smtpUrl = process.env.SMTP_URL;
  if (!smtpUrl) {
    await db.update(outboxMessages).set({ status: "held", attempts: sql`${outboxMessages.attempts} + 1` }).where(eq(outboxMessages.id, messageId));
    return;
  }
  transport ??= nodemailer.createTransport(smtpUrl);
  try {
    await transport.sendMail({ from: process.env.MAIL_FROM ?? "Kinetic Chart <no-reply@localhost>", to: msg.toAddress, subject: msg.subject, text: msg.bodyText });
    await db.update(outboxMessages).set({ status: "sent", sentAt: at, attempts: sql`${outboxMessages.attempts} + 1`, lastError: null }).where(eq(outboxMessages.id, messageId));
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    await db.update(outboxMessages).set({ status: "failed", attempts: sql`${outboxMessages.attempts} + 1`, lastError: error.slice(0, 500) }).where(eq(outboxMessages.id, messageId));
    throw e;
  }
}
