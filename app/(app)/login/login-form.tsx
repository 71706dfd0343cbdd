"use client";
import { useState } from "react";
import { signIn } from "next-auth/react";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";

/**
 * E-mail and password; when the account has two-factor sign-in, the same form then asks for the
 * authenticator (or recovery) code and sends all three again. `callbackUrl` is already checked by
 * the page (safeRedirectPath).
 */
export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);
  const [needsCode, setNeedsCode] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      ...(needsCode ? { code: String(form.get("code") ?? "") } : {}),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    // next-auth reports a thrown error's message; ours are i18n keys.
    const key = result?.error && result.error.startsWith("auth.") ? result.error : "auth.invalidCredentials";
    if (key === "auth.totpRequired") {
      setNeedsCode(true);
      return;
    }
    if (key === "auth.invalidCredentials") setNeedsCode(false);
    setError(key);
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      {error ? <Alert>{t(error)}</Alert> : null}
      {needsCode && !error ? <Alert tone="info">{t("auth.totpRequired")}</Alert> : null}
      <TextField label={t("auth.email")} name="email" type="email" autoComplete="email" required readOnly={needsCode} />
      <TextField label={t("auth.password")} name="password" type="password" autoComplete="current-password" required readOnly={needsCode} />
      {needsCode ? (
        <TextField
          autoFocus
          label={t("auth.codeLabel")}
          hint={t("auth.codeHint")}
          name="code"
          autoComplete="one-time-code"
          inputMode="text"
          maxLength={40}
          required
        />
      ) : null}
      <Button type="submit" className="w-full" disabled={isPending}>
        {t("auth.signInButton")}
      </Button>
    </form>
  );
}
