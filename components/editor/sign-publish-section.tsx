"use client";
import { memo, useId, useState } from "react";
import Link from "next/link";
import type { Problem } from "@/lib/agreements/publish-problems";
import { consentText } from "@/lib/signing/consent";
import { SignaturePad, type SignatureValue } from "@/components/signature/signature-pad";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { AlertIcon, AutoTextarea, CheckIcon, EditorField, EyeIcon, editorInputClass } from "./controls";
import { describePath, focusPath, useEditor } from "./editor-context";
import type { EditorState, SignatoryField } from "./editor-state";
import { EditorSection } from "./section";
import { formatDateTime } from "./format";

export type ProcessorSignatureInfo = {
  signerName: string;
  signedAt: Date | string;
  method: "DRAWN" | "TYPED";
  imageDataUrl: string;
};

export type ActionOutcome = { ok: true } | { ok: false; message: string; fieldErrors?: Record<string, string> };

export const SignPublishSection = memo(function SignPublishSection({
  signatory, processorName, language, signature, isSignatureCurrent, canSign, canPublish, isBlocked,
  problems, hasPublished, nextNumber, previewHref, onSign, onPublish,
}: {
  signatory: EditorState["signatory"];
  processorName: string;
  language: "nl" | "en";
  signature: ProcessorSignatureInfo | null;
  isSignatureCurrent: boolean;
  canSign: boolean;
  canPublish: boolean;
  /** Saving stopped (conflict, draft gone): nothing can be signed or published from this page. */
  isBlocked: boolean;
  problems: Problem[];
  hasPublished: boolean;
  nextNumber: number;
  previewHref: string;
  onSign: (value: SignatureValue) => Promise<ActionOutcome>;
  onPublish: (changeSummary: string) => Promise<ActionOutcome>;
}) {
  const { t } = useEditor();
  return (
    <EditorSection id="sign-publish" title={t("editor.outline.signPublish")} lead={t("editor.signPublish.lead")}>
      <div className="space-y-8">
        <SignatoryFields signatory={signatory} />
        <hr className="border-slate-200" />
        <SigningPanel
          signatory={signatory}
          processorName={processorName}
          language={language}
          signature={signature}
          isSignatureCurrent={isSignatureCurrent}
          canSign={canSign}
          isBlocked={isBlocked}
          onSign={onSign}
        />
        <hr className="border-slate-200" />
        <PublishPanel
          problems={problems}
          isSignatureCurrent={isSignatureCurrent}
          hasSignature={signature !== null}
          canPublish={canPublish}
          isBlocked={isBlocked}
          hasPublished={hasPublished}
          nextNumber={nextNumber}
          previewHref={previewHref}
          onPublish={onPublish}
        />
      </div>
    </EditorSection>
  );
});

function SignatoryFields({ signatory }: { signatory: EditorState["signatory"] }) {
  const { t, dispatch, isReadOnly, messageAt } = useEditor();
  const fields: { field: SignatoryField; max: number; autoComplete: string }[] = [
    { field: "name", max: 120, autoComplete: "name" },
    { field: "function", max: 120, autoComplete: "organization-title" },
    { field: "place", max: 80, autoComplete: "address-level2" },
  ];
  return (
    <div>
      <h3 className="text-base font-semibold text-slate-900">{t("editor.signatory.heading")}</h3>
      <p className="mt-1 text-sm text-slate-600">{t("editor.signatory.lead")}</p>
      <div className="mt-4 grid gap-4 sm:grid-cols-3">
        {fields.map(({ field, max, autoComplete }) => (
          <EditorField key={field} label={t(`editor.signatory.${field}`)} required message={messageAt(`signatory.${field}`)}>
            {(a11y) => (
              <input
                {...a11y}
                data-path={`signatory.${field}`}
                value={signatory[field]}
                readOnly={isReadOnly}
                maxLength={max}
                autoComplete={autoComplete}
                onChange={(e) => dispatch({ type: "signatory", field, value: e.target.value })}
                className={editorInputClass}
              />
            )}
          </EditorField>
        ))}
      </div>
    </div>
  );
}

