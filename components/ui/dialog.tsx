"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { buttonClasses } from "./button";

type DialogProps = {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  description?: string;
};

// Native <dialog> + showModal() gives us the focus trap, inert background and top layer
// from the browser, which is more robust than a hand-rolled modal.
export function Dialog({ open, onClose, title, children, description }: DialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!open || !dialog) return;
    // Captured before showModal() moves focus into the dialog.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      // Keyboard and screen-reader users should land back where they were, not at the top of the page.
      opener?.focus();
    };
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        // The parent owns `open`; let it decide, and the effect cleanup does the closing.
        event.preventDefault();
        onClose();
      }}
      onClose={() => {
        // Some browsers close without a cancel event (e.g. repeated Escape); keep state in sync.
        if (open) onClose();
      }}
      // Preflight zeroes margins, which would pin the dialog to the top-left instead of centring it.
      className="m-auto max-h-[calc(100dvh-2rem)] w-[min(calc(100%-2rem),36rem)] rounded-lg bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/60"
    >
      <div className="flex items-start justify-between gap-4 border-b border-slate-200 px-5 py-3">
        <div className="py-2">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          {description && (
            <p id={descriptionId} className="mt-1 text-sm text-slate-700">
              {description}
            </p>
          )}
        </div>
        {/* A visible close control: touch users have no Escape key. */}
        <button type="button" onClick={onClose} className={buttonClasses("ghost")}>
          Close
        </button>
      </div>
      {/* Backdrop clicks deliberately do nothing so a stray tap cannot discard a half-written note. */}
      {/* Content mounts only while open, so closed dialogs add nothing to the page's form fields. */}
      {open && <div className="px-5 py-4">{children}</div>}
    </dialog>
  );
}
