"use client";
import { useLayoutEffect, useMemo, useRef } from "react";
import { parseMarkup } from "@/lib/agreements/markup";
import { hasPlaceholder } from "@/lib/agreements/placeholders";
import { toggleInline, toggleList, type TextEdit } from "@/lib/agreements/markup-edit";
import { Blocks } from "@/components/agreement/blocks";
import { AutoTextarea, EditorField, IconButton } from "./controls";
import { altArrow } from "./drag-reorder";
import { useEditor } from "./editor-context";
import type { Direction, TextUnit } from "./editor-state";

type FormatCommand = "bold" | "italic" | "bullets" | "numbered";

function applyFormat(command: FormatCommand, text: string, start: number, end: number): TextEdit {
  switch (command) {
    case "bold":
      return toggleInline(text, start, end, "**");
    case "italic":
      return toggleInline(text, start, end, "_");
    case "bullets":
      return toggleList(text, start, end, "bullet");
    case "numbered":
      return toggleList(text, start, end, "numbered");
  }
}

/**
 * The text of a clause or sub-clause in the notation of lib/agreements/markup.ts, with a small
 * formatting toolbar (and Ctrl/Cmd+B, Ctrl/Cmd+I) that writes the notation, and a preview of the
 * formatted text rendered from the parsed blocks.
 */
export function ClauseText({
  unit, number, path, onChange, onMove, actions,
}: {
  unit: TextUnit;
  number: string;
  path: string;
  onChange: (value: string) => void;
  /** Alt+ArrowUp / Alt+ArrowDown in the text. */
  onMove?: (dir: Direction) => void;
  actions: React.ReactNode;
}) {
  const { t, isReadOnly, messageAt } = useEditor();
  const id = `${unit.key}-text`;
  const pendingSelection = useRef<[number, number] | null>(null);

  // After a formatting command the new text is rendered first; then the selection is put back.
  useLayoutEffect(() => {
    const range = pendingSelection.current;
    if (!range) return;
    pendingSelection.current = null;
    (document.getElementById(id) as HTMLTextAreaElement | null)?.setSelectionRange(range[0], range[1]);
  }, [unit.text, id]);

  const format = (command: FormatCommand) => {
    const element = document.getElementById(id) as HTMLTextAreaElement | null;
    if (!element || isReadOnly) return;
    const edit = applyFormat(command, unit.text, element.selectionStart, element.selectionEnd);
    element.focus();
    if (edit.text === unit.text) {
      element.setSelectionRange(edit.start, edit.end);
      return;
    }
    pendingSelection.current = [edit.start, edit.end];
    onChange(edit.text);
  };

  const blocks = useMemo(() => parseMarkup(unit.text), [unit.text]);
  // A template field still to complete is highlighted in the preview, so the preview shows then too.
  const hasMarkedField = useMemo(() => hasPlaceholder(unit.text), [unit.text]);
  const isFormatted = hasMarkedField || blocks.some((block) =>
    block.type === "list" || block.runs.some((run) => run.bold || run.italic),
  );

  return (
    <div className="group/clause flex gap-2 sm:gap-3">
      <span className="w-10 shrink-0 pt-2 text-right text-sm font-medium tabular-nums text-slate-500 sm:w-12" aria-hidden="true">
        {number}
      </span>
      <div className="flex min-w-0 flex-1 flex-col gap-1 sm:flex-row sm:gap-2">
        <div className="min-w-0 flex-1">
          <EditorField
            label={t("editor.clause.label", { number })}
            hideLabel
            message={messageAt(path)}
            hint={isReadOnly ? undefined : t("editor.notation")}
            // Invisible rather than removed: a layout that jumps on blur makes the next click miss its button.
            hintClassName="invisible group-focus-within/clause:visible"
            id={id}
          >
            {(a11y) => (
              <AutoTextarea
                {...a11y}
                data-path={path}
                value={unit.text}
                readOnly={isReadOnly}
                minRows={2}
                placeholder={isReadOnly ? undefined : t("editor.clause.placeholder")}
                onChange={(e) => onChange(e.target.value)}
                onKeyDown={(e) => {
                  if (isReadOnly) return;
                  const dir = altArrow(e);
                  if (dir && onMove) {
                    e.preventDefault();
                    onMove(dir);
                    return;
                  }
                  if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey) {
                    const key = e.key.toLowerCase();
                    if (key === "b" || key === "i") {
                      e.preventDefault();
                      format(key === "b" ? "bold" : "italic");
                    }
                  }
                }}
              />
            )}
          </EditorField>
          {isFormatted ? (
            <div
              role="group"
              aria-label={t("editor.clause.preview", { number })}
              className="mt-1 space-y-2 rounded-md border border-dashed border-slate-200 bg-slate-50/70 px-3 py-2 text-sm leading-relaxed text-slate-700"
            >
              <p aria-hidden="true" className="text-[0.7rem] font-semibold uppercase tracking-wider text-slate-600">
                {t("editor.clause.previewLabel")}
              </p>
              <Blocks blocks={blocks} markPlaceholders={hasMarkedField} />
            </div>
          ) : null}
        </div>
        {actions ? (
          <div className="flex flex-wrap items-start justify-end gap-x-2 gap-y-0.5 self-end sm:w-[10rem] sm:shrink-0 sm:flex-col sm:items-end sm:self-start">
            <div className="flex items-start gap-0.5 transition sm:opacity-60 sm:group-hover/clause:opacity-100 sm:group-focus-within/clause:opacity-100">
              {actions}
            </div>
            <FormatToolbar number={number} onFormat={format} />
          </div>
        ) : null}
      </div>
    </div>
  );
}