function SignatureCard({ signature, isCurrent }: { signature: ProcessorSignatureInfo; isCurrent: boolean }) {
  const { t, locale } = useEditor();
  return (
    <div className={`flex flex-col gap-4 rounded-lg p-4 ring-1 ring-inset sm:flex-row sm:items-center ${isCurrent ? "bg-emerald-50/60 ring-emerald-200" : "bg-amber-50 ring-amber-300"}`}>
      <div className="grid h-20 w-full shrink-0 place-items-center rounded-md bg-white ring-1 ring-slate-200 sm:w-52">
        {signature.imageDataUrl.startsWith("data:image/png;base64,") ? (
          // eslint-disable-next-line @next/next/no-img-element -- a data URL from our own database
          <img src={signature.imageDataUrl} alt={t("editor.sign.imageAlt", { name: signature.signerName })} className="max-h-16 w-auto max-w-full object-contain" />
        ) : null}
      </div>
      <div className="min-w-0 text-sm">
        <p className="font-medium text-slate-900">{t("editor.sign.signedBy", { name: signature.signerName })}</p>
        <p className="text-slate-600">
          <time dateTime={new Date(signature.signedAt).toISOString()} suppressHydrationWarning>
            {formatDateTime(signature.signedAt, locale)}
          </time>
          {" · "}
          {t(signature.method === "DRAWN" ? "editor.sign.methodDrawn" : "editor.sign.methodTyped")}
        </p>
        <p className={`mt-2 flex items-center gap-1.5 font-medium ${isCurrent ? "text-emerald-800" : "text-amber-900"}`}>
          {isCurrent ? <CheckIcon /> : <AlertIcon />}
          {t(isCurrent ? "editor.sign.current" : "editor.sign.stale")}
        </p>
      </div>
    </div>
  );
}

