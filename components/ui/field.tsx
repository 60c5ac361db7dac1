"use client";

import { useId, type InputHTMLAttributes, type Ref, type TextareaHTMLAttributes } from "react";

type BaseFieldProps = { label: string; name: string; error?: string; hint?: string };

// text-base (16px) stops iOS Safari zooming the page when a patient focuses a field.
export const controlClasses =
  "block w-full min-h-11 rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 " +
  "placeholder:text-slate-500 focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 " +
  "focus-visible:outline-teal-600 disabled:cursor-not-allowed disabled:bg-slate-100 aria-invalid:border-red-700";

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  // The "Error:" prefix means the state is not conveyed by colour alone.
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-700">
      <span className="sr-only">Error: </span>
      {message}
    </p>
  );
}

export function FieldHint({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm text-slate-700">
      {message}
    </p>
  );
}

export function FieldLabel({ htmlFor, label, required }: { htmlFor: string; label: string; required?: boolean }) {
  return (
    <label htmlFor={htmlFor} className="block text-sm font-semibold text-slate-900">
      {label}
      {/* Spelled out because an asterisk alone is easy to miss and not always announced. */}
      {required && <span className="font-normal text-slate-700"> (required)</span>}
    </label>
  );
}

/** Builds the ids and aria wiring shared by every single-control field. */
export function useFieldAria(id: string | undefined, hint?: string, error?: string, describedBy?: string) {
  const generated = useId();
  const fieldId = id ?? generated;
  const hintId = `${fieldId}-hint`;
  const errorId = `${fieldId}-error`;
  const ids = [describedBy, hint && hintId, error && errorId].filter(Boolean).join(" ");
  return {
    fieldId,
    hintId,
    errorId,
    aria: { "aria-describedby": ids || undefined, "aria-invalid": error ? true : undefined },
  };
}

type TextFieldProps = BaseFieldProps & { ref?: Ref<HTMLInputElement> } & InputHTMLAttributes<HTMLInputElement>;

export function TextField({ label, name, error, hint, id, className, ref, ...rest }: TextFieldProps) {
  const { fieldId, hintId, errorId, aria } = useFieldAria(id, hint, error, rest["aria-describedby"]);
  return (
    <div>
      <FieldLabel htmlFor={fieldId} label={label} required={rest.required} />
      {/* Hint sits above the control so it is read before the user starts typing. */}
      <FieldHint id={hintId} message={hint} />
      <input
        {...rest}
        {...aria}
        ref={ref}
        id={fieldId}
        name={name}
        className={`mt-1 ${controlClasses} ${className ?? ""}`}
      />
      <FieldError id={errorId} message={error} />
    </div>
  );
}

type TextAreaFieldProps = BaseFieldProps & { ref?: Ref<HTMLTextAreaElement> } & TextareaHTMLAttributes<HTMLTextAreaElement>;

export function TextAreaField({ label, name, error, hint, id, className, ref, rows = 4, ...rest }: TextAreaFieldProps) {
  const { fieldId, hintId, errorId, aria } = useFieldAria(id, hint, error, rest["aria-describedby"]);
  return (
    <div>
      <FieldLabel htmlFor={fieldId} label={label} required={rest.required} />
      <FieldHint id={hintId} message={hint} />
      <textarea
        {...rest}
        {...aria}
        ref={ref}
        id={fieldId}
        name={name}
        rows={rows}
        className={`mt-1 ${controlClasses} ${className ?? ""}`}
      />
      <FieldError id={errorId} message={error} />
    </div>
  );
}
