"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { logExercise } from "@/lib/actions/hep-log";

type Pending = { itemId: string; date: string; key: string; pain: number | null; comment?: string };
// One queue per portal account, so taps kept on a shared phone are never sent as someone else.
const storeOf = (account: string) => `kc-hep-unsent-${account}`;

function readQueue(store: string): Pending[] {
  try {
    const v = JSON.parse(localStorage.getItem(store) ?? "[]");
    return Array.isArray(v) ? v : [];
  } catch {
    return [];
  }
}
function writeQueue(store: string, q: Pending[]) {
  try {
    localStorage.setItem(store, JSON.stringify(q));
  } catch {
    // Private mode with storage off: the tap is still shown as not sent below.
  }
}

/**
 * "Mark done" for one exercise, with how it felt. The tap is written to the phone's storage first and
 * sent from there, so with no signal it waits (and says so) and goes as soon as the phone is back online.
 * The key names the exercise, the day and which session of the day it is: a double tap or a resend is
 * one completion on the server.
 */
export function LogExercise({ account, itemId, name, today, timesPerDay, doneToday }: {
  account: string; itemId: string; name: string; today: string; timesPerDay: number; doneToday: number;
}) {
  const store = storeOf(account);
  // Sessions recorded from this page, by key: a double tap makes the same key, so it counts once here too.
  const [keys, setKeys] = useState<ReadonlySet<string>>(new Set());
  const done = doneToday + keys.size;
  const [unsent, setUnsent] = useState(0);
  const [status, setStatus] = useState<{ tone: "ok" | "wait" | "error"; text: string } | null>(null);
  const [pain, setPain] = useState("");
  const [comment, setComment] = useState("");

  const flushOnce = useCallback(async () => {
    const mine = readQueue(store).filter((p) => p.itemId === itemId);
    setUnsent(mine.length);
    for (const p of mine) {
      let result: Awaited<ReturnType<typeof logExercise>> | null = null;
      try {
        result = await logExercise(p);
      } catch {
        setStatus({ tone: "wait", text: "Not sent yet: no connection. It is kept on this phone and will be sent when you are back online." });
        return;
      }
      if (!result.ok && result.code === "session_expired") {
        setStatus({ tone: "wait", text: "Not sent yet: sign in again and it will be sent." });
        return;
      }
      writeQueue(store, readQueue(store).filter((q) => q.key !== p.key));
      setUnsent((n) => Math.max(0, n - 1));
      if (!result.ok) setStatus({ tone: "error", text: `Not recorded: ${result.error}` });
      else setStatus({ tone: "ok", text: result.data.recorded ? "Done: recorded." : "Already recorded: it counts once." });
    }
  }, [itemId, store]);

  // One flush at a time: reconnecting fires "online" while a send may still be under way, and two flushes
  // would send the same tap twice (the second answer, "already recorded", would then replace "recorded").
  const flushing = useRef<Promise<void> | null>(null);
  const flush = useCallback(async () => {
    while (flushing.current) await flushing.current;
    const run = flushOnce();
    flushing.current = run;
    try {
      await run;
    } finally {
      flushing.current = null;
    }
  }, [flushOnce]);

  useEffect(() => {
    // Taps kept from an earlier visit without signal; and send again whenever the phone reconnects.
    const start = setTimeout(() => void flush(), 0);
    const online = () => void flush();
    window.addEventListener("online", online);
    return () => { clearTimeout(start); window.removeEventListener("online", online); };
  }, [flush]);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    // Session number of the day: the next one until the day's sessions are done, then the last one
    // again (so "Save how it felt" adds the pain score to that session instead of another completion).
    const repeat = done >= timesPerDay;
    const slot = Math.max(1, Math.min(repeat ? timesPerDay : done + 1, 9));
    const entry: Pending = { itemId, date: today, key: `${itemId}:${today}:${slot}`, pain: pain === "" ? null : Number(pain), ...(comment.trim() ? { comment: comment.trim() } : {}) };
    writeQueue(store, [...readQueue(store).filter((q) => q.key !== entry.key), entry]);
    if (!repeat) setKeys((k) => new Set(k).add(entry.key));
    setStatus({ tone: "wait", text: "Sending…" });
    await flush();
  }

  const complete = done >= timesPerDay;
  const id = itemId.slice(0, 8);
  return (
    <form onSubmit={submit} aria-label={`Log ${name}`} className="mt-4 space-y-3 rounded-lg bg-slate-50 p-3">
      <p className="font-semibold" aria-live="polite">
        {complete ? "✓ Done for today" : `Today: ${done} of ${timesPerDay} done`}
      </p>
      <div className="grid grid-cols-1 gap-3">
        <div>
          <label htmlFor={`pain-${id}`} className="block text-sm font-semibold">Pain during the exercise (0 = none, 10 = worst)</label>
          <select id={`pain-${id}`} value={pain} onChange={(e) => setPain(e.target.value)} className="mt-1 block min-h-12 w-full rounded-md border border-slate-500 bg-white px-3 text-base">
            <option value="">Not given</option>
            {Array.from({ length: 11 }, (_, n) => <option key={n} value={n}>{n}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor={`comment-${id}`} className="block text-sm font-semibold">Comment (optional)</label>
          <input id={`comment-${id}`} value={comment} maxLength={500} onChange={(e) => setComment(e.target.value)} className="mt-1 block min-h-12 w-full rounded-md border border-slate-500 bg-white px-3 text-base" />
        </div>
      </div>
      <button type="submit" className="flex min-h-12 w-full items-center justify-center rounded-md bg-teal-700 px-4 text-base font-semibold text-white hover:bg-teal-800 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-teal-600">
        {complete ? "Save how it felt" : "Mark done"}<span className="sr-only">: {name}</span>
      </button>
      {status && (
        <p role={status.tone === "error" ? "alert" : "status"} className={status.tone === "error" ? "font-medium text-red-700" : status.tone === "wait" ? "font-medium text-amber-900" : "text-teal-900"}>
          {status.text}
        </p>
      )}
      {unsent > 0 && <p className="text-sm font-medium text-amber-900">{unsent === 1 ? "1 session is" : `${unsent} sessions are`} not sent yet.</p>}
    </form>
  );
}
