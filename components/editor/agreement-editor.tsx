"use client";
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { publishAction, signAsProcessorAction } from "@/app/(app)/app/[org]/agreements/[agreementId]/actions";
import { publishProblems } from "@/lib/agreements/publish-problems";
import type { VersionDoc } from "@/lib/agreements/types";
import { useI18n } from "@/components/i18n-provider";
import type { SignatureValue } from "@/components/signature/signature-pad";
import { Alert } from "@/components/ui/card";
import { AnnexDataSection } from "./annex-data-section";
import { AnnexSubProcessorsSection } from "./annex-subprocessors-section";
import { ArticlesSection } from "./articles-section";
import { EyeIcon, type FieldMessage } from "./controls";
import { DetailsSection } from "./details-section";
import { EditorContext, type EditorContextValue } from "./editor-context";
import { docForChecks, editorReducer, stateFromDoc, type EditorAction } from "./editor-state";
import { formatDateTime } from "./format";
import { Outline, OutlineSelect, useActiveSection, type OutlineEntry } from "./outline";
import { PublishSuccess, rememberPublication, type PublishedResult } from "./publish-success";
import { SaveStatusView } from "./save-status";
import { SignPublishSection, type ActionOutcome, type ProcessorSignatureInfo } from "./sign-publish-section";
import { removeBackups, useAutosave } from "./use-autosave";

export type AgreementEditorProps = {
  orgSlug: string;
  agreement: { id: string; slug: string; language: "nl" | "en" };
  draft: {
    revision: number;
    doc: VersionDoc;
    processorSignature: (ProcessorSignatureInfo & { isCurrent: boolean }) | null;
  };
  /** The version this draft will replace, if any. */
  published: { number: number } | null;
  can: { edit: boolean; sign: boolean; publish: boolean };
  roleLabel: string;
};

