"use client";
import { useLayoutEffect, useMemo, useRef, useState } from "react";
import { dropTarget, type DropEdge } from "./editor-state";

// Reordering by drag and drop (HTML5), next to the move buttons and Alt+Arrow keys that do the same
// for keyboard users. A list has a group name; items only drop within their own group, so a clause
// cannot land in another article.

export type { DropEdge };
type Drop = { index: number; edge: DropEdge };

const mime = "application/x-dpa-reorder";
/** One drag at a time in a page: which group and which position it started from. */
let dragging: { group: string; from: number } | null = null;

export type DragList = {
  /** Spread on the drag handle of item `index`. */
  handleProps: (index: number) => React.HTMLAttributes<HTMLElement> & { draggable: true };
  /** Spread on the element of item `index` (the drop target). */
  itemProps: (index: number) => React.HTMLAttributes<HTMLElement> & { "data-drag-item": string };
};

/** `onMove(from, to)` is called on a drop that changes the order. The returned `api` object is stable. */
export function useDragReorder(group: string, onMove: (from: number, to: number) => void): { api: DragList; drop: Drop | null } {
  const [drop, setDrop] = useState<Drop | null>(null);
  const onMoveRef = useRef(onMove);
  useLayoutEffect(() => {
    onMoveRef.current = onMove;
  });
  const api = useMemo<DragList>(() => {
    const isOurs = () => dragging?.group === group;
    return {
      handleProps: (index) => ({
        draggable: true,
        onDragStart: (event) => {
          dragging = { group, from: index };
          event.stopPropagation();
          event.dataTransfer.effectAllowed = "move";
          event.dataTransfer.setData(mime, group);
          const item = (event.currentTarget as HTMLElement).closest("[data-drag-item]");
          if (item) event.dataTransfer.setDragImage(item, 24, 16);
        },
        onDragEnd: () => {
          dragging = null;
          setDrop(null);
        },
      }),
      itemProps: (index) => ({
        "data-drag-item": group,
        onDragOver: (event) => {
          if (!isOurs()) return;
          event.preventDefault();
          event.stopPropagation();
          event.dataTransfer.dropEffect = "move";
          const rect = event.currentTarget.getBoundingClientRect();
          const edge: DropEdge = event.clientY < rect.top + rect.height / 2 ? "before" : "after";
          setDrop((previous) => (previous?.index === index && previous.edge === edge ? previous : { index, edge }));
        },
        onDragLeave: (event) => {
          if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
          setDrop((previous) => (previous?.index === index ? null : previous));
        },
        onDrop: (event) => {
          if (!isOurs() || !dragging) return;
          event.preventDefault();
          event.stopPropagation();
          const rect = event.currentTarget.getBoundingClientRect();
          const edge: DropEdge = event.clientY < rect.top + rect.height / 2 ? "before" : "after";
          const from = dragging.from;
          const to = dropTarget(from, index, edge);
          dragging = null;
          setDrop(null);
          if (to !== from) onMoveRef.current(from, to);
        },
      }),
    };
  }, [group]);
  return { api, drop };
}

/** The drop indicator: a line above or below the item (which must be `relative`). */
export function DropLine({ edge, inset = "-0.375rem" }: { edge?: DropEdge | null; inset?: string }) {
  if (!edge) return null;
  return (
    <div
      aria-hidden="true"
      className="pointer-events-none absolute inset-x-0 z-10 h-1 rounded-full bg-blue-600 shadow-[0_0_0_2px_white]"
      style={edge === "before" ? { top: inset } : { bottom: inset }}
    />
  );
}

/** The grip to drag an item by. Mouse only: keyboard users have the move buttons and Alt+Arrow keys. */
export function DragHandle({ label, props }: { label: string; props: ReturnType<DragList["handleProps"]> }) {
  return (
    <span
      {...props}
      title={label}
      aria-hidden="true"
      data-drag-handle=""
      className="inline-flex h-8 w-6 shrink-0 cursor-grab items-center justify-center rounded-md text-slate-400 hover:bg-slate-100 hover:text-slate-700 active:cursor-grabbing"
    >
      <svg width={12} height={16} viewBox="0 0 12 16" aria-hidden="true" fill="currentColor">
        <circle cx="3.5" cy="3.5" r="1.3" /><circle cx="8.5" cy="3.5" r="1.3" />
        <circle cx="3.5" cy="8" r="1.3" /><circle cx="8.5" cy="8" r="1.3" />
        <circle cx="3.5" cy="12.5" r="1.3" /><circle cx="8.5" cy="12.5" r="1.3" />
      </svg>
    </span>
  );
}

/** Alt+ArrowUp / Alt+ArrowDown: the direction to move, or null for any other key. */
export function altArrow(event: React.KeyboardEvent): -1 | 1 | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  if (event.key === "ArrowUp") return -1;
  if (event.key === "ArrowDown") return 1;
  return null;
}
