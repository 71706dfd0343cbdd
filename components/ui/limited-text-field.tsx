"use client";
import { useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Field, inputClass } from "./field";

/**
 * A text field with a length limit that never cuts what was typed or pasted (a `maxLength` would,
 * silently): a counter shows the length as it nears the limit, and past it the field says so.
 * The server refuses over-long text too ("validation.tooLong").
 */
export function LimitedTextField({
  label, error, hint, className, limit, value, defaultValue, onChange, ...input
}: {
  label: string;
  error?: string;
  hint?: string;
  className?: string;
  limit: number;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, "maxLength">) {
  const { t } = useI18n();
  const [ownLength, setOwnLength] = useState(String(defaultValue ?? "").length);
  const length = value !== undefined ? String(value).length : ownLength;
  const isOver = length > limit;
  const isNear = length >= Math.floor(limit * 0.8);
  const counter = t("field.charCount", { count: length, max: limit });
  // Over the limit, the field's own words (with the counts) say more than the server's "too long".
  const shownError = isOver ? t("field.tooLongBy", { count: length, max: limit }) : error;
  return (
    <Field label={label} error={shownError} hint={isNear ? (hint ? `${hint} · ${counter}` : counter) : hint} className={className}>
      {(a11y) => (
        <input
          {...a11y}
          {...input}
          {...(value !== undefined ? { value } : { defaultValue })}
          data-limit={limit}
          onChange={(event) => {
            setOwnLength(event.target.value.length);
            onChange?.(event);
          }}
          className={inputClass}
        />
      )}
    </Field>
  );
}
