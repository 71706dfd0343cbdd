"use client";
import { memo, useState } from "react";
import { isRowsPaste, subProcessorsFromTsv, type SubProcessorColumn } from "@/lib/agreements/paste-rows";
import { transferBases } from "@/lib/agreements/schemas";
import { countryName, countryNames, isEuEeaCountry, isKnownCountry } from "@/lib/validation/countries";
import type { TransferBasis } from "@/lib/agreements/types";
import { AddButton, AutoTextarea, EditorField, editorInputClass } from "./controls";
import { useEditor } from "./editor-context";
import { newKey, type EditorSubProcessor, type SubProcessorField } from "./editor-state";
import { DragHandle, DropLine, altArrow, useDragReorder, type DragList, type DropEdge } from "./drag-reorder";
import { DeleteButton, MoveButtons } from "./item-actions";
import { EditorSection, ProblemBadge } from "./section";

/** Annex 2: the sub-processors, with where they process and on what basis data may go there. */
export const AnnexSubProcessorsSection = memo(function AnnexSubProcessorsSection({ rows }: { rows: EditorSubProcessor[] }) {
  const { t, locale, dispatch, isReadOnly, problemsUnder, focusSoon, announce } = useEditor();
  const problemCount = problemsUnder("subProcessors");
  const { api: drag, drop } = useDragReorder("subProcessors", (from, to) => {
    dispatch({ type: "moveSubProcessorTo", from, to });
    const row = rows[from];
    announce(t("editor.moved", { what: t("editor.annex2.rowWhat", { n: from + 1, name: row?.name || "…" }), position: to + 1 }));
  });
  // Rows copied from a spreadsheet: one sub-processor per line, the columns from the pasted one on.
  const [pasteNote, setPasteNote] = useState("");
  const pasteRows = (at: number, text: string, column: SubProcessorColumn) => {
    const pasted = subProcessorsFromTsv(text, column);
    if (pasted.length === 0) return;
    const added = pasted.map(({ unknownCountry: _unknown, ...row }) => ({ ...row, key: newKey() }));
    dispatch({ type: "pasteSubProcessors", at, rows: added });
    const unknown = pasted.flatMap((row) => (row.unknownCountry ? [row.unknownCountry] : []));
    setPasteNote(
      [t("editor.paste.done", { count: added.length }), unknown.length ? t("editor.paste.unknownCountry", { countries: unknown.join(", ") }) : ""]
        .filter(Boolean)
        .join(" "),
    );
  };
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
          <SubProcessorRow
            key={row.key}
            row={row}
            i={i}
            count={rows.length}
            countries={countries}
            drag={drag}
            dropEdge={drop?.index === i ? drop.edge : undefined}
            onPasteRows={pasteRows}
          />
        ))}
      </ol>
      <p role="status" className="mt-3 text-sm text-slate-700 empty:hidden">{pasteNote}</p>
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
      {!isReadOnly ? <p className="mt-3 text-xs text-slate-500">{t("editor.paste.hint")}</p> : null}
    </EditorSection>
  );
});

function SubProcessorRow({
  row, i, count, countries, drag, dropEdge, onPasteRows,
}: {
  row: EditorSubProcessor;
  i: number;
  count: number;
  countries: { inside: string[]; outside: string[] };
  drag: DragList;
  dropEdge?: DropEdge;
  onPasteRows: (at: number, text: string, column: SubProcessorColumn) => void;
}) {
  const { t, locale, dispatch, isReadOnly, messageAt, announce, focusSoon } = useEditor();
  const paste = (column: SubProcessorColumn) => (event: React.ClipboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (isReadOnly) return;
    const data = event.clipboardData.getData("text/plain");
    if (!isRowsPaste(data, event.currentTarget.tagName === "TEXTAREA")) return;
    event.preventDefault();
    onPasteRows(i, data, column);
  };
  // Alt+ArrowUp / Alt+ArrowDown in any field of the row moves the row; focus stays in the field.
  const onKeyDown = (event: React.KeyboardEvent<HTMLElement>) => {
    const dir = altArrow(event);
    if (!dir || isReadOnly) return;
    event.preventDefault();
    if (i + dir < 0 || i + dir >= count) return;
    dispatch({ type: "moveSubProcessor", i, dir });
    announce(t("editor.moved", { what, position: i + dir + 1 }));
    const focused = (event.target as HTMLElement).id;
    if (focused) focusSoon(focused);
  };
  const path = (field: string) => `subProcessors.${i}.${field}`;
  const what = t("editor.annex2.rowWhat", { n: i + 1, name: row.name || "…" });
  const text = (field: SubProcessorField) => (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    dispatch({ type: "subProcessorText", i, field, value: event.target.value });
  const hasCountry = row.country === "EU" || isKnownCountry(row.country);
  const needsBasis = hasCountry && !isEuEeaCountry(row.country);
  const basisMessage = messageAt(path("transferBasis"));
  const isEmpty = !row.name.trim() && !row.serviceArea.trim() && !row.purposes.trim() && !row.dataConcerned.trim();

  return (
    <li className="relative rounded-lg ring-1 ring-slate-200" onKeyDown={onKeyDown} {...(isReadOnly ? {} : drag.itemProps(i))}>
      <DropLine edge={dropEdge} inset="-0.6rem" />
      <div className="flex items-center gap-3 rounded-t-lg border-b border-slate-100 bg-slate-50/60 px-3 py-2 sm:px-4">
        {!isReadOnly ? <DragHandle label={t("editor.dragToMove", { what })} props={drag.handleProps(i)} /> : null}
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
            <input {...a11y} data-path={path("name")} value={row.name} readOnly={isReadOnly} maxLength={200} onChange={text("name")} onPaste={paste("name")} className={editorInputClass} />
          )}
        </EditorField>
        <EditorField label={t("editor.annex2.serviceArea")} required hint={t("editor.annex2.serviceAreaHint")} message={messageAt(path("serviceArea"))}>
          {(a11y) => (
            <input {...a11y} data-path={path("serviceArea")} value={row.serviceArea} readOnly={isReadOnly} maxLength={120} onChange={text("serviceArea")} onPaste={paste("serviceArea")} className={editorInputClass} />
          )}
        </EditorField>
        <EditorField label={t("editor.annex2.purposes")} required message={messageAt(path("purposes"))}>
          {(a11y) => (
            <AutoTextarea {...a11y} data-path={path("purposes")} value={row.purposes} readOnly={isReadOnly} maxLength={1000} minRows={2} onChange={text("purposes")} onPaste={paste("purposes")} />
          )}
        </EditorField>
        <EditorField label={t("editor.annex2.dataConcerned")} required hint={t("editor.annex2.dataConcernedHint")} message={messageAt(path("dataConcerned"))}>
          {(a11y) => (
            <AutoTextarea {...a11y} data-path={path("dataConcerned")} value={row.dataConcerned} readOnly={isReadOnly} maxLength={1000} minRows={2} onChange={text("dataConcerned")} onPaste={paste("dataConcerned")} />
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
