import type { HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";

function cx(...classes: (string | undefined)[]): string {
  return classes.filter(Boolean).join(" ");
}

type TableProps = { caption: string; captionHidden?: boolean; children: ReactNode };

export function Table({ caption, captionHidden = false, children }: TableProps) {
  return (
    // Wide tables scroll sideways on phones instead of squashing columns. The wrapper is
    // focusable and labelled so keyboard users can scroll it too (axe: scrollable-region-focusable).
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-teal-600"
    >
      <table className="min-w-full border-collapse text-left text-sm text-slate-900">
        {/* Always present so screen readers can name the table, even when a heading already does so visually. */}
        <caption className={captionHidden ? "sr-only" : "px-4 py-3 text-left text-base font-semibold"}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

export function THead({ className, ...rest }: HTMLAttributes<HTMLTableSectionElement>) {
  return <thead className={cx("border-b border-slate-300 bg-slate-100", className)} {...rest} />;
}

export function TBody({ className, ...rest }: HTMLAttributes<HTMLTableSectionElement>) {
  return <tbody className={cx("divide-y divide-slate-200", className)} {...rest} />;
}

export function Tr({ className, ...rest }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={cx("hover:bg-slate-50", className)} {...rest} />;
}

// scope defaults to "col" because most headers sit in <THead>; pass scope="row" for row headers.
export function Th({ scope = "col", className, ...rest }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th scope={scope} className={cx("px-4 py-3 font-semibold whitespace-nowrap text-slate-900", className)} {...rest} />
  );
}

export function Td({ className, ...rest }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cx("px-4 py-3 align-top text-slate-800", className)} {...rest} />;
}
