"use client";
import { formatDateTime } from "@/lib/format/date-time";
import { useRef, useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { Alert, Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";

const MAX_BYTES = 10 * 1024 * 1024;

type VerifiedDocument = {
  reference: string;
  agreementTitle: string;
  versionNumber: number | null;
  processorName: string;
  controllerName: string;
  signedAt: string;
  agreementStatus: "SIGNED" | "OBJECTED" | "TERMINATED";
  copy: "sealed" | "unsealed";
  sealStatus: "NOT_SEALED" | "PENDING" | "SEALED";
  sealLevel: string | null;
  sealedAt: string | null;
};

/** The PDF's own seal, checked cryptographically (only when a file was uploaded). */
type SealCheck =
  | { status: "valid"; level: "B-B" | "B-T"; timestampedAt: string | null }
  | { status: "invalid"; reason: "byteRange" | "malformed" | "digest" | "signature" | "certificate" | "timestamp" }
  | { status: "absent" };

type Outcome =
  | { kind: "match"; sha256: string; fileName: string | null; document: VerifiedDocument; seal?: SealCheck }
  | { kind: "no-match"; sha256: string; fileName: string | null; byPair: boolean; seal?: SealCheck };

type Failure = { message: string; fieldErrors?: Record<string, string> };

export function VerifyForm() {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [isChecking, setIsChecking] = useState(false);
  const [isDragging, setIsDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  async function check(body: BodyInit, contentType: string, fileName: string | null) {
    setIsChecking(true);
    setFailure(null);
    setOutcome(null);
    try {
      const response = await fetch("/verify/check", { method: "POST", headers: { "Content-Type": contentType }, body });
      const data = await response.json().catch(() => ({ message: "errors.generic" }));
      if (!response.ok) {
        setFailure({ message: data.message ?? "errors.generic", fieldErrors: data.fieldErrors });
        return;
      }
      setOutcome(
        data.isMatch
          ? { kind: "match", sha256: data.sha256, fileName, document: data.document, seal: data.seal }
          : { kind: "no-match", sha256: data.sha256, fileName, byPair: contentType === "application/json", seal: data.seal },
      );
    } catch {
      setFailure({ message: "errors.generic" });
    } finally {
      setIsChecking(false);
    }
  }

  function checkFile(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setOutcome(null);
      setFailure({ message: "verify.tooLarge" });
      return;
    }
    void check(file, "application/pdf", file.name);
  }

  function checkPair(form: HTMLFormElement) {
    const data = new FormData(form);
    void check(JSON.stringify({ reference: data.get("reference"), sha256: data.get("sha256") }), "application/json", null);
  }

  function reset() {
    setOutcome(null);
    setFailure(null);
    if (fileInput.current) fileInput.current.value = "";
  }

  return (
    <div className="space-y-6">
      <div aria-live="polite" className="space-y-4">
        {outcome ? <OutcomeCard outcome={outcome} onReset={reset} /> : null}
        {failure && !failure.fieldErrors ? <Alert>{t(failure.message)}</Alert> : null}
      </div>

      <Card className="p-4 sm:p-6">
        <div
          onDragOver={(event) => {
            event.preventDefault();
            setIsDragging(true);
          }}
          onDragLeave={() => setIsDragging(false)}
          onDrop={(event) => {
            event.preventDefault();
            setIsDragging(false);
            checkFile(event.dataTransfer.files[0]);
          }}
          className={`flex flex-col items-center justify-center rounded-lg border-2 border-dashed px-4 py-10 text-center transition sm:py-14 ${
            isDragging ? "border-blue-700 bg-blue-50" : "border-slate-300 bg-slate-50"
          }`}
        >
          <svg aria-hidden viewBox="0 0 24 24" className="size-10 text-slate-400" fill="none" stroke="currentColor" strokeWidth={1.5}>
            <path d="M7 3h7l5 5v13H7z" strokeLinejoin="round" />
            <path d="M14 3v5h5M10 14l2 2 4-4" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          <p className="mt-3 font-semibold text-slate-900">{t("verify.dropTitle")}</p>
          <p className="mt-1 text-sm text-slate-500">{t("verify.dropHint")}</p>
          <label className="mt-4 inline-flex cursor-pointer items-center justify-center rounded-md bg-blue-800 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-blue-900 focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-blue-800">
            {isChecking ? t("verify.checking") : t("verify.chooseFile")}
            <input
              ref={fileInput}
              type="file"
              accept="application/pdf,.pdf"
              className="sr-only"
              disabled={isChecking}
              onChange={(event) => checkFile(event.target.files?.[0])}
            />
          </label>
        </div>

        <details className="group mt-6 border-t border-slate-200 pt-4" open={Boolean(failure?.fieldErrors)}>
          <summary className="cursor-pointer text-sm font-semibold text-slate-800 hover:text-blue-800">{t("verify.byHashTitle")}</summary>
          <p className="mt-2 text-sm text-slate-600">{renderCode(t("verify.byHashLead"))}</p>
          <form
            className="mt-4 grid gap-4 sm:grid-cols-[12rem_1fr_auto] sm:items-start"
            onSubmit={(event) => {
              event.preventDefault();
              checkPair(event.currentTarget);
            }}
          >
            <TextField
              label={t("verify.reference")}
              name="reference"
              placeholder="DPA-2026-7K3M9Q"
              autoComplete="off"
              spellCheck={false}
              error={failure?.fieldErrors?.reference ? t(failure.fieldErrors.reference) : undefined}
            />
            <TextField
              label={t("verify.sha256")}
              name="sha256"
              autoComplete="off"
              spellCheck={false}
              className="min-w-0"
              error={failure?.fieldErrors?.sha256 ? t(failure.fieldErrors.sha256) : undefined}
            />
            <Button type="submit" variant="secondary" disabled={isChecking} className="sm:mt-6">
              {t("verify.checkButton")}
            </Button>
          </form>
        </details>
      </Card>
    </div>
  );
}

/** `code` in a message becomes <code>. */
function renderCode(text: string) {
  return text.split(/(`[^`]+`)/).map((part, i) =>
    part.startsWith("`") ? (
      <code key={i} className="rounded bg-slate-100 px-1 py-0.5 font-mono text-xs text-slate-800">
        {part.slice(1, -1)}
      </code>
    ) : (
      part
    ),
  );
}

function OutcomeCard({ outcome, onReset }: { outcome: Outcome; onReset: () => void }) {
  const { t, locale } = useI18n();
  const when = (iso: string) => formatDateTime(iso, locale);
  const isMatch = outcome.kind === "match";
  return (
    <Card className={`overflow-hidden ring-2 ${isMatch ? "ring-emerald-600" : "ring-red-600"}`} data-testid="verify-outcome">
      <div className={`flex items-start gap-3 px-4 py-4 sm:px-6 ${isMatch ? "bg-emerald-50" : "bg-red-50"}`}>
        <span aria-hidden className={`mt-0.5 grid size-7 shrink-0 place-items-center rounded-full text-white ${isMatch ? "bg-emerald-700" : "bg-red-700"}`}>
          {isMatch ? "✓" : "✕"}
        </span>
        <div>
          <h2 className={`font-semibold ${isMatch ? "text-emerald-900" : "text-red-900"}`}>
            {isMatch ? t("verify.validTitle") : t("verify.invalidTitle")}
          </h2>
          <p className={`mt-1 text-sm ${isMatch ? "text-emerald-900" : "text-red-900"}`}>
            {isMatch
              ? t("verify.validLead")
              : outcome.byPair
                ? t("verify.invalidPairLead")
                : outcome.seal?.status === "valid"
                  ? t("verify.sealedNotFoundLead")
                  : t("verify.invalidLead")}
          </p>
        </div>
      </div>
      <dl className="divide-y divide-slate-100 px-4 text-sm sm:px-6">
        {outcome.kind === "match" ? <DocumentRows document={outcome.document} when={when} /> : null}
        {outcome.seal && (outcome.seal.status !== "absent" || outcome.kind === "match") ? (
          <Row label={t("verify.fieldSealCheck")}>
            <span data-testid="verify-seal-check" className={outcome.seal.status === "invalid" ? "text-red-800" : undefined}>
              {outcome.seal.status === "valid"
                ? `${t("verify.sealCheck.valid")}${outcome.seal.timestampedAt ? ` ${t("verify.sealCheck.timestamped", { date: when(outcome.seal.timestampedAt) })}` : ""}`
                : outcome.seal.status === "invalid"
                  ? t(`verify.sealCheck.invalid.${outcome.seal.reason}`)
                  : t("verify.sealCheck.absent")}
            </span>
          </Row>
        ) : null}
        {outcome.fileName ? <Row label={t("verify.fileName")}>{outcome.fileName}</Row> : null}
        <Row label={t("verify.yourFingerprint")}>
          <span className="break-all font-mono text-xs">{outcome.sha256}</span>
        </Row>
      </dl>
      <div className="border-t border-slate-100 px-4 py-3 sm:px-6">
        <button type="button" onClick={onReset} className="text-sm font-semibold text-blue-800 hover:underline">
          {t("verify.checkAnother")}
        </button>
      </div>
    </Card>
  );
}

function DocumentRows({ document, when }: { document: VerifiedDocument; when: (iso: string) => string }) {
  const { t } = useI18n();
  const seal =
    document.sealStatus === "SEALED" && document.sealedAt
      ? `${t("verify.sealSealed", { level: document.sealLevel ?? "B-B", date: when(document.sealedAt) })}${document.sealLevel === "B-T" ? `, ${t("verify.sealTimestamped")}` : ""}`
      : document.sealStatus === "PENDING"
        ? t("verify.sealPending")
        : t("verify.sealNone");
  return (
    <>
      <Row label={t("verify.fieldReference")}>
        <span className="font-mono">{document.reference}</span>
      </Row>
      <Row label={t("verify.fieldAgreement")}>
        {document.agreementTitle}
        {document.versionNumber ? <span className="text-slate-500"> · {t("verify.versionNumber", { number: document.versionNumber })}</span> : null}
      </Row>
      <Row label={t("verify.fieldProcessor")}>{document.processorName}</Row>
      <Row label={t("verify.fieldController")}>{document.controllerName}</Row>
      <Row label={t("verify.fieldSignedAt")}>{when(document.signedAt)}</Row>
      <Row label={t("verify.fieldSeal")}>
        {seal}
        {document.copy === "unsealed" && document.sealStatus === "SEALED" ? (
          <span className="mt-1 block text-slate-500">{t("verify.unsealedCopy")}</span>
        ) : null}
      </Row>
      {document.agreementStatus !== "SIGNED" ? (
        <Row label="">
          <span className="text-amber-800">{t(`verify.status.${document.agreementStatus}`)}</span>
        </Row>
      ) : null}
    </>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 py-3 sm:grid-cols-[12rem_1fr] sm:gap-4">
      <dt className="font-medium text-slate-500">{label}</dt>
      <dd className="min-w-0 text-slate-900">{children}</dd>
    </div>
  );
}
