"use client";
import { Field, inputClass } from "./field";

export function SelectField({
  label, error, hint, className, options, ...select
}: {
  label: string; error?: string; hint?: string; className?: string; options: { value: string; label: string }[];
} & React.SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field label={label} error={error} hint={hint} className={className}>
      {(a11y) => (
        <select {...a11y} {...select} className={inputClass}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>{option.label}</option>
          ))}
        </select>
      )}
    </Field>
  );
}
