"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { createAgreementAction } from "./actions";

type Choice = { value: string; label: string; description?: string; lang?: string };

function RadioCards({ name, legend, choices, defaultValue, error }: { name: string; legend: string; choices: Choice[]; defaultValue: string; error?: string }) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        {choices.map((choice) => (
          <label
            key={choice.value}
            className="relative flex cursor-pointer gap-3 rounded-lg bg-white p-4 ring-1 ring-inset ring-slate-300 transition hover:bg-slate-50 has-[:checked]:bg-blue-50/60 has-[:checked]:ring-2 has-[:checked]:ring-blue-700 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-blue-700"
          >
            <input type="radio" name={name} value={choice.value} defaultChecked={choice.value === defaultValue} className="mt-0.5 h-4 w-4 shrink-0 accent-blue-800 focus:outline-none" />
            <span className="min-w-0">
              <span className="block text-sm font-semibold text-slate-900" lang={choice.lang}>{choice.label}</span>
              {choice.description ? <span className="mt-0.5 block text-sm text-slate-600">{choice.description}</span> : null}
            </span>
          </label>
        ))}
      </div>
      {error ? <p className="mt-1 text-sm text-red-700" role="alert">{error}</p> : null}
    </fieldset>
  );
}

/** Title, language and starting point of a new agreement; then straight into the editor. */
export function NewAgreementForm({ orgSlug, defaultLanguage }: { orgSlug: string; defaultLanguage: "nl" | "en" }) {
  const { t } = useI18n();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [isDone, setIsDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const fieldError = (name: string) => (fieldErrors[name] ? t(fieldErrors[name]) : undefined);

  return (
    <form
      noValidate
      className="mt-6 space-y-6"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        if (!String(data.get("title") ?? "").trim()) {
          setFieldErrors({ title: "validation.required" });
          return;
        }
        setError(null);
        startTransition(async () => {
          try {
            const result = await createAgreementAction(orgSlug, data);
            if (result.ok) {
              setIsDone(true);
              router.push(`/app/${orgSlug}/agreements/${result.agreementId}`);
              return;
            }
            setFieldErrors(result.fieldErrors ?? {});
            setError(t(result.message));
          } catch {
            setError(t("editor.status.offline"));
          }
        });
      }}
    >
      {error ? <Alert>{error}</Alert> : null}
      <TextField
        label={t("editor.new.agreementTitle")}
        name="title"
        required
        maxLength={200}
        placeholder={t("editor.new.titlePlaceholder")}
        hint={t("editor.new.agreementTitleHint")}
        error={fieldError("title")}
      />
      <RadioCards
        name="language"
        legend={t("editor.new.language")}
        defaultValue={defaultLanguage}
        error={fieldError("language")}
        choices={[
          { value: "nl", label: t("editor.new.languageNameNl"), lang: "nl", description: t("editor.new.languageNl") },
          { value: "en", label: t("editor.new.languageNameEn"), lang: "en", description: t("editor.new.languageEn") },
        ]}
      />
      <RadioCards
        name="startFrom"
        legend={t("editor.new.startFrom")}
        defaultValue="template"
        error={fieldError("startFrom")}
        choices={[
          { value: "template", label: t("editor.new.template"), description: t("editor.new.templateDescription") },
          { value: "blank", label: t("editor.new.blank"), description: t("editor.new.blankDescription") },
        ]}
      />
      <Button type="submit" disabled={isPending || isDone}>
        {isPending || isDone ? t("editor.new.creating") : t("editor.new.create")}
      </Button>
    </form>
  );
}
