import type { ReactNode } from "react";

type Tone = "error" | "success" | "info" | "warning";

// Dark text on a pale tint keeps every tone above 4.5:1; the thick left border and the
// title carry the meaning so it is not signalled by colour alone.
const tones: Record<Tone, string> = {
  error: "border-red-700 bg-red-50 text-red-900",
  success: "border-green-700 bg-green-50 text-green-900",
  info: "border-sky-700 bg-sky-50 text-sky-900",
  warning: "border-amber-600 bg-amber-50 text-amber-900",
};

type AlertProps = { tone: Tone; title?: string; children: ReactNode };

export function Alert({ tone, title, children }: AlertProps) {
  return (
    // Errors interrupt (role="alert"); everything else waits politely (role="status").
    <div role={tone === "error" ? "alert" : "status"} className={`rounded-md border-l-4 p-4 ${tones[tone]}`}>
      {title && <p className="font-semibold">{title}</p>}
      <div className={title ? "mt-1 text-sm" : "text-sm"}>{children}</div>
    </div>
  );
}
