"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";

type Tone = "success" | "error" | "info";
type Toast = { id: number; message: string; tone: Tone };
type ToastApi = { show: (message: string, tone?: Tone) => void };

const DISMISS_MS = 6000;
const ToastContext = createContext<ToastApi | null>(null);

const toneClasses: Record<Tone, string> = {
  success: "border-green-700",
  error: "border-red-700",
  info: "border-teal-700",
};
// A visible word so the tone is not carried by the border colour alone.
const toneLabels: Record<Tone, string> = { success: "Success", error: "Error", info: "Note" };

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(0);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  const dismiss = useCallback((id: number) => {
    clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);

  const show = useCallback(
    (message: string, tone: Tone = "info") => {
      nextId.current += 1;
      const id = nextId.current;
      setToasts((current) => [...current, { id, message, tone }]);
      timers.current.set(id, setTimeout(() => dismiss(id), DISMISS_MS));
    },
    [dismiss],
  );

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach(clearTimeout);
  }, []);

  // Stable value so every consumer does not re-render whenever a toast appears.
  const api = useMemo(() => ({ show }), [show]);

  return (
    <ToastContext.Provider value={api}>
      {children}
      {/* Both live regions stay mounted while empty: screen readers only announce
          changes to regions that already existed, so inserting a region with its text is often missed. */}
      <div className="pointer-events-none fixed inset-x-4 bottom-4 z-50 flex flex-col gap-2 sm:left-auto sm:w-96">
        <div role="status" aria-live="polite" className="flex flex-col gap-2">
          {toasts.filter((t) => t.tone !== "error").map((t) => (
            <ToastItem key={t.id} toast={t} onDismiss={dismiss} />
          ))}
        </div>
        {/* Errors use role="alert" so they interrupt: the user needs to act on them. */}
        <div role="alert" className="flex flex-col gap-2">
          {toasts.filter((t) => t.tone === "error").map((t) => (
            <ToastItem key={t.id} toast={t} onDismiss={dismiss} />
          ))}
        </div>
      </div>
    </ToastContext.Provider>
  );
}

function ToastItem({ toast, onDismiss }: { toast: Toast; onDismiss: (id: number) => void }) {
  return (
    <div
      className={`pointer-events-auto flex items-start gap-3 rounded-md border-l-4 bg-white p-3 pl-4 text-sm text-slate-900 shadow-lg ring-1 ring-slate-200 ${toneClasses[toast.tone]}`}
    >
      <p className="flex-1 py-3">
        <span className="font-semibold">{toneLabels[toast.tone]}: </span>
        {toast.message}
      </p>
      <button
        type="button"
        onClick={() => onDismiss(toast.id)}
        // The visible "×" means nothing to a screen reader, so the name is given explicitly.
        aria-label="Dismiss notification"
        className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-md text-xl leading-none text-slate-700 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-teal-600"
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  // Fail loudly: a silently swallowed "Saved" or error message is worse than a crash in development.
  if (!api) throw new Error("useToast must be used inside <ToastProvider>");
  return api;
}