function SigningPanel({
  signatory, processorName, language, signature, isSignatureCurrent, canSign, isBlocked, onSign,
}: {
  signatory: EditorState["signatory"];
  processorName: string;
  language: "nl" | "en";
  signature: ProcessorSignatureInfo | null;
  isSignatureCurrent: boolean;
  canSign: boolean;
  isBlocked: boolean;
  onSign: (value: SignatureValue) => Promise<ActionOutcome>;
}) {
  const { t } = useEditor();
  const consentId = useId();
  const [value, setValue] = useState<SignatureValue>({ method: "DRAWN", imageDataUrl: null });
  const [hasConsent, setHasConsent] = useState(false);
  const [isSigning, setIsSigning] = useState(false);
  const [wantsToSignAgain, setWantsToSignAgain] = useState(false);
  const [error, setError] = useState<{ message: string; signature?: string } | null>(null);
  const [padVersion, setPadVersion] = useState(0);

  const missingSignatory = !signatory.name.trim() || !signatory.function.trim() || !signatory.place.trim();
  const reasons = [
    missingSignatory ? t("editor.sign.needSignatory") : null,
    !value.imageDataUrl ? t("editor.sign.needSignature") : null,
    !hasConsent ? t("editor.sign.needConsent") : null,
  ].filter((reason): reason is string => reason !== null);
  const showForm = canSign && !isBlocked && (!signature || !isSignatureCurrent || wantsToSignAgain);

  const sign = async () => {
    if (reasons.length || !value.imageDataUrl) return;
    setIsSigning(true);
    setError(null);
    const outcome = await onSign(value);
    setIsSigning(false);
    if (outcome.ok) {
      setWantsToSignAgain(false);
      setHasConsent(false);
      setValue({ method: "DRAWN", imageDataUrl: null });
      setPadVersion((n) => n + 1);
    } else {
      setError({ message: t(outcome.message), signature: outcome.fieldErrors?.signature ? t(outcome.fieldErrors.signature) : undefined });
    }
  };

  return (
    <div>
      <h3 className="text-base font-semibold text-slate-900">{t("editor.sign.heading", { processor: processorName })}</h3>
      <p className="mt-1 text-sm text-slate-600">{t("editor.sign.lead")}</p>

      <div className="mt-4 space-y-4">
        {signature ? (
          <SignatureCard signature={signature} isCurrent={isSignatureCurrent} />
        ) : (
          <p className="rounded-lg bg-slate-50 p-4 text-sm text-slate-600 ring-1 ring-inset ring-slate-200">{t("editor.sign.none")}</p>
        )}

        {!canSign ? (
          <p className="text-sm text-slate-600">{t("editor.sign.notAllowed")}</p>
        ) : signature && isSignatureCurrent && !wantsToSignAgain && !isBlocked ? (
          <Button type="button" variant="secondary" onClick={() => setWantsToSignAgain(true)}>
            {t("editor.sign.again")}
          </Button>
        ) : null}

        {showForm ? (
          <div className="space-y-4 rounded-lg p-4 ring-1 ring-slate-200">
            <SignaturePad
              key={padVersion}
              defaultName={signatory.name}
              onChange={setValue}
              disabled={isSigning}
              error={error?.signature}
            />
            <div className="flex items-start gap-3">
              <input
                id={consentId}
                type="checkbox"
                checked={hasConsent}
                onChange={(e) => setHasConsent(e.target.checked)}
                className="mt-1 h-4 w-4 shrink-0 rounded border-slate-300 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
              />
              <label htmlFor={consentId} className="text-sm text-slate-800">
                <span lang={language}>{consentText(language, "processor")}</span>
              </label>
            </div>
            {error ? <Alert>{error.message}</Alert> : null}
            <div className="flex flex-wrap items-center gap-3">
              <Button type="button" onClick={() => void sign()} disabled={reasons.length > 0 || isSigning} aria-describedby={`${consentId}-reasons`}>
                {isSigning ? t("editor.sign.signing") : t("editor.sign.button", { processor: processorName })}
              </Button>
              {wantsToSignAgain ? (
                <Button type="button" variant="ghost" onClick={() => setWantsToSignAgain(false)}>
                  {t("common.cancel")}
                </Button>
              ) : null}
            </div>
            {reasons.length ? (
              <ul id={`${consentId}-reasons`} className="space-y-0.5 text-xs text-slate-600">
                {reasons.map((reason) => (
                  <li key={reason}>– {reason}</li>
                ))}
              </ul>
            ) : null}
            <p className="text-xs text-slate-500">{t("editor.sign.evidence")}</p>
          </div>
        ) : null}
      </div>
    </div>
  );
}

