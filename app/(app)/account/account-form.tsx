"use client";
import { startTransition, useActionState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import type { AccountState } from "./actions";

export type FieldSpec = { name: string; label: string; type?: string; autoComplete?: string; hint?: string; maxLength?: number; inputMode?: "numeric" | "text" };

/**
 * One small form of the account pages: fields, one button, the outcome as a message. Submitted by
 * hand so that React keeps what was typed when the server refuses it.
 */
export function AccountForm({
  action, fields = [], hidden = {}, button, variant = "primary", ariaLabel, onDone, successHref, successLabel, reloadOnSuccess,
}: {
  action: (previous: AccountState, form: FormData) => Promise<AccountState>;
  fields?: FieldSpec[];
  hidden?: Record<string, string>;
  button: string;
  variant?: "primary" | "secondary" | "danger";
  ariaLabel?: string;
  onDone?: (state: AccountState) => React.ReactNode;
  successHref?: string;
  successLabel?: string;
  reloadOnSuccess?: boolean;
}) {
  const { t } = useI18n();
  const [state, run, isPending] = useActionState<AccountState, FormData>(async (previous, form) => {
    const next = await action(previous, form);
    if (next.ok && reloadOnSuccess) window.location.reload();
    return next;
  }, { ok: false });
  const errors = state.fieldErrors ?? {};
  if (state.ok && onDone) return <>{onDone(state)}</>;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => run(data));
      }}
      className="space-y-4"
      noValidate
    >
      {state.message ? <Alert tone={state.ok ? "success" : "error"}>{t(state.message)}</Alert> : null}
      {state.ok && successHref ? (
        <p><a className="font-semibold text-blue-800 hover:underline" href={successHref}>{successLabel}</a></p>
      ) : null}
      {Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      {state.ok && successHref ? null : (
        <>
          {fields.map((field) => (
            <TextField
              key={field.name}
              label={field.label}
              name={field.name}
              type={field.type ?? "text"}
              autoComplete={field.autoComplete}
              hint={field.hint}
              maxLength={field.maxLength ?? 200}
              inputMode={field.inputMode}
              required
              error={errors[field.name] && t(errors[field.name])}
            />
          ))}
          <Button type="submit" variant={variant} disabled={isPending} aria-label={ariaLabel}>{button}</Button>
        </>
      )}
    </form>
  );
}
