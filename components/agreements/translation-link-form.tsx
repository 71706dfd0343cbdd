"use client";
import { useState, useTransition } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { SelectField } from "@/components/ui/select-field";
import { setTranslationOfAction } from "@/app/(app)/app/[org]/agreements/[agreementId]/translation-actions";

type Candidate = { id: string; title: string; number: number | null; language: "nl" | "en" };

/** Marks the draft as a translation of a binding text (or as binding itself). */
export function TranslationLinkForm({
  orgSlug, agreementId, current, candidates, canEdit,
}: { orgSlug: string; agreementId: string; current: string | null; candidates: Candidate[]; canEdit: boolean }) {
  const { t } = useI18n();
  const [value, setValue] = useState(current ?? "");
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [isPending, startTransition] = useTransition();
  const languageName = (language: "nl" | "en") => (language === "nl" ? "Nederlands" : "English");

  function save() {
    startTransition(async () => {
      const result = await setTranslationOfAction(orgSlug, { agreementId, baseVersionId: value || null });
      if (result.ok) {
        setMessage({ tone: "success", text: t("translation.saved") });
        window.location.reload();
      } else {
        setMessage({ tone: "error", text: t(result.fieldErrors?.baseVersionId ?? result.message) });
      }
    });
  }

  return (
    <section aria-labelledby="translation-heading" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id="translation-heading" className="text-base font-semibold">{t("translation.heading")}</h2>
      <p className="mt-1 text-sm text-slate-600">{t("translation.lead")}</p>
      {candidates.length === 0 && !current ? (
        <p className="mt-3 text-sm text-slate-500">{t("translation.noCandidates")}</p>
      ) : (
        <div className="mt-3 flex flex-wrap items-end gap-3">
          <SelectField
            className="min-w-72 flex-1"
            label={t("translation.label")}
            value={value}
            disabled={!canEdit || isPending}
            onChange={(event) => setValue(event.target.value)}
            options={[
              { value: "", label: t("translation.none") },
              ...candidates.map((c) => ({
                value: c.id,
                label: t("translation.option", { title: c.title, number: c.number ?? "", language: languageName(c.language) }),
              })),
            ]}
          />
          {canEdit ? (
            <Button type="button" variant="secondary" onClick={save} disabled={isPending || value === (current ?? "")}>
              {t("translation.save")}
            </Button>
          ) : null}
        </div>
      )}
      {message ? <div className="mt-3"><Alert tone={message.tone}>{message.text}</Alert></div> : null}
    </section>
  );
}
