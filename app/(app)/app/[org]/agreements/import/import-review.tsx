"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { plainText } from "@/lib/agreements/markup";
import type { ImportSummary } from "@/lib/import/types";
import { createDraftFromImportAction } from "./actions";
import type { ReadResult } from "./import-flow";

const countKeys = ["articles", "clauses", "subClauses", "listItems", "dataCategoryRows", "subProcessorRows", "annexNotes"] as const;

function SummaryList({ summary }: { summary: ImportSummary }) {
  const { t } = useI18n();
  return (
    <ul className="mt-2 flex flex-wrap gap-2" aria-label={t("import.review.summary")}>
      {countKeys
        .filter((key) => summary[key] > 0 || key === "articles" || key === "clauses")
        .map((key) => (
          <li key={key} className="rounded-full bg-slate-100 px-3 py-1 text-sm text-slate-800">
            {t(`import.summary.${key}.${summary[key] === 1 ? "one" : "other"}`, { count: summary[key] })}
          </li>
        ))}
    </ul>
  );
}

function Structure({ result }: { result: ReadResult }) {
  const { t } = useI18n();
  const { content } = result;
  return (
    <div className="mt-2 space-y-4 text-sm">
      {content.preamble ? (
        <details className="rounded-md bg-slate-50 p-3 ring-1 ring-inset ring-slate-200">
          <summary className="cursor-pointer font-medium">{t("import.review.preamble")}</summary>
          <p className="mt-2 whitespace-pre-line text-slate-700">{content.preamble}</p>
        </details>
      ) : null}
      <ol className="space-y-3">
        {content.articles.map((article, a) => (
          <li key={a} className="rounded-md p-3 ring-1 ring-inset ring-slate-200">
            <h3 className="font-semibold text-slate-900">
              {a + 1}. {article.title}
            </h3>
            {article.clauses.length ? (
              <ol className="mt-1 space-y-1 text-slate-700">
                {article.clauses.map((clause, c) => (
                  <li key={c}>
                    <span className="whitespace-pre-line">
                      <span className="mr-1 font-medium tabular-nums text-slate-500">{a + 1}.{c + 1}</span>
                      {plainText(clause.content)}
                    </span>
                    {clause.children.length ? (
                      <ol className="ml-6 mt-1 space-y-1">
                        {clause.children.map((child, k) => (
                          <li key={k} className="whitespace-pre-line">
                            <span className="mr-1 font-medium tabular-nums text-slate-500">{a + 1}.{c + 1}.{k + 1}</span>
                            {plainText(child.content)}
                          </li>
                        ))}
                      </ol>
                    ) : null}
                  </li>
                ))}
              </ol>
            ) : (
              <p className="mt-1 text-slate-500">{t("import.review.noClauses")}</p>
            )}
          </li>
        ))}
      </ol>
      {content.dataCategories.length ? (
        <section>
          <h3 className="font-semibold text-slate-900">{t("import.review.annex1")}</h3>
          <ul className="mt-1 list-disc pl-5 text-slate-700">
            {content.dataCategories.map((category, i) => (
              <li key={i}>
                <span className="font-medium">{category.name}</span>: {category.items.map((item) => item.name).join(", ")}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {content.subProcessors.length ? (
        <section>
          <h3 className="font-semibold text-slate-900">{t("import.review.annex2")}</h3>
          <ul className="mt-1 list-disc pl-5 text-slate-700">
            {content.subProcessors.map((row, i) => (
              <li key={i}>
                <span className="font-medium">{row.name}</span>
                {row.purposes ? ` – ${row.purposes}` : ""}
                {row.country ? ` (${row.country})` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

export function ImportReview({ orgSlug, result, onStartOver }: { orgSlug: string; result: ReadResult; onStartOver: () => void }) {
  const { t } = useI18n();
  const router = useRouter();
  const [title, setTitle] = useState(result.content.title);
  const [language, setLanguage] = useState(result.language);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [isPending, startTransition] = useTransition();
  const [isDone, setIsDone] = useState(false);

  return (
    <div className="mt-6 space-y-6">
      <div>
        <h2 className="text-lg font-semibold">{t("import.review.title")}</h2>
        <p className="mt-1 text-sm text-slate-600">
          {t(`import.review.fileKind.${result.kind}`)}. {t("import.review.lead")}
        </p>
      </div>
      {error ? <Alert>{error}</Alert> : null}
      <section>
        <h3 className="text-sm font-medium text-slate-800">{t("import.review.summary")}</h3>
        <SummaryList summary={result.summary} />
      </section>
      {result.summary.warnings.length ? (
        <section className="rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-inset ring-amber-200" role="status">
          <h3 className="font-medium">{t("import.review.warnings")}</h3>
          <ul className="mt-1 list-disc pl-5">
            {result.summary.warnings.map((warning, i) => (
              <li key={i}>{t(warning.key, warning.params)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <TextField
        label={t("import.review.agreementTitle")}
        name="title"
        value={title}
        maxLength={200}
        onChange={(event) => setTitle(event.target.value)}
        error={fieldErrors["content.title"] ? t(fieldErrors["content.title"]) : undefined}
      />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("import.review.language")}</legend>
        <div className="mt-2 flex gap-6 text-sm">
          {(["nl", "en"] as const).map((value) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" name="language" value={value} checked={language === value} onChange={() => setLanguage(value)} className="h-4 w-4 accent-blue-800" />
              {t(value === "nl" ? "import.review.languageNl" : "import.review.languageEn")}
            </label>
          ))}
        </div>
      </fieldset>
      <section>
        <h3 className="text-sm font-medium text-slate-800">{t("import.review.structure")}</h3>
        <Structure result={result} />
      </section>
      <div className="flex flex-wrap gap-3">
        <Button
          type="button"
          disabled={isPending || isDone}
          onClick={() => {
            setError(null);
            startTransition(async () => {
              try {
                const response = await createDraftFromImportAction(orgSlug, { language, content: { ...result.content, title } });
                if (response.ok) {
                  setIsDone(true);
                  router.push(`/app/${orgSlug}/agreements/${response.agreementId}`);
                  return;
                }
                setFieldErrors(response.fieldErrors ?? {});
                // What is wrong in the text itself (a character the PDF cannot print, say) is named too.
                const inText = [...new Set(Object.entries(response.fieldErrors ?? {}).filter(([key]) => key !== "content.title").map(([, message]) => t(message)))];
                setError([t(response.message), ...inText.slice(0, 3)].join(" "));
              } catch {
                setError(t("import.error.network"));
              }
            });
          }}
        >
          {isPending || isDone ? t("import.review.creating") : t("import.review.create")}
        </Button>
        <Button type="button" variant="secondary" onClick={onStartOver} disabled={isPending || isDone}>
          {t("import.review.startOver")}
        </Button>
      </div>
    </div>
  );
}
