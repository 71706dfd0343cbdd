"use client";
import { useState, useTransition } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, inputClass } from "@/components/ui/field";
import type { ReadResult } from "./import-flow";

const MAX_BYTES = 10 * 1024 * 1024;

type Response = ({ ok: true } & ReadResult) | { ok: false; code: string; message: string };

export function UploadForm({ orgSlug, onRead }: { orgSlug: string; onRead: (result: ReadResult) => void }) {
  const { t } = useI18n();
  const [source, setSource] = useState<"file" | "paste">("file");
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  const choices = [
    { value: "file" as const, label: t("import.source.file"), description: t("import.source.fileDescription") },
    { value: "paste" as const, label: t("import.source.paste"), description: t("import.source.pasteDescription") },
  ];

  return (
    <form
      noValidate
      className="mt-6 space-y-6"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        let body: Blob;
        if (source === "file") {
          const file = data.get("file");
          if (!(file instanceof File) || file.size === 0) return setError(t(file instanceof File && file.name ? "import.error.empty" : "import.error.chooseFile"));
          if (file.size > MAX_BYTES) return setError(t("import.error.tooLarge"));
          body = file;
        } else {
          const text = String(data.get("text") ?? "");
          if (!text.trim()) return setError(t("import.error.pasteText"));
          body = new Blob([text], { type: "text/plain;charset=utf-8" });
          if (body.size > MAX_BYTES) return setError(t("import.error.tooLarge"));
        }
        setError(null);
        startTransition(async () => {
          try {
            const response = await fetch(`/app/${orgSlug}/agreements/import/read`, {
              method: "POST",
              headers: { "x-import-request": "1", "content-type": "application/octet-stream" },
              body,
            });
            const result = (await response.json()) as Response;
            if (result.ok) onRead(result);
            else setError(t(result.message));
          } catch {
            setError(t("import.error.network"));
          }
        });
      }}
    >
      {error ? <Alert>{error}</Alert> : null}
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("import.source")}</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          {choices.map((choice) => (
            <label
              key={choice.value}
              className="relative flex cursor-pointer gap-3 rounded-lg bg-white p-4 ring-1 ring-inset ring-slate-300 transition hover:bg-slate-50 has-[:checked]:bg-blue-50/60 has-[:checked]:ring-2 has-[:checked]:ring-blue-700 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-blue-700"
            >
              <input
                type="radio"
                name="source"
                value={choice.value}
                checked={source === choice.value}
                onChange={() => {
                  setSource(choice.value);
                  setError(null);
                }}
                className="mt-0.5 h-4 w-4 shrink-0 accent-blue-800 focus:outline-none"
              />
              <span className="min-w-0">
                <span className="block text-sm font-semibold text-slate-900">{choice.label}</span>
                <span className="mt-0.5 block text-sm text-slate-600">{choice.description}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {source === "file" ? (
        <Field label={t("import.file.label")} hint={t("import.file.hint")}>
          {(a11y) => (
            <input
              {...a11y}
              type="file"
              name="file"
              accept=".pdf,.docx,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
              className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-semibold file:text-slate-800 hover:file:bg-slate-200"
            />
          )}
        </Field>
      ) : (
        <Field label={t("import.paste.label")}>
          {(a11y) => <textarea {...a11y} name="text" rows={14} className={`${inputClass} font-mono text-xs`} />}
        </Field>
      )}
      <Button type="submit" disabled={isPending}>
        {isPending ? t("import.reading") : t("import.read")}
      </Button>
    </form>
  );
}
