import { useId, type InputHTMLAttributes, type Ref } from "react";
import { FieldError, FieldHint } from "./field";

// No "use client": nothing here holds state (useId also works on the server), so a
// server-rendered page ships no JS for it, while client forms can still pass `inputProps`.

type Option = { value: string; label: string; hint?: string };

type GroupProps = {
  legend: string;
  name: string;
  options: Option[];
  error?: string;
  hint?: string;
  inputProps?: (value: string) => InputHTMLAttributes<HTMLInputElement>;
};

const inputClasses =
  "mt-3 size-5 shrink-0 accent-teal-700 focus-visible:outline focus-visible:outline-3 " +
  "focus-visible:outline-offset-2 focus-visible:outline-teal-600";

function ChoiceGroup({ type, legend, name, options, error, hint, inputProps }: GroupProps & { type: "checkbox" | "radio" }) {
  const groupId = useId();
  const hintId = `${groupId}-hint`;
  const errorId = `${groupId}-error`;
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(" ") || undefined;
  return (
    // Fieldset/legend gives the group its name, so screen readers announce the question with each option.
    <fieldset aria-describedby={describedBy}>
      <legend className="text-sm font-semibold text-slate-900">{legend}</legend>
      <FieldHint id={hintId} message={hint} />
      <div className="mt-1">
        {options.map((option, index) => {
          const id = `${groupId}-${index}`;
          const optionHintId = `${id}-hint`;
          return (
            <div key={option.value} className="flex gap-3">
              <input
                // name first so react-hook-form's register() result can replace it.
                name={name}
                {...inputProps?.(option.value)}
                id={id}
                type={type}
                value={option.value}
                aria-describedby={option.hint ? optionHintId : undefined}
                aria-invalid={error ? true : undefined}
                className={inputClasses}
              />
              <div>
                {/* The label row is the 44px touch target; the native control itself stays small. */}
                <label htmlFor={id} className="flex min-h-11 items-center text-base text-slate-900">
                  {option.label}
                </label>
                {option.hint && (
                  <p id={optionHintId} className="-mt-2 mb-2 text-sm text-slate-700">
                    {option.hint}
                  </p>
                )}
              </div>
            </div>
          );
        })}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}

export function CheckboxGroup(props: GroupProps) {
  return <ChoiceGroup type="checkbox" {...props} />;
}

export function RadioGroup(props: GroupProps) {
  return <ChoiceGroup type="radio" {...props} />;
}

type CheckboxProps = { label: string; hint?: string; error?: string; ref?: Ref<HTMLInputElement> } & InputHTMLAttributes<HTMLInputElement>;

/** A lone yes/no choice such as consent; needs no fieldset because the label is the question. */
export function Checkbox({ label, hint, error, id, className, ref, ...rest }: CheckboxProps) {
  const generated = useId();
  const inputId = id ?? generated;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedBy = [rest["aria-describedby"], hint && hintId, error && errorId].filter(Boolean).join(" ");
  return (
    <div>
      <div className="flex gap-3">
        <input
          {...rest}
          ref={ref}
          id={inputId}
          type="checkbox"
          aria-describedby={describedBy || undefined}
          aria-invalid={error ? true : undefined}
          className={`${inputClasses} ${className ?? ""}`}
        />
        <div>
          <label htmlFor={inputId} className="flex min-h-11 items-center text-base text-slate-900">
            {label}
            {rest.required && <span className="ml-1 text-slate-700">(required)</span>}
          </label>
          {hint && (
            <p id={hintId} className="-mt-2 mb-2 text-sm text-slate-700">
              {hint}
            </p>
          )}
        </div>
      </div>
      <FieldError id={errorId} message={error} />
    </div>
  );
}