function PublishPanel({
  problems, isSignatureCurrent, hasSignature, canPublish, isBlocked, hasPublished, nextNumber, previewHref, onPublish,
}: {
  problems: Problem[];
  isSignatureCurrent: boolean;
  hasSignature: boolean;
  canPublish: boolean;
  isBlocked: boolean;
  hasPublished: boolean;
  nextNumber: number;
  previewHref: string;
  onPublish: (changeSummary: string) => Promise<ActionOutcome>;
}) {
  const { t } = useEditor();
  const checklistId = useId();
  const [summary, setSummary] = useState("");
  const [summaryError, setSummaryError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isPublishing, setIsPublishing] = useState(false);
  const [showAllProblems, setShowAllProblems] = useState(false);

  const needsSummary = hasPublished && !summary.trim();
  const canSubmit = canPublish && !isBlocked && problems.length === 0 && isSignatureCurrent && !needsSummary && !isPublishing;
  const shownProblems = showAllProblems ? problems : problems.slice(0, 6);

  const publish = async () => {
    if (!canSubmit) return;
    if (!window.confirm(t("editor.publish.confirm", { n: nextNumber }))) return;
    setIsPublishing(true);
    setError(null);
    setSummaryError(null);
    const outcome = await onPublish(summary.trim());
    setIsPublishing(false);
    if (!outcome.ok) {
      if (outcome.fieldErrors?.changeSummary) setSummaryError(t(outcome.fieldErrors.changeSummary));
      setError(t(outcome.message));
    }
  };

  return (
    <div>
      <h3 className="text-base font-semibold text-slate-900">{t("editor.publish.heading")}</h3>
      <p className="mt-1 text-sm text-slate-600">{t("editor.publish.lead")}</p>

      <ul id={checklistId} className="mt-4 space-y-3 text-sm" aria-label={t("editor.publish.checklist")}>
        <CheckItem isDone={problems.length === 0} text={problems.length === 0 ? t("editor.publish.noProblems") : t("editor.publish.problems", { count: problems.length })}>
          {problems.length > 0 ? (
            <>
              <ul className="mt-2 space-y-1">
                {shownProblems.map((problem) => (
                  <li key={problem.path}>
                    <button
                      type="button"
                      onClick={() => focusPath(problem.path)}
                      className="text-left text-blue-800 underline decoration-blue-800/30 underline-offset-2 hover:decoration-blue-800 focus-visible:outline-2 focus-visible:outline-blue-700"
                    >
                      {describePath(problem.path, t)}
                    </button>
                    <span className="text-slate-600">: {t(problem.message)}</span>
                  </li>
                ))}
              </ul>
              {problems.length > shownProblems.length ? (
                <button type="button" onClick={() => setShowAllProblems(true)} className="mt-1 text-sm font-medium text-blue-800 hover:underline">
                  {t("editor.publish.showAll", { count: problems.length })}
                </button>
              ) : null}
            </>
          ) : null}
        </CheckItem>
        <CheckItem
          isDone={isSignatureCurrent}
          text={isSignatureCurrent ? t("editor.publish.signed") : hasSignature ? t("editor.sign.stale") : t("editor.publish.notSigned")}
        />
        {hasPublished ? (
          <CheckItem isDone={!needsSummary} text={needsSummary ? t("editor.publish.summaryNeeded") : t("editor.publish.summaryGiven")} />
        ) : null}
        {!canPublish ? <CheckItem isDone={false} text={t("editor.publish.notAllowed")} /> : null}
      </ul>

      {canPublish ? (
        <EditorField
          className="mt-5"
          label={t("editor.publish.summary")}
          required={hasPublished}
          hint={hasPublished ? t("editor.publish.summaryHint") : t("editor.publish.summaryOptional")}
          message={summaryError ? { text: summaryError, tone: "error" } : undefined}
        >
          {(a11y) => (
            <AutoTextarea {...a11y} value={summary} minRows={2} maxLength={2000} onChange={(e) => setSummary(e.target.value)} disabled={isBlocked} />
          )}
        </EditorField>
      ) : null}

      {error ? <div className="mt-4"><Alert>{error}</Alert></div> : null}

      <div className="mt-5 flex flex-wrap items-center gap-3">
        <Link
          href={previewHref}
          className="inline-flex items-center justify-center gap-2 rounded-md bg-white px-4 py-2 text-sm font-semibold text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 transition hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800"
        >
          <EyeIcon />
          {t("editor.preview")}
        </Link>
        {canPublish ? (
          <Button type="button" onClick={() => void publish()} disabled={!canSubmit} aria-describedby={checklistId}>
            {isPublishing ? t("editor.publish.publishing") : t("editor.publish.button", { n: nextNumber })}
          </Button>
        ) : null}
      </div>
    </div>
  );
}

function CheckItem({ isDone, text, children }: { isDone: boolean; text: string; children?: React.ReactNode }) {
  const { t } = useEditor();
  return (
    <li className="flex gap-2.5">
      <span
        aria-hidden="true"
        className={`mt-0.5 grid h-5 w-5 shrink-0 place-items-center rounded-full ${isDone ? "bg-emerald-100 text-emerald-800" : "bg-amber-100 text-amber-900"}`}
      >
        {isDone ? <CheckIcon /> : <span className="text-xs font-bold">!</span>}
      </span>
      <div className="min-w-0">
        <span className="sr-only">{isDone ? t("editor.publish.done") : t("editor.publish.todo")} </span>
        <span className={isDone ? "text-slate-700" : "font-medium text-slate-900"}>{text}</span>
        {children}
      </div>
    </li>
  );
}
