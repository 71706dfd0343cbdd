"use client";
import { useEffect, useState } from "react";
import { useEditor } from "./editor-context";

export type OutlineEntry = {
  id: string;
  label: string;
  /** "3." for articles. */
  number?: string;
  /** Small grey text on the right, e.g. the clause count. */
  detail?: string;
  detailLabel?: string;
  problems: number;
  /** Starts a group (e.g. the articles) with a small heading above. */
  groupTitle?: string;
};

export function scrollToSection(id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  const isReduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  element.scrollIntoView({ behavior: isReduced ? "auto" : "smooth", block: "start" });
  element.focus({ preventScroll: true });
  history.replaceState(null, "", `#${id}`);
}

/** Which section is at the top of the screen (just under the sticky bar), for highlighting it in the outline. */
export function useActiveSection(ids: string[]): string | undefined {
  const [active, setActive] = useState<string | undefined>(ids[0]);
  const key = ids.join("|");
  useEffect(() => {
    const list = key.split("|");
    let frame = 0;
    const update = () => {
      frame = 0;
      const line = Math.min(220, window.innerHeight * 0.35);
      let current = list[0];
      for (const id of list) {
        const element = document.getElementById(id);
        if (element && element.getBoundingClientRect().top <= line) current = id;
      }
      setActive(current);
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener("scroll", onScroll, { passive: true });
    window.addEventListener("resize", onScroll);
    return () => {
      window.removeEventListener("scroll", onScroll);
      window.removeEventListener("resize", onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [key]);
  return active;
}

export function Outline({ entries, activeId }: { entries: OutlineEntry[]; activeId?: string }) {
  const { t } = useEditor();
  return (
    <nav aria-label={t("editor.outline.label")} className="text-sm">
      <p className="px-2 text-xs font-semibold uppercase tracking-wider text-slate-500">{t("editor.outline.heading")}</p>
      <ol className="mt-2 space-y-0.5">
        {entries.map((entry) => {
          const isActive = entry.id === activeId;
          return (
            <li key={entry.id}>
              {entry.groupTitle ? (
                <p className="mt-3 mb-1 px-2 text-xs font-semibold uppercase tracking-wider text-slate-600">{entry.groupTitle}</p>
              ) : null}
              <a
                href={`#${entry.id}`}
                aria-current={isActive ? "location" : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  scrollToSection(entry.id);
                }}
                className={
                  "flex items-baseline gap-1.5 rounded-md px-2 py-1 transition focus-visible:outline-2 focus-visible:outline-blue-700 " +
                  (isActive ? "bg-white font-medium text-blue-900 shadow-sm ring-1 ring-slate-200" : "text-slate-700 hover:bg-slate-100")
                }
              >
                {entry.number ? <span className="w-6 shrink-0 text-right tabular-nums text-slate-500">{entry.number}</span> : null}
                <span className={`min-w-0 flex-1 truncate ${entry.label ? "" : "italic text-slate-600"}`}>{entry.label || t("editor.outline.untitled")}</span>
                {entry.problems > 0 ? (
                  <span
                    className="h-2 w-2 shrink-0 self-center rounded-full bg-amber-500"
                    title={t("editor.problemsShort", { count: entry.problems })}
                    aria-label={t("editor.problemsShort", { count: entry.problems })}
                    role="img"
                  />
                ) : null}
                {entry.detail ? (
                  <span className="shrink-0 text-xs tabular-nums text-slate-600" title={entry.detailLabel}>
                    <span aria-hidden="true">{entry.detail}</span>
                    {entry.detailLabel ? <span className="sr-only">{entry.detailLabel}</span> : null}
                  </span>
                ) : null}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** On a phone the outline is a select at the top. */
export function OutlineSelect({ entries, activeId }: { entries: OutlineEntry[]; activeId?: string }) {
  const { t } = useEditor();
  return (
    <label className="block">
      <span className="sr-only">{t("editor.outline.jump")}</span>
      <select
        value={activeId ?? ""}
        onChange={(event) => scrollToSection(event.target.value)}
        className="block w-full rounded-md border-0 bg-white py-1.5 pl-3 pr-8 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-blue-700"
      >
        {entries.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.number ? `${entry.number} ` : ""}
            {entry.label || t("editor.outline.untitled")}
            {entry.problems > 0 ? ` (${t("editor.problemsShort", { count: entry.problems })})` : ""}
          </option>
        ))}
      </select>
    </label>
  );
}
