"use client";
import { memo } from "react";
import { transferBases } from "@/lib/agreements/schemas";
import { countryName, countryNames, isEuEeaCountry, isKnownCountry } from "@/lib/validation/countries";
import type { TransferBasis } from "@/lib/agreements/types";
import { AddButton, AutoTextarea, EditorField, editorInputClass } from "./controls";
import { useEditor } from "./editor-context";
import { newKey, type EditorSubProcessor, type SubProcessorField } from "./editor-state";
import { DeleteButton, MoveButtons } from "./item-actions";
import { EditorSection, ProblemBadge } from "./section";

/** Annex 2: the sub-processors, with where they process and on what basis data may go there. */
export const AnnexSubProcessorsSection = memo(function AnnexSubProcessorsSection({ rows }: { rows: EditorSubProcessor[] }) {
  const { t, locale, dispatch, isReadOnly, problemsUnder, focusSoon } = useEditor();
  const problemCount = problemsUnder("subProcessors");
  const byName = (a: string, b: string) => countryName(a, locale).localeCompare(countryName(b, locale), locale);
  const codes = Object.keys(countryNames).filter((code) => code !== "EU");
  const countries = {
    inside: codes.filter((code) => isEuEeaCountry(code)).sort(byName),
    outside: codes.filter((code) => !isEuEeaCountry(code)).sort(byName),
  };
  return (
    <EditorSection
      id="annex-2"
      title={t("editor.annex2.heading")}
      lead={t("editor.annex2.lead")}
      badge={<ProblemBadge count={problemCount} label={t("editor.problemsShort", { count: problemCount })} />}
    >
      {rows.length === 0 ? <p className="text-sm text-slate-600">{t("editor.annex2.empty")}</p> : null}
      <ol className="space-y-4">
        {rows.map((row, i) => (
          <SubProcessorRow key={row.key} row={row} i={i} count={rows.length} countries={countries} />
        ))}
      </ol>
      {!isReadOnly ? (
        <AddButton
          id="add-sub-processor"
          className="mt-4 ring-1 ring-inset ring-blue-200"
          onClick={() => {
            const key = newKey();
            dispatch({ type: "addSubProcessor", key });
            focusSoon(`${key}-name`);
          }}
        >
          {t("editor.annex2.add")}
        </AddButton>
      ) : null}
    </EditorSection>
  );
});

