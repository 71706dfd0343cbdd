"use client";
import { startTransition, useActionState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Button, ButtonLink } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { confirmTwoFactorAction, type AccountState } from "../actions";

/** The QR code and key, the first code; then the ten recovery codes, shown this once. */
export function TwoFactorSetup({ qrDataUrl, secret, next }: { qrDataUrl: string; secret: string; next: string }) {
  const { t } = useI18n();
  const [state, run, isPending] = useActionState<AccountState, FormData>(confirmTwoFactorAction, { ok: false });
  if (state.ok && state.codes) {
    return (
      <section aria-labelledby="recovery-title" className="space-y-4">
        <h2 id="recovery-title" className="text-lg font-semibold">{t("account.recoveryTitle")}</h2>
        <Alert tone="success">{t("account.recoveryLead")}</Alert>
        <ul className="grid grid-cols-2 gap-2 font-mono text-sm" aria-label={t("account.recoveryTitle")}>
          {state.codes.map((code) => <li key={code} className="rounded bg-slate-100 px-2 py-1 text-slate-900">{code}</li>)}
        </ul>
        <ButtonLink href={next}>{t("account.recoveryContinue")}</ButtonLink>
      </section>
    );
  }
  const errors = state.fieldErrors ?? {};
  return (
    <div className="space-y-4">
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server */}
      <img src={qrDataUrl} alt={t("account.setupQrAlt")} width={220} height={220} className="rounded ring-1 ring-slate-200" />
      <div>
        <p className="text-sm font-medium text-slate-800">{t("account.setupKey")}</p>
        <p className="mt-1 break-all font-mono text-sm text-slate-900" data-testid="totp-secret">{secret}</p>
      </div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (isPending) return;
          const data = new FormData(event.currentTarget);
          startTransition(() => run(data));
        }}
        className="space-y-4"
        noValidate
      >
        {state.message && !state.ok ? <Alert>{t(state.message)}</Alert> : null}
        <TextField
          label={t("account.setupCode")}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          required
          error={errors.code && t(errors.code)}
        />
        <Button type="submit" disabled={isPending}>{t("account.setupConfirm")}</Button>
      </form>
    </div>
  );
}
