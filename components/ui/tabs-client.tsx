"use client";

import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";

type TabsProps = { label: string; tabs: { id: string; label: string; content: ReactNode }[] };

// In-page tabs following the WAI-ARIA Authoring Practices pattern (automatic activation):
// one Tab stop for the whole tablist, arrow keys move between tabs.
export function Tabs({ label, tabs }: TabsProps) {
  const [selected, setSelected] = useState(0);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const baseId = useId();
  // Guards against the tab list shrinking under a stale selection.
  const active = Math.min(selected, tabs.length - 1);

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const last = tabs.length - 1;
    const next =
      event.key === "ArrowRight" ? (index === last ? 0 : index + 1)
      : event.key === "ArrowLeft" ? (index === 0 ? last : index - 1)
      : event.key === "Home" ? 0
      : event.key === "End" ? last
      : null;
    if (next === null) return;
    event.preventDefault();
    setSelected(next);
    tabRefs.current[next]?.focus();
  }

  return (
    <div>
      <div role="tablist" aria-label={label} className="flex gap-1 overflow-x-auto border-b border-slate-300">
        {tabs.map((tab, index) => {
          const isActive = index === active;
          return (
            <button
              key={tab.id}
              ref={(element) => {
                tabRefs.current[index] = element;
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${tab.id}`}
              aria-selected={isActive}
              aria-controls={`${baseId}-panel-${tab.id}`}
              // Roving tabindex: Tab moves past the tablist into the panel instead of through every tab.
              tabIndex={isActive ? 0 : -1}
              onClick={() => setSelected(index)}
              onKeyDown={(event) => onKeyDown(event, index)}
              className={
                "-mb-px inline-flex min-h-11 shrink-0 items-center border-b-4 px-4 text-sm font-semibold " +
                "focus-visible:outline focus-visible:outline-3 focus-visible:-outline-offset-3 focus-visible:outline-teal-600 " +
                (isActive
                  ? "border-teal-700 text-teal-800"
                  : "border-transparent text-slate-700 hover:border-slate-400 hover:text-slate-900")
              }
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {tabs.map((tab, index) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${baseId}-panel-${tab.id}`}
          aria-labelledby={`${baseId}-tab-${tab.id}`}
          // Hidden rather than unmounted so half-filled inputs in other tabs keep their values.
          hidden={index !== active}
          tabIndex={0}
          className="py-4 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-teal-600"
        >
          {tab.content}
        </div>
      ))}
    </div>
  );
}