/** Shown while the clause has focus; the buttons keep the focus (and the selection) in the text. */
function FormatToolbar({ number, onFormat }: { number: string; onFormat: (command: FormatCommand) => void }) {
  const { t } = useEditor();
  const keep = (event: React.MouseEvent) => event.preventDefault();
  return (
    <div
      role="toolbar"
      aria-label={t("editor.format.toolbar", { number })}
      className="invisible flex items-center gap-0.5 group-focus-within/clause:visible"
    >
      <IconButton label={t("editor.format.bold")} title={t("editor.format.boldTitle")} onMouseDown={keep} onClick={() => onFormat("bold")} icon={<span className="text-sm font-bold" aria-hidden="true">B</span>} />
      <IconButton label={t("editor.format.italic")} title={t("editor.format.italicTitle")} onMouseDown={keep} onClick={() => onFormat("italic")} icon={<span className="font-serif text-sm italic" aria-hidden="true">I</span>} />
      <IconButton label={t("editor.format.bullets")} onMouseDown={keep} onClick={() => onFormat("bullets")} icon={<BulletsIcon />} />
      <IconButton label={t("editor.format.numbered")} onMouseDown={keep} onClick={() => onFormat("numbered")} icon={<NumberedIcon />} />
    </div>
  );
}

const BulletsIcon = () => (
  <svg width={16} height={16} viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth={1.6} strokeLinecap="round">
    <path d="M6.5 4h7M6.5 8h7M6.5 12h7" />
    <circle cx="3" cy="4" r="0.9" fill="currentColor" /><circle cx="3" cy="8" r="0.9" fill="currentColor" /><circle cx="3" cy="12" r="0.9" fill="currentColor" />
  </svg>
);
const NumberedIcon = () => (
  <svg width={16} height={16} viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth={1.6} strokeLinecap="round">
    <path d="M6.5 4h7M6.5 8h7M6.5 12h7" />
    <text x="1" y="5.6" fontSize="5" fill="currentColor" stroke="none">1</text>
    <text x="1" y="9.6" fontSize="5" fill="currentColor" stroke="none">2</text>
    <text x="1" y="13.6" fontSize="5" fill="currentColor" stroke="none">3</text>
  </svg>
);
