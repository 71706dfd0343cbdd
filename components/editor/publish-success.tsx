"use client";
import { useEffect, useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Card } from "@/components/ui/card";
import { CheckIcon, CopyIcon } from "./controls";

export type PublishedResult = { number: number; contentHash: string };

const storageKey = (agreementId: string) => `dpa-editor-published:${agreementId}`;

/** Remembers a publication for the page that shows it after the refresh that publishing causes. */
export function rememberPublication(agreementId: string, result: PublishedResult) {
  try {
    sessionStorage.setItem(storageKey(agreementId), JSON.stringify(result));
  } catch {}
}

/** The outcome of publishing: where readers find it, and which version with which fingerprint. */
export function PublishSuccess({ result, publicPath }: { result: PublishedResult; publicPath: string }) {
  const { t } = useI18n();
  const [origin, setOrigin] = useState("");
  const [isCopied, setIsCopied] = useState(false);
  useEffect(() => setOrigin(window.location.origin), []);
  const url = `${origin}${publicPath}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setIsCopied(true);
      setTimeout(() => setIsCopied(false), 2500);
    } catch {
      (document.getElementById("published-url") as HTMLInputElement | null)?.select();
    }
  };
  return (
    <Card className="border-l-4 border-emerald-600 p-5 sm:p-6">
      <div className="flex items-start gap-3">
        <span className="mt-0.5 grid h-7 w-7 shrink-0 place-items-center rounded-full bg-emerald-100 text-emerald-800" aria-hidden="true">
          <CheckIcon />
        </span>
        <div className="min-w-0 flex-1">
          <h2 className="text-lg font-semibold text-slate-900" role="status">{t("editor.published.title", { n: result.number })}</h2>
          <p className="mt-1 text-sm text-slate-600">{t("editor.published.lead")}</p>
          <label htmlFor="published-url" className="mt-4 block text-sm font-medium text-slate-800">{t("editor.published.link")}</label>
          <div className="mt-1 flex flex-col gap-2 sm:flex-row">
            <input
              id="published-url"
              readOnly
              value={url}
              onFocus={(e) => e.target.select()}
              className="block w-full min-w-0 rounded-md border-0 bg-slate-50 px-3 py-2 font-mono text-sm text-slate-900 ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-blue-700"
            />
            <button
              type="button"
              onClick={() => void copy()}
              className="inline-flex shrink-0 items-center justify-center gap-2 rounded-md bg-white px-4 py-2 text-sm font-semibold text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800"
            >
              {isCopied ? <CheckIcon /> : <CopyIcon />}
              {isCopied ? t("editor.published.copied") : t("editor.published.copy")}
            </button>
            <a
              href={publicPath}
              target="_blank"
              rel="noopener"
              className="inline-flex shrink-0 items-center justify-center rounded-md bg-blue-800 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800"
            >
              {t("editor.published.open")}
            </a>
          </div>
          <dl className="mt-4 grid gap-3 text-sm sm:grid-cols-[auto_minmax(0,1fr)] sm:gap-x-6">
            <div>
              <dt className="text-xs text-slate-500">{t("editor.published.version")}</dt>
              <dd className="font-medium text-slate-900">{result.number}</dd>
            </div>
            <div className="min-w-0">
              <dt className="text-xs text-slate-500">{t("editor.published.hash")}</dt>
              <dd className="break-all font-mono text-xs leading-5 text-slate-800">{result.contentHash}</dd>
            </div>
          </dl>
        </div>
      </div>
    </Card>
  );
}

/** On the agreement page after publishing: shows the result once, if this browser just published. */
export function RecentPublicationNotice({ agreementId, publicPath }: { agreementId: string; publicPath: string }) {
  const [result, setResult] = useState<PublishedResult | null>(null);
  useEffect(() => {
    try {
      const raw = sessionStorage.getItem(storageKey(agreementId));
      if (!raw) return;
      const value = JSON.parse(raw) as Partial<PublishedResult>;
      if (typeof value.number === "number" && typeof value.contentHash === "string") setResult(value as PublishedResult);
      sessionStorage.removeItem(storageKey(agreementId));
    } catch {}
  }, [agreementId]);
  return result ? <PublishSuccess result={result} publicPath={publicPath} /> : null;
}
