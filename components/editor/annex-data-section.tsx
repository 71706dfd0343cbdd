"use client";
import { memo, useState } from "react";
import { dataItemsFromTsv, isRowsPaste, type DataItemColumn } from "@/lib/agreements/paste-rows";
import { AddButton, EditorField, FieldMessageText, editorInputClass } from "./controls";
import { useEditor } from "./editor-context";
import { newKey, type EditorCategory } from "./editor-state";
import { DragHandle, DropLine, altArrow, useDragReorder } from "./drag-reorder";
import { DeleteButton, MoveButtons } from "./item-actions";
import { EditorSection, ProblemBadge } from "./section";

/** Annex 1: per category of data subjects, the personal data items. */
export const AnnexDataSection = memo(function AnnexDataSection({ categories }: { categories: EditorCategory[] }) {
  const { t, dispatch, isReadOnly, problemsUnder, focusSoon } = useEditor();
  const problemCount = problemsUnder("dataCategories");
  return (
    <EditorSection
      id="annex-1"
      title={t("editor.annex1.heading")}
      lead={t("editor.annex1.lead")}
      badge={<ProblemBadge count={problemCount} label={t("editor.problemsShort", { count: problemCount })} />}
    >
      {categories.length === 0 ? <p className="text-sm text-slate-600">{t("editor.annex1.empty")}</p> : null}
      <ol className="space-y-5">
        {categories.map((category, i) => (
          <CategoryBlock key={category.key} category={category} i={i} count={categories.length} />
        ))}
      </ol>
      {!isReadOnly ? (
        <AddButton
          id="add-category"
          className="mt-4 ring-1 ring-inset ring-blue-200"
          onClick={() => {
            const key = newKey();
            dispatch({ type: "addCategory", key, itemKey: newKey() });
            focusSoon(`${key}-name`);
          }}
        >
          {t("editor.annex1.addCategory")}
        </AddButton>
      ) : null}
      <p className="mt-4 text-xs text-slate-500">{t("editor.annex1.specialHint")}</p>
      {!isReadOnly ? <p className="mt-2 text-xs text-slate-500">{t("editor.paste.hint")}</p> : null}
    </EditorSection>
  );
});

