"use client";
import { useState, useTransition } from "react";
import { signIn } from "next-auth/react";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { signUpWithInvitationAction } from "./actions";

/** Name and password only: the address is the invited one, proven by holding the link. */
export function InviteSignUpForm({ token, email }: { token: string; email: string }) {
  const { t } = useI18n();
  const [isPending, startTransition] = useTransition();
  const [isDone, setIsDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  return (
    <form
      noValidate
      className="mt-4 space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        setError(null);
        setFieldErrors({});
        startTransition(async () => {
          try {
            const result = await signUpWithInvitationAction(token, data);
            if (!result.ok) {
              setFieldErrors(result.fieldErrors ?? {});
              setError(result.message);
              return;
            }
            setIsDone(true);
            await signIn("credentials", { email, password: String(data.get("password") ?? ""), redirect: false });
            window.location.assign(`/app/${result.orgSlug}`);
          } catch {
            setError("members.offline");
          }
        });
      }}
    >
      {error ? <Alert>{t(error)}</Alert> : null}
      <TextField label={t("auth.email")} name="email-shown" type="email" value={email} readOnly autoComplete="username" />
      <TextField label={t("auth.name")} name="name" autoComplete="name" maxLength={120} required error={fieldErrors.name ? t(fieldErrors.name) : undefined} />
      <TextField
        label={t("auth.password")}
        name="password"
        type="password"
        autoComplete="new-password"
        maxLength={200}
        required
        hint={t("auth.passwordHint")}
        error={fieldErrors.password ? t(fieldErrors.password) : undefined}
      />
      <Button type="submit" className="w-full" disabled={isPending || isDone}>{t("members.invite.signUpButton")}</Button>
    </form>
  );
}
