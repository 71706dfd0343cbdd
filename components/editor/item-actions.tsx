"use client";
import { ArrowDownIcon, ArrowUpIcon, IconButton, TrashIcon } from "./controls";
import { useEditor } from "./editor-context";
import type { Direction, EditorAction } from "./editor-state";

type MoveAction = Extract<EditorAction, { dir: Direction }>;

/** Up and down buttons for an item in a list; `what` names the item ("clause 3.2"). */
export function MoveButtons({
  itemKey, index, count, what, action,
}: {
  itemKey: string;
  index: number;
  count: number;
  what: string;
  action: (dir: Direction) => MoveAction;
}) {
  const { t, move } = useEditor();
  const go = (dir: Direction) => move(action(dir), itemKey, index + dir, count, t("editor.moved", { what, position: index + dir + 1 }));
  return (
    <>
      <IconButton id={`${itemKey}-up`} label={t("editor.moveUp", { what })} icon={<ArrowUpIcon />} disabled={index === 0} onClick={() => go(-1)} />
      <IconButton id={`${itemKey}-down`} label={t("editor.moveDown", { what })} icon={<ArrowDownIcon />} disabled={index === count - 1} onClick={() => go(1)} />
    </>
  );
}

/**
 * Deletes after a confirmation; `isEmpty` skips the question for something that holds nothing yet.
 * Focus goes to `focusAfter` (an element id) so keyboard users are not left on a vanished button.
 */
export function DeleteButton({
  what, question, isEmpty = false, focusAfter, onDelete,
}: {
  what: string;
  question: string;
  isEmpty?: boolean;
  focusAfter?: string;
  onDelete: () => void;
}) {
  const { t, focusSoon, announce } = useEditor();
  return (
    <IconButton
      label={t("editor.delete", { what })}
      icon={<TrashIcon />}
      tone="danger"
      onClick={() => {
        if (!isEmpty && !window.confirm(question)) return;
        onDelete();
        announce(t("editor.deleted", { what }));
        if (focusAfter) focusSoon(focusAfter);
      }}
    />
  );
}
