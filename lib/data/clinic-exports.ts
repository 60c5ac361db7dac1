import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";

export type ClinicExportRow = {
  id: string; status: "queued" | "running" | "done" | "failed"; total: number; done: number; filename: string | null; sizeBytes: number | null;
  error: string | null; createdAt: string; finishedAt: string | null; requestedByName: string;
};

/** The latest whole-clinic exports with their progress (never the file itself). The page checks data.export. */
export async function listClinicExports(db: DbOrTx): Promise<ClinicExportRow[]> {
  const rows = await db.execute<ClinicExportRow>(sql`
    select e.id, e.status, e.total, e.done, e.filename, e.size_bytes as "sizeBytes", e.error, e.created_at as "createdAt",
      e.finished_at as "finishedAt", u.display_name as "requestedByName"
    from clinic_exports e join users u on u.id = e.requested_by order by e.created_at desc limit 10`);
  return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString(), finishedAt: r.finishedAt ? new Date(r.finishedAt).toISOString() : null }));
}

export async function getClinicExportFile(db: DbOrTx, id: string): Promise<{ filename: string; content: Buffer } | null> {
  const rows = await db.execute<{ filename: string; content: Buffer | Uint8Array }>(sql`
    select filename, content from clinic_exports where id = ${id} and status = 'done' and content is not null`);
  const r = rows[0];
  return r ? { filename: r.filename, content: Buffer.isBuffer(r.content) ? r.content : Buffer.from(r.content) } : null;
}
