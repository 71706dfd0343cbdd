"use client";
import { memo } from "react";
import type { ProcessorDetails } from "@/lib/agreements/types";
import { countryName } from "@/lib/validation/countries";
import { AutoTextarea, EditorField, editorInputClass } from "./controls";
import { useEditor } from "./editor-context";
import type { DetailsField, EditorState } from "./editor-state";
import { EditorSection } from "./section";

type DetailsProps = Pick<EditorState, "title" | "preamble" | "mainAgreement" | "effectiveDate" | "noticePeriodDays"> & {
  processor: ProcessorDetails;
};

export const DetailsSection = memo(function DetailsSection({ processor, ...state }: DetailsProps) {
  const { t, locale, dispatch, isReadOnly, messageAt } = useEditor();
  const change = (field: DetailsField) => (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    dispatch({ type: "details", field, value: event.target.value });
  return (
    <EditorSection id="details" title={t("editor.outline.details")} lead={t("editor.details.lead")}>
      <div className="grid gap-5 sm:grid-cols-6">
        <EditorField className="sm:col-span-6" label={t("editor.details.title")} required message={messageAt("title")}>
          {(a11y) => (
            <input {...a11y} data-path="title" value={state.title} readOnly={isReadOnly} maxLength={200} onChange={change("title")} className={editorInputClass} />
          )}
        </EditorField>
        <EditorField
          className="sm:col-span-6"
          label={t("editor.details.preamble")}
          hint={t("editor.details.preambleHint")}
          message={messageAt("preamble")}
        >
          {(a11y) => (
            <AutoTextarea {...a11y} data-path="preamble" value={state.preamble} readOnly={isReadOnly} minRows={3} maxLength={5000} onChange={change("preamble")} />
          )}
        </EditorField>
        <EditorField
          className="sm:col-span-6"
          label={t("editor.details.mainAgreement")}
          hint={t("editor.details.mainAgreementHint")}
          message={messageAt("mainAgreement")}
        >
          {(a11y) => (
            <input {...a11y} data-path="mainAgreement" value={state.mainAgreement} readOnly={isReadOnly} maxLength={120} onChange={change("mainAgreement")} className={editorInputClass} />
          )}
        </EditorField>
        <EditorField
          className="sm:col-span-3"
          label={t("editor.details.effectiveDate")}
          required
          hint={t("editor.details.effectiveDateHint")}
          message={messageAt("effectiveDate")}
        >
          {(a11y) => (
            <input {...a11y} data-path="effectiveDate" type="date" value={state.effectiveDate} readOnly={isReadOnly} onChange={change("effectiveDate")} className={editorInputClass} />
          )}
        </EditorField>
        <EditorField
          className="sm:col-span-3"
          label={t("editor.details.noticePeriodDays")}
          hint={t("editor.details.noticePeriodDaysHint")}
          message={messageAt("noticePeriodDays")}
        >
          {(a11y) => (
            <div className="flex items-center gap-2">
              <input
                {...a11y}
                data-path="noticePeriodDays"
                type="number"
                inputMode="numeric"
                min={0}
                max={730}
                step={1}
                value={state.noticePeriodDays}
                readOnly={isReadOnly}
                onChange={change("noticePeriodDays")}
                className={`${editorInputClass} max-w-28`}
              />
              <span className="text-sm text-slate-600" aria-hidden="true">{t("editor.details.days")}</span>
            </div>
          )}
        </EditorField>
      </div>

      <div className="mt-6 rounded-lg bg-slate-50 p-4 ring-1 ring-inset ring-slate-200">
        <h3 className="text-sm font-semibold text-slate-800">{t("editor.processor.heading")}</h3>
        <p className="mt-0.5 text-xs text-slate-500">{t("editor.processor.lead")}</p>
        <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
          <ProcessorRow label={t("editor.processor.legalName")} value={processor.legalName} />
          <ProcessorRow label={t("editor.processor.registrationNumber")} value={processor.registrationNumber} />
          <ProcessorRow label={t("editor.processor.address")} value={processor.address} />
          <ProcessorRow label={t("editor.processor.country")} value={countryName(processor.country, locale)} />
          <ProcessorRow label={t("editor.processor.privacyEmail")} value={processor.privacyEmail} />
        </dl>
      </div>
    </EditorSection>
  );
});

function ProcessorRow({ label, value }: { label: string; value: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="break-words text-slate-900">{value || "—"}</dd>
    </div>
  );
}
