"use client";

import type { Ref, SelectHTMLAttributes } from "react";
import { FieldError, FieldHint, FieldLabel, controlClasses, useFieldAria } from "./field";

type SelectFieldProps = {
  label: string;
  name: string;
  options: { value: string; label: string }[];
  error?: string;
  hint?: string;
  placeholder?: string;
  ref?: Ref<HTMLSelectElement>;
} & SelectHTMLAttributes<HTMLSelectElement>;

// A native <select> is kept on purpose: it gets the platform picker on phones and
// full screen-reader support for free, which a custom listbox would have to rebuild.
export function SelectField({
  label,
  name,
  options,
  error,
  hint,
  placeholder,
  id,
  className,
  ref,
  ...rest
}: SelectFieldProps) {
  const { fieldId, hintId, errorId, aria } = useFieldAria(id, hint, error, rest["aria-describedby"]);
  return (
    <div>
      <FieldLabel htmlFor={fieldId} label={label} required={rest.required} />
      <FieldHint id={hintId} message={hint} />
      <select
        {...rest}
        {...aria}
        ref={ref}
        id={fieldId}
        name={name}
        className={`mt-1 ${controlClasses} ${className ?? ""}`}
      >
        {/* Empty value so `required` and schema validation treat "nothing chosen" as missing. */}
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={errorId} message={error} />
    </div>
  );
}
