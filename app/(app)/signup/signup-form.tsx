"use client";
import { startTransition, useActionState, useEffect, useRef } from "react";
import { signIn } from "next-auth/react";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { signUpAction, type SignUpState } from "./actions";

export function SignUpForm() {
  const { t } = useI18n();
  const formRef = useRef<HTMLFormElement>(null);
  const [state, action, isPending] = useActionState<SignUpState, FormData>(signUpAction, { ok: false });
  const errors = state.fieldErrors ?? {};

  // The account exists: sign in with what was typed, then ask for the address to be confirmed.
  useEffect(() => {
    if (!state.ok || !formRef.current) return;
    const form = new FormData(formRef.current);
    void signIn("credentials", {
      email: String(form.get("email")),
      password: String(form.get("password")),
      redirect: false,
    }).then(() => window.location.assign("/account/verify-email"));
  }, [state]);

  return (
    <form
      ref={formRef}
      // Submitted by hand so that React does not reset the fields when the server refuses them.
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => action(data));
      }}
      className="mt-6 space-y-8"
      noValidate
    >
      {state.message && !state.ok ? <Alert>{t(state.message)}</Alert> : null}
      <fieldset className="space-y-4">
        <legend className="text-base font-semibold text-slate-900">{t("auth.you")}</legend>
        <TextField label={t("auth.name")} name="name" autoComplete="name" maxLength={120} required error={errors.name && t(errors.name)} />
        <TextField label={t("auth.email")} name="email" type="email" autoComplete="email" maxLength={254} required error={errors.email && t(errors.email)} />
        <TextField label={t("auth.password")} name="password" type="password" autoComplete="new-password" maxLength={200} required hint={t("auth.passwordHint")} error={errors.password && t(errors.password)} />
      </fieldset>
      <Button type="submit" className="w-full" disabled={isPending || state.ok}>{t("auth.signUpButton")}</Button>
    </form>
  );
}
