import type { ButtonHTMLAttributes, Ref } from "react";

type Variant = "primary" | "secondary" | "danger" | "ghost";

// min-h-11 keeps every button a 44px touch target for patients on phones.
const base =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-semibold " +
  "transition-colors focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 " +
  "focus-visible:outline-teal-600 disabled:cursor-not-allowed disabled:opacity-60";

// Colour pairs chosen to clear WCAG AA (4.5:1) for text and 3:1 for the secondary border.
const variants: Record<Variant, string> = {
  primary: "bg-teal-700 text-white hover:bg-teal-800",
  secondary: "border border-slate-500 bg-white text-slate-900 hover:bg-slate-100",
  danger: "bg-red-700 text-white hover:bg-red-800",
  ghost: "text-teal-800 hover:bg-teal-50 hover:text-teal-900",
};

/** Shared so a next/link can look like a button without pretending to be one. */
export function buttonClasses(variant: Variant = "primary"): string {
  return `${base} ${variants[variant]}`;
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: Variant;
  pending?: boolean;
  ref?: Ref<HTMLButtonElement>;
};

export function Button({
  variant = "primary",
  pending = false,
  // Browsers default to "submit", which silently submits forms from stray buttons.
  type = "button",
  disabled,
  className,
  children,
  ref,
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      ref={ref}
      type={type}
      // Disabling while pending stops double submissions of clinical records.
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      className={className ? `${buttonClasses(variant)} ${className}` : buttonClasses(variant)}
    >
      {pending && (
        <span
          aria-hidden="true"
          className="size-4 rounded-full border-2 border-current border-t-transparent motion-safe:animate-spin"
        />
      )}
      {children}
    </button>
  );
}
