"use client";
import { useState, useTransition } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { requestDownloadLinkAction } from "./actions";

export function DownloadLinkForm() {
  const { locale, t } = useI18n();
  const [isDone, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { reference: String(form.get("reference") ?? ""), email: String(form.get("email") ?? ""), language: locale };
    startTransition(async () => {
      const result = await requestDownloadLinkAction(input);
      if (result.ok) {
        setDone(true);
        setError(null);
        setFieldErrors({});
      } else {
        setError(result.message);
        setFieldErrors(result.fieldErrors ?? {});
      }
    });
  }

  if (isDone) {
    return (
      <div className="mt-6 space-y-4">
        <Alert tone="success">{t("downloadLink.done")}</Alert>
        <Button type="button" variant="secondary" onClick={() => setDone(false)}>
          {t("downloadLink.again")}
        </Button>
      </div>
    );
  }

  const fieldError = (name: string) => (fieldErrors[name] ? t(fieldErrors[name]) : undefined);
  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      {error && !Object.keys(fieldErrors).length ? <Alert>{t(error)}</Alert> : null}
      <TextField
        label={t("downloadLink.reference")}
        hint={t("downloadLink.referenceHint")}
        name="reference"
        autoComplete="off"
        spellCheck={false}
        required
        error={fieldError("reference")}
      />
      <TextField label={t("downloadLink.email")} name="email" type="email" autoComplete="email" required error={fieldError("email")} />
      <Button type="submit" className="w-full" disabled={isPending}>
        {t("downloadLink.submit")}
      </Button>
    </form>
  );
}