export function AgreementEditor({ orgSlug, agreement, draft, published, can, roleLabel }: AgreementEditorProps) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [state, dispatch] = useReducer(editorReducer, draft.doc, stateFromDoc);
  const [publishedResult, setPublishedResult] = useState<PublishedResult | null>(null);

  const isReadOnly = !can.edit;
  const autosave = useAutosave({
    orgSlug,
    agreementId: agreement.id,
    initialRevision: draft.revision,
    state,
    isEnabled: can.edit && publishedResult === null,
  });
  const { restoreOffer } = autosave;
  const isBlocked = autosave.status.kind === "conflict" || autosave.status.kind === "gone";

  // The processor's signature is valid for exactly the content it was made on.
  const [signature, setSignature] = useState<ProcessorSignatureInfo | null>(draft.processorSignature);
  const [signedContent, setSignedContent] = useState<string | null>(() =>
    draft.processorSignature?.isCurrent ? autosave.savedRef.current : null,
  );
  const isSignatureCurrent =
    signature !== null && signedContent !== null && autosave.prepared.ok && autosave.prepared.serialized === signedContent;

  // Publish problems, live (at React's pace, so that typing stays quick).
  const deferredState = useDeferredValue(state);
  const { language, processor } = draft.doc;
  const freshProblems = useMemo(() => publishProblems(docForChecks(deferredState, language, processor)), [deferredState, language, processor]);
  const problemsKey = JSON.stringify(freshProblems);
  // Same problems, same array: memoized sections stay still.
  const problems = useMemo(() => freshProblems, [problemsKey]);
  const problemAt = useMemo(() => {
    const map = new Map<string, string>();
    for (const problem of problems) if (!map.has(problem.path)) map.set(problem.path, problem.message);
    return map;
  }, [problems]);

  // Focus and announcements after structural changes.
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => {
    if (!focusTarget) return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget, state]);

  const fieldErrors = autosave.fieldErrors;
  const messageAt = useCallback(
    (path: string): FieldMessage | undefined => {
      const error = fieldErrors[path] ?? Object.entries(fieldErrors).find(([key]) => key.startsWith(`${path}.content.`))?.[1];
      if (error) return { text: t(error), tone: "error" };
      const problem = problemAt.get(path);
      return problem ? { text: t(problem), tone: "problem" } : undefined;
    },
    [fieldErrors, problemAt, t],
  );
  const problemsUnder = useCallback(
    (prefix: string) => problems.filter((p) => p.path === prefix || p.path.startsWith(`${prefix}.`)).length,
    [problems],
  );

  const context = useMemo<EditorContextValue>(
    () => ({
      t,
      locale,
      dispatch: (action: EditorAction) => {
        if (!isReadOnly) dispatch(action);
      },
      isReadOnly,
      messageAt,
      problemsUnder,
      focusSoon: setFocusTarget,
      announce: setAnnouncement,
      move: (action, key, newIndex, count, text) => {
        dispatch(action);
        const atEnd = action.dir === -1 ? newIndex === 0 : newIndex === count - 1;
        const dir = action.dir === -1 ? (atEnd ? "down" : "up") : atEnd ? "up" : "down";
        setFocusTarget(`${key}-${dir}`);
        setAnnouncement(text);
      },
    }),
    [t, locale, isReadOnly, messageAt, problemsUnder],
  );

  // Links inside the app navigate without unloading the page: save first, so nothing is lost.
  const hasUnsavedRef = useRef(autosave.hasUnsaved);
  useEffect(() => {
    hasUnsavedRef.current = autosave.hasUnsaved;
  }, [autosave.hasUnsaved]);
  const { flush } = autosave;
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (!hasUnsavedRef.current || event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = (event.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
      if (!anchor || (anchor.target && anchor.target !== "_self") || anchor.hasAttribute("download")) return;
      const url = new URL(anchor.href, window.location.href);
      if (url.origin !== window.location.origin) return;
      if (url.pathname === window.location.pathname && url.search === window.location.search) return;
      event.preventDefault();
      event.stopPropagation();
      void flush().then((isSaved) => {
        if (isSaved || window.confirm(t("editor.leaveUnsaved"))) router.push(`${url.pathname}${url.search}${url.hash}`);
      });
    };
    document.addEventListener("click", onClick, true);
    return () => document.removeEventListener("click", onClick, true);
  }, [flush, router, t]);

  const onSign = async (value: SignatureValue): Promise<ActionOutcome> => {
    if (!value.imageDataUrl) return { ok: false, message: "signing.signatureEmpty" };
    if (!(await autosave.flush())) {
      return { ok: false, message: autosave.blockedRef.current ? "agreements.conflict" : "editor.sign.saveFirst" };
    }
    const content = autosave.savedRef.current;
    try {
      const result = await signAsProcessorAction(orgSlug, {
        agreementId: agreement.id,
        revision: autosave.revisionRef.current,
        method: value.method,
        imageDataUrl: value.imageDataUrl,
        typedName: value.method === "TYPED" ? value.typedName : undefined,
        consent: true,
      });
      if (result.ok) {
        setSignature({ signerName: state.signatory.name.trim(), signedAt: new Date(), method: value.method, imageDataUrl: value.imageDataUrl });
        setSignedContent(content);
        setAnnouncement(t("editor.sign.done"));
        return { ok: true };
      }
      if (result.code === "CONFLICT") autosave.markConflict();
      return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
    } catch {
      return { ok: false, message: "editor.status.offline" };
    }
  };

  const onPublish = async (changeSummary: string): Promise<ActionOutcome> => {
    if (!(await autosave.flush())) {
      return { ok: false, message: autosave.blockedRef.current ? "agreements.conflict" : "editor.sign.saveFirst" };
    }
    try {
      const result = await publishAction(orgSlug, { agreementId: agreement.id, changeSummary });
      if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
      const outcome = { number: result.number, contentHash: result.contentHash };
      removeBackups(agreement.id);
      rememberPublication(agreement.id, outcome);
      setPublishedResult(outcome);
      window.scrollTo({ top: 0 });
      return { ok: true };
    } catch {
      return { ok: false, message: "editor.status.offline" };
    }
  };

  // Stable callbacks, so that the memoized section does not re-render on every keystroke.
  const actionsRef = useRef({ onSign, onPublish });
  useLayoutEffect(() => {
    actionsRef.current = { onSign, onPublish };
  });
  const signStable = useCallback((value: SignatureValue) => actionsRef.current.onSign(value), []);
  const publishStable = useCallback((changeSummary: string) => actionsRef.current.onPublish(changeSummary), []);

  // The outline: the same sections as the document, with clause counts and problem markers.
  const entries: OutlineEntry[] = [
    { id: "details", label: t("editor.outline.details"), problems: problemsUnder("title") + problemsUnder("effectiveDate") },
    ...state.articles.map((article, a) => ({
      id: `article-${article.key}`,
      number: `${a + 1}.`,
      label: article.title,
      detail: String(article.clauses.length),
      detailLabel: t("editor.outline.clauseCount", { count: article.clauses.length }),
      problems: problemsUnder(`articles.${a}`),
      groupTitle: a === 0 ? t("editor.articles.heading") : undefined,
    })),
    ...(state.articles.length === 0
      ? [{ id: "articles", label: t("editor.articles.heading"), problems: problemsUnder("articles"), groupTitle: t("editor.articles.heading") }]
      : []),
    { id: "annex-1", label: t("editor.outline.annex1"), problems: problemsUnder("dataCategories"), groupTitle: t("editor.outline.annexes") },
    { id: "annex-2", label: t("editor.outline.annex2"), problems: problemsUnder("subProcessors") },
    { id: "sign-publish", label: t("editor.outline.signPublish"), problems: problemsUnder("signatory") },
  ];
  const activeId = useActiveSection(entries.map((entry) => entry.id));
  const publicPath = `/${encodeURIComponent(orgSlug)}/${encodeURIComponent(agreement.slug)}`;
  const previewHref = `/app/${orgSlug}/agreements/${agreement.id}/preview`;

  if (publishedResult) {
    return (
      <div className="mx-auto max-w-3xl space-y-6">
        <PublishSuccess result={publishedResult} publicPath={publicPath} />
        <div className="flex flex-wrap gap-3">
          <button
            type="button"
            onClick={() => router.refresh()}
            className="rounded-md px-3 py-2 text-sm font-semibold text-blue-800 hover:bg-blue-50 focus-visible:outline-2 focus-visible:outline-blue-700"
          >
            {t("editor.published.view")}
          </button>
          <Link href={`/app/${orgSlug}`} className="rounded-md px-3 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-700">
            {t("editor.backToDashboard")}
          </Link>
        </div>
      </div>
    );
  }

  return (
    <EditorContext.Provider value={context}>
      <div className="sticky top-0 z-30 -mx-4 border-b border-slate-200 bg-slate-50 px-4 py-3">
        <div className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-1.5 lg:flex lg:gap-x-4">
          <div className="min-w-0 lg:flex-1">
            <nav aria-label={t("editor.breadcrumb")} className="hidden text-xs text-slate-500 sm:block">
              <Link href={`/app/${orgSlug}`} className="hover:text-slate-800 hover:underline">{t("nav.dashboard")}</Link>
              <span aria-hidden="true"> / </span>
              <span>{t("editor.breadcrumbEditor")}</span>
            </nav>
            <h1 className="truncate text-base font-semibold tracking-tight text-slate-900 sm:text-lg">
              {state.title.trim() || t("editor.untitled")}
            </h1>
            <p className="hidden text-xs text-slate-500 sm:block">
              {t("editor.draftOf", { language: t(`editor.language.${draft.doc.language}`) })}
              {published ? ` · ${t("editor.replaces", { n: published.number })}` : ""}
            </p>
          </div>
          {published ? (
            <Link
              href={`/app/${orgSlug}/agreements/${agreement.id}/versions`}
              className="hidden items-center rounded-md px-3 py-1.5 text-sm font-semibold text-slate-700 hover:bg-slate-100 sm:inline-flex lg:order-3"
            >
              {t("versions.link")}
            </Link>
          ) : null}
          <Link
            href={previewHref}
            className="inline-flex items-center gap-1.5 rounded-md bg-white px-3 py-1.5 text-sm font-semibold text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800 lg:order-3"
          >
            <EyeIcon />
            {t("editor.preview")}
          </Link>
          <div className="min-w-0 lg:order-1">
            <SaveStatusView
              status={autosave.status}
              isDirty={autosave.isDirty}
              isValid={autosave.prepared.ok}
              isReadOnly={isReadOnly}
              onRetry={() => void autosave.save()}
            />
          </div>
          <div className="justify-self-end lg:order-2">
            {problems.length > 0 ? (
              <a
                href="#sign-publish"
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById("sign-publish")?.scrollIntoView({ behavior: "smooth", block: "start" });
                }}
                className="whitespace-nowrap rounded-full bg-amber-100 px-2.5 py-1 text-xs font-medium text-amber-900 hover:bg-amber-200 focus-visible:outline-2 focus-visible:outline-blue-700"
              >
                {t("editor.problemsToFix", { count: problems.length })}
              </a>
            ) : (
              <span className="whitespace-nowrap rounded-full bg-emerald-100 px-2.5 py-1 text-xs font-medium text-emerald-900">{t("editor.readyToPublish")}</span>
            )}
          </div>
        </div>
        <div className="mt-2 lg:hidden">
          <OutlineSelect entries={entries} activeId={activeId} />
        </div>
        {/* In the sticky bar: whoever is halfway down the document must see these. */}
        <div className="max-h-[50vh] space-y-3 overflow-y-auto empty:hidden [&:not(:empty)]:mt-3">
          {autosave.status.kind === "conflict" ? (
            <Alert>
              <p className="font-semibold">{t("editor.conflict.title")}</p>
              <p className="mt-1">{t("editor.conflict.body")}</p>
              <button type="button" onClick={autosave.reloadPage} className="mt-2 font-semibold underline underline-offset-2">
                {t("editor.conflict.reload")}
              </button>
            </Alert>
          ) : null}
          {autosave.status.kind === "gone" ? (
            <Alert>
              <p className="font-semibold">{t("editor.gone.title")}</p>
              <p className="mt-1">{t("editor.gone.body")}</p>
              <button type="button" onClick={autosave.reloadPage} className="mt-2 font-semibold underline underline-offset-2">
                {t("editor.conflict.reload")}
              </button>
            </Alert>
          ) : null}
          {restoreOffer ? (
            <Alert tone="info">
              <p className="font-semibold">
                {t("editor.restore.title", { time: formatDateTime(new Date(restoreOffer.savedAt), locale) })}
              </p>
              <p className="mt-1">
                {restoreOffer.revision < draft.revision ? t("editor.restore.older") : t("editor.restore.body")}
              </p>
              <div className="mt-2 flex flex-wrap gap-4">
                <button
                  type="button"
                  className="font-semibold underline underline-offset-2"
                  onClick={() => {
                    dispatch({ type: "replace", state: restoreOffer.state });
                    autosave.closeRestoreOffer(false);
                    setAnnouncement(t("editor.restore.done"));
                  }}
                >
                  {t("editor.restore.restore")}
                </button>
                <button
                  type="button"
                  className="underline underline-offset-2"
                  onClick={() => {
                    if (!window.confirm(t("editor.restore.confirmDiscard"))) return;
                    autosave.closeRestoreOffer(true);
                  }}
                >
                  {t("editor.restore.discard")}
                </button>
              </div>
            </Alert>
          ) : null}
        </div>
      </div>
      {isReadOnly ? (
        <div className="mt-4">
          <Alert tone="info">{t("editor.readOnlyNotice", { role: roleLabel })}</Alert>
        </div>
      ) : null}

      <div className="mt-6 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-8">
        <aside className="hidden lg:block">
          <div className="sticky top-28 max-h-[calc(100vh-8rem)] overflow-y-auto pb-6">
            <Outline entries={entries} activeId={activeId} />
          </div>
        </aside>
        <div className="min-w-0 space-y-12">
          <DetailsSection
            title={state.title}
            preamble={state.preamble}
            mainAgreement={state.mainAgreement}
            effectiveDate={state.effectiveDate}
            noticePeriodDays={state.noticePeriodDays}
            processor={draft.doc.processor}
          />
          <ArticlesSection articles={state.articles} />
          <AnnexDataSection categories={state.dataCategories} />
          <AnnexSubProcessorsSection rows={state.subProcessors} />
          <SignPublishSection
            signatory={state.signatory}
            processorName={draft.doc.processor.legalName}
            language={language}
            signature={signature}
            isSignatureCurrent={isSignatureCurrent}
            canSign={can.sign}
            canPublish={can.publish}
            isBlocked={isBlocked}
            problems={problems}
            hasPublished={published !== null}
            nextNumber={(published?.number ?? 0) + 1}
            previewHref={previewHref}
            onSign={signStable}
            onPublish={publishStable}
          />
        </div>
      </div>
      <div aria-live="polite" className="sr-only">{announcement}</div>
    </EditorContext.Provider>
  );
}