function SubProcessorRow({
  row, i, count, countries,
}: {
  row: EditorSubProcessor;
  i: number;
  count: number;
  countries: { inside: string[]; outside: string[] };
}) {
  const { t, locale, dispatch, isReadOnly, messageAt } = useEditor();
  const path = (field: string) => `subProcessors.${i}.${field}`;
  const what = t("editor.annex2.rowWhat", { n: i + 1, name: row.name || "…" });
  const text = (field: SubProcessorField) => (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    dispatch({ type: "subProcessorText", i, field, value: event.target.value });
  const hasCountry = row.country === "EU" || isKnownCountry(row.country);
  const needsBasis = hasCountry && !isEuEeaCountry(row.country);
  const basisMessage = messageAt(path("transferBasis"));
  const isEmpty = !row.name.trim() && !row.serviceArea.trim() && !row.purposes.trim() && !row.dataConcerned.trim();

  return (
    <li className="rounded-lg ring-1 ring-slate-200">
      <div className="flex items-center gap-3 rounded-t-lg border-b border-slate-100 bg-slate-50/60 px-3 py-2 sm:px-4">
        <h3 className="min-w-0 flex-1 truncate text-sm font-semibold text-slate-800">
          <span className="text-slate-500">{t("editor.annex2.row", { n: i + 1 })}</span>
          {row.name.trim() ? <span> · {row.name}</span> : null}
          {hasCountry ? <span className="font-normal text-slate-500"> · {countryName(row.country, locale)}</span> : null}
        </h3>
        {!isReadOnly ? (
          <div className="flex items-center gap-0.5">
            <MoveButtons itemKey={row.key} index={i} count={count} what={what} action={(dir) => ({ type: "moveSubProcessor", i, dir })} />
            <DeleteButton
              what={what}
              isEmpty={isEmpty}
              question={t("editor.annex2.confirmDelete", { name: row.name || t("editor.annex2.row", { n: i + 1 }) })}
              focusAfter="add-sub-processor"
              onDelete={() => dispatch({ type: "removeSubProcessor", i })}
            />
          </div>
        ) : null}
      </div>
      <div className="grid gap-4 p-3 sm:grid-cols-2 sm:p-4">
        <EditorField id={`${row.key}-name`} label={t("editor.annex2.name")} required message={messageAt(path("name"))}>
          {(a11y) => (
            <input {...a11y} data-path={path("name")} value={row.name} readOnly={isReadOnly} maxLength={200} onChange={text("name")} className={editorInputClass} />
          )}
        </EditorField>
        <EditorField label={t("editor.annex2.serviceArea")} required hint={t("editor.annex2.serviceAreaHint")} message={messageAt(path("serviceArea"))}>
          {(a11y) => (
            <input {...a11y} data-path={path("serviceArea")} value={row.serviceArea} readOnly={isReadOnly} maxLength={120} onChange={text("serviceArea")} className={editorInputClass} />
          )}
        </EditorField>
        <EditorField label={t("editor.annex2.purposes")} required message={messageAt(path("purposes"))}>
          {(a11y) => (
            <AutoTextarea {...a11y} data-path={path("purposes")} value={row.purposes} readOnly={isReadOnly} maxLength={1000} minRows={2} onChange={text("purposes")} />
          )}
        </EditorField>
        <EditorField label={t("editor.annex2.dataConcerned")} required hint={t("editor.annex2.dataConcernedHint")} message={messageAt(path("dataConcerned"))}>
          {(a11y) => (
            <AutoTextarea {...a11y} data-path={path("dataConcerned")} value={row.dataConcerned} readOnly={isReadOnly} maxLength={1000} minRows={2} onChange={text("dataConcerned")} />
          )}
        </EditorField>
        <EditorField label={t("editor.annex2.country")} required message={messageAt(path("country"))}>
          {(a11y) => (
            <select {...a11y} data-path={path("country")} value={hasCountry ? row.country : ""} disabled={isReadOnly} onChange={text("country")} className={editorInputClass}>
              {!hasCountry ? <option value="">{t("editor.annex2.chooseCountry")}</option> : null}
              <option value="EU">{countryName("EU", locale)}</option>
              <optgroup label={t("editor.annex2.insideEea")}>
                {countries.inside.map((code) => <option key={code} value={code}>{countryName(code, locale)}</option>)}
              </optgroup>
              <optgroup label={t("editor.annex2.outsideEea")}>
                {countries.outside.map((code) => <option key={code} value={code}>{countryName(code, locale)}</option>)}
              </optgroup>
            </select>
          )}
        </EditorField>
        <div className={needsBasis ? "-m-2 rounded-lg bg-amber-50 p-2 ring-1 ring-inset ring-amber-300" : ""}>
          <EditorField
            label={t("editor.annex2.transferBasis")}
            required={needsBasis}
            message={basisMessage}
            hint={needsBasis ? t("editor.annex2.basisRequired", { country: countryName(row.country, locale) }) : hasCountry ? t("editor.annex2.basisNotNeeded") : undefined}
          >
            {(a11y) => (
              <select
                {...a11y}
                data-path={path("transferBasis")}
                value={row.transferBasis}
                disabled={isReadOnly}
                onChange={(e) => dispatch({ type: "subProcessorBasis", i, value: e.target.value as TransferBasis })}
                className={editorInputClass}
              >
                {transferBases.map((basis) => (
                  <option key={basis} value={basis}>{t(`editor.basis.${basis}`)}</option>
                ))}
              </select>
            )}
          </EditorField>
        </div>
      </div>
    </li>
  );
}