function CategoryBlock({ category, i, count }: { category: EditorCategory; i: number; count: number }) {
  const { t, dispatch, isReadOnly, messageAt, focusSoon, announce } = useEditor();
  const itemName = (j: number) => category.items[j]?.name || t("editor.annex1.item", { n: j + 1 });
  const { api: drag, drop } = useDragReorder(`items:${category.key}`, (from, to) => {
    dispatch({ type: "moveItemTo", i, from, to });
    announce(t("editor.moved", { what: t("editor.annex1.itemWhat", { name: itemName(from) }), position: to + 1 }));
  });
  // Rows copied from a spreadsheet: one data item per line (personal data, retention, special category).
  const [pasteNote, setPasteNote] = useState("");
  const paste = (j: number, column: DataItemColumn) => (event: React.ClipboardEvent<HTMLInputElement>) => {
    if (isReadOnly) return;
    const data = event.clipboardData.getData("text/plain");
    if (!isRowsPaste(data, false)) return;
    event.preventDefault();
    const items = dataItemsFromTsv(data, column).map((item) => ({ ...item, key: newKey() }));
    if (items.length === 0) return;
    dispatch({ type: "pasteItems", i, at: j, items });
    setPasteNote(t("editor.paste.done", { count: items.length }));
  };
  const onRowKeyDown = (j: number) => (event: React.KeyboardEvent<HTMLElement>) => {
    const dir = altArrow(event);
    if (!dir || isReadOnly) return;
    event.preventDefault();
    if (j + dir < 0 || j + dir >= category.items.length) return;
    dispatch({ type: "moveItem", i, j, dir });
    announce(t("editor.moved", { what: t("editor.annex1.itemWhat", { name: itemName(j) }), position: j + dir + 1 }));
    const focused = (event.target as HTMLElement).id;
    if (focused) focusSoon(focused);
  };
  const what = t("editor.annex1.categoryWhat", { n: i + 1, name: category.name || "…" });
  const isEmpty = !category.name.trim() && category.items.every((item) => !item.name.trim() && !item.retention.trim());
  return (
    <li className="rounded-lg ring-1 ring-slate-200">
      <div className="rounded-t-lg bg-slate-50/60 px-3 py-3 sm:px-4">
        <div className="flex min-h-8 items-center gap-2">
          <label htmlFor={`${category.key}-name`} className="text-sm font-medium text-slate-800">
            {t("editor.annex1.categoryName", { n: i + 1 })}
            <span className="text-slate-500" aria-hidden="true"> *</span>
          </label>
          {!isReadOnly ? (
            <div className="ml-auto flex items-center gap-0.5">
              <MoveButtons itemKey={category.key} index={i} count={count} what={what} action={(dir) => ({ type: "moveCategory", i, dir })} />
              <DeleteButton
                what={what}
                isEmpty={isEmpty}
                question={t("editor.annex1.confirmDeleteCategory", { name: category.name || "…", count: category.items.length })}
                focusAfter="add-category"
                onDelete={() => dispatch({ type: "removeCategory", i })}
              />
            </div>
          ) : null}
        </div>
        <EditorField
          id={`${category.key}-name`}
          className="mt-1"
          label={t("editor.annex1.categoryName", { n: i + 1 })}
          hideLabel="external"
          message={messageAt(`dataCategories.${i}.name`)}
        >
          {(a11y) => (
            <input
              {...a11y}
              data-path={`dataCategories.${i}.name`}
              value={category.name}
              readOnly={isReadOnly}
              maxLength={200}
              placeholder={t("editor.annex1.categoryPlaceholder")}
              onChange={(e) => dispatch({ type: "categoryName", i, value: e.target.value })}
              className={`${editorInputClass} font-medium`}
            />
          )}
        </EditorField>
      </div>

      <div className="px-3 pb-3 sm:px-4">
        {category.items.length > 0 ? (
          <div role="table" aria-label={t("editor.annex1.itemsOf", { name: category.name || t("editor.annex1.category", { n: i + 1 }) })}>
            <div role="row" className="hidden gap-3 border-b border-slate-100 py-2 text-xs font-medium text-slate-500 sm:grid sm:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)_6rem_8rem]">
              <span role="columnheader">{t("editor.annex1.itemName")}</span>
              <span role="columnheader">{t("editor.annex1.retention")}</span>
              <span role="columnheader" className="text-center">{t("editor.annex1.special")}</span>
              <span role="columnheader" className="sr-only">{t("editor.actions")}</span>
            </div>
            {category.items.map((item, j) => {
              const itemWhat = t("editor.annex1.itemWhat", { name: item.name || t("editor.annex1.item", { n: j + 1 }) });
              return (
                <div
                  role="row"
                  key={item.key}
                  onKeyDown={onRowKeyDown(j)}
                  {...(isReadOnly ? {} : drag.itemProps(j))}
                  className="relative grid grid-cols-2 items-start gap-x-3 gap-y-2 border-b border-slate-100 py-3 last:border-b-0 sm:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)_6rem_8rem] sm:py-2"
                >
                  <DropLine edge={drop?.index === j ? drop.edge : undefined} inset="-0.125rem" />
                  <div role="cell" className="col-span-2 sm:col-span-1">
                    <EditorField
                      id={`${item.key}-name`}
                      label={t("editor.annex1.itemName")}
                      hideLabel="sm"
                      message={messageAt(`dataCategories.${i}.items.${j}.name`)}
                    >
                      {(a11y) => (
                        <input
                          {...a11y}
                          data-path={`dataCategories.${i}.items.${j}.name`}
                          value={item.name}
                          readOnly={isReadOnly}
                          maxLength={200}
                          placeholder={t("editor.annex1.itemPlaceholder")}
                          onChange={(e) => dispatch({ type: "itemText", i, j, field: "name", value: e.target.value })}
                          onPaste={paste(j, "name")}
                          className={editorInputClass}
                        />
                      )}
                    </EditorField>
                  </div>
                  <div role="cell" className="col-span-2 sm:col-span-1">
                    <EditorField label={t("editor.annex1.retention")} hideLabel="sm" message={messageAt(`dataCategories.${i}.items.${j}.retention`)}>
                      {(a11y) => (
                        <input
                          {...a11y}
                          data-path={`dataCategories.${i}.items.${j}.retention`}
                          value={item.retention}
                          readOnly={isReadOnly}
                          maxLength={200}
                          placeholder={t("editor.annex1.retentionPlaceholder")}
                          onChange={(e) => dispatch({ type: "itemText", i, j, field: "retention", value: e.target.value })}
                          onPaste={paste(j, "retention")}
                          className={editorInputClass}
                        />
                      )}
                    </EditorField>
                  </div>
                  <div role="cell" className="flex items-center gap-2 pt-2 sm:justify-center">
                    <input
                      id={`${item.key}-special`}
                      type="checkbox"
                      checked={item.isSpecialCategory}
                      disabled={isReadOnly}
                      onChange={(e) => dispatch({ type: "itemSpecial", i, j, value: e.target.checked })}
                      className="h-4 w-4 rounded border-slate-300 text-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
                    />
                    <label htmlFor={`${item.key}-special`} className="text-sm text-slate-700">
                      <span aria-hidden="true" className="sm:hidden">{t("editor.annex1.special")}</span>
                      <span className="sr-only">{t("editor.annex1.specialLabel", { name: item.name || t("editor.annex1.item", { n: j + 1 }) })}</span>
                    </label>
                  </div>
                  <div role="cell" className="flex items-center justify-end gap-0.5">
                    {!isReadOnly ? (
                      <>
                        <DragHandle label={t("editor.dragToMove", { what: itemWhat })} props={drag.handleProps(j)} />
                        <MoveButtons itemKey={item.key} index={j} count={category.items.length} what={itemWhat} action={(dir) => ({ type: "moveItem", i, j, dir })} />
                        <DeleteButton
                          what={itemWhat}
                          isEmpty={!item.name.trim() && !item.retention.trim()}
                          question={t("editor.annex1.confirmDeleteItem", { name: item.name || "…" })}
                          focusAfter={`${category.key}-add-item`}
                          onDelete={() => dispatch({ type: "removeItem", i, j })}
                        />
                      </>
                    ) : null}
                  </div>
                </div>
              );
            })}
          </div>
        ) : null}
        <FieldMessageText message={messageAt(`dataCategories.${i}.items`)} />
        <p role="status" className="mt-2 text-sm text-slate-700 empty:hidden">{pasteNote}</p>
        {!isReadOnly ? (
          <AddButton
            id={`${category.key}-add-item`}
            data-path={`dataCategories.${i}.items`}
            className="mt-2"
            onClick={() => {
              const key = newKey();
              dispatch({ type: "addItem", i, key });
              focusSoon(`${key}-name`);
            }}
          >
            {t("editor.annex1.addItem")}
          </AddButton>
        ) : null}
      </div>
    </li>
  );
}
