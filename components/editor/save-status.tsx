"use client";
import { useI18n } from "@/components/i18n-provider";
import { AlertIcon, CheckIcon } from "./controls";
import { formatTime } from "./format";
import type { SaveStatus } from "./use-autosave";

/** "Saving… / Saved at 14:02 / Not saved: reason", always in the same place at the top. */
export function SaveStatusView({
  status, isDirty, isValid, isReadOnly, onRetry,
}: {
  status: SaveStatus;
  isDirty: boolean;
  isValid: boolean;
  isReadOnly: boolean;
  onRetry: () => void;
}) {
  const { t, locale } = useI18n();
  let tone: "ok" | "busy" | "error" | "muted" = "ok";
  let text: string;
  let canRetry = false;
  if (isReadOnly) {
    tone = "muted";
    text = t("editor.status.readOnly");
  } else if (status.kind === "conflict") {
    tone = "error";
    text = t("editor.status.notSaved", { reason: t("editor.status.conflictShort") });
  } else if (status.kind === "gone") {
    tone = "error";
    text = t("editor.status.notSaved", { reason: t("editor.status.goneShort") });
  } else if (!isValid) {
    tone = "error";
    text = t("editor.status.notSaved", { reason: t("editor.status.invalid") });
  } else if (status.kind === "failed") {
    tone = "error";
    const isFieldProblem = status.message === "agreements.fixDraft" || status.message === "validation.fix";
    text = t("editor.status.notSaved", { reason: t(isFieldProblem ? "editor.status.invalid" : status.message) });
    canRetry = true;
  } else if (status.kind === "saving" || isDirty) {
    tone = "busy";
    text = t("editor.status.saving");
  } else if (status.kind === "saved") {
    text = t("editor.status.savedAt", { time: formatTime(status.at, locale) });
  } else {
    text = t("editor.status.upToDate");
  }
  const colours = { ok: "text-emerald-800", busy: "text-slate-600", error: "text-red-700", muted: "text-slate-600" };
  return (
    <div className={`flex min-w-0 items-center gap-2 text-sm ${colours[tone]}`}>
      <span role="status" aria-live="polite" className="flex min-w-0 items-center gap-1.5">
        {tone === "ok" ? <CheckIcon /> : tone === "error" ? <AlertIcon /> : tone === "busy" ? <Spinner /> : null}
        <span className="truncate" title={text}>{text}</span>
      </span>
      {canRetry ? (
        <button type="button" onClick={onRetry} className="shrink-0 rounded px-1.5 py-0.5 font-medium text-blue-800 underline underline-offset-2 hover:bg-blue-50 focus-visible:outline-2 focus-visible:outline-blue-700">
          {t("editor.status.retry")}
        </button>
      ) : null}
    </div>
  );
}

function Spinner() {
  return (
    <svg className="h-3.5 w-3.5 animate-spin motion-reduce:animate-none" viewBox="0 0 16 16" fill="none" aria-hidden="true">
      <circle cx="8" cy="8" r="6" stroke="currentColor" strokeOpacity="0.25" strokeWidth="2" />
      <path d="M14 8a6 6 0 0 0-6-6" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
