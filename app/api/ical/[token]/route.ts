import { getDb } from "@/db";
import { writeAudit } from "@/lib/audit";
import { hashToken } from "@/lib/auth/tokens";
import { loadFeed } from "@/lib/data/ical";
import { buildCalendar } from "@/lib/domain/scheduling/ical";
import { now } from "@/lib/time";

export const dynamic = "force-dynamic";

/**
 * A personal calendar subscription. The secret in the URL is the only credential (calendar apps
 * cannot sign in); it is stored hashed, and revoking or regenerating it ends access at once.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const raw = token.replace(/\.ics$/, "");
  const notFound = () => new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(raw)) return notFound();
  const at = now();
  const feed = await loadFeed(getDb(), hashToken(raw), at);
  if (!feed) return notFound();
  await writeAudit(getDb(), null, { action: "ical.fetch", patientId: feed.patientId, details: { events: feed.events.length } });
  return new Response(buildCalendar(feed.name, feed.events, at), {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'inline; filename="appointments.ics"',
      "cache-control": "private, no-store",
      "x-robots-tag": "noindex",
    },
  });
}
