"use client";
import Link from "next/link";
import { useCallback, useEffect, useId, useMemo, useRef, useState, useTransition } from "react";
import { useI18n } from "@/components/i18n-provider";
import { SignaturePad, type SignatureValue } from "@/components/signature/signature-pad";
import { Button } from "@/components/ui/button";
import { LimitedTextField } from "@/components/ui/limited-text-field";
import { SelectField } from "@/components/ui/select-field";
import { formatDateTime } from "@/lib/format/date-time";
import { countryNames } from "@/lib/validation/countries";
import { signAgreementAction, type SignOutcome } from "./actions";
import { EmailStep, type VerifiedEmail } from "./email-step";

/**
 * The form's one-time key: made once per page load and sent with every attempt, so a double click
 * or a retry after a lost answer gets the first result instead of a second signature.
 * getRandomValues works on plain http too, where randomUUID does not exist.
 */
function newSubmissionKey(): string {
  const bytes = new Uint8Array(24);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

const fieldNames = [
  "controller.legalName",
  "controller.registrationNumber",
  "controller.addressLine",
  "controller.postalCode",
  "controller.city",
  "controller.country",
  "signer.name",
  "signer.function",
  "signer.place",
];
// Errors about the address or its verification are shown at the e-mail step.
const emailKeys = ["signingSessionId", "signer.email"];

function Checkbox({ name, label, error, disabled }: { name: string; label: string; error?: string; disabled?: boolean }) {
  const id = useId();
  return (
    <div>
      <div className="flex gap-3">
        <input
          id={id}
          name={name}
          type="checkbox"
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="mt-1 size-4 shrink-0 accent-blue-800"
        />
        <label htmlFor={id} className="text-sm leading-6 text-slate-800">
          {label}
        </label>
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="mt-1 ml-7 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function Section({ number, title, lead, children }: { number: number; title: string; lead?: string; children: React.ReactNode }) {
  return (
    <fieldset className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-7">
      <legend className="sr-only">{title}</legend>
      <div className="flex items-baseline gap-3">
        <span aria-hidden className="grid size-7 shrink-0 place-items-center rounded-full bg-slate-900 text-sm font-semibold text-white">
          {number}
        </span>
        <div>
          <h2 className="text-lg font-semibold text-slate-900">{title}</h2>
          {lead ? <p className="mt-0.5 text-sm text-slate-600">{lead}</p> : null}
        </div>
      </div>
      <div className="mt-5">{children}</div>
    </fieldset>
  );
}

/** After signing: the page's heading says what happened (the form's "Sign the agreement" is gone). */
function Confirmation({
  outcome,
  agreementHref,
  processorName,
  email,
}: {
  outcome: SignOutcome;
  agreementHref: string;
  processorName: string;
  /** Where the signed agreement was sent. */
  email: string | null;
}) {
  const { t, locale } = useI18n();
  const [isCopied, setIsCopied] = useState(false);
  const downloadUrl = outcome.status === "signed" ? new URL(outcome.downloadPath, window.location.origin).href : null;

  if (outcome.status === "already-signed") {
    return (
      <section className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-8" aria-live="polite">
        <p className="max-w-[60ch] leading-7 text-slate-700">
          {t("signing.alreadyLead", { date: formatDateTime(outcome.signedAt, locale), reference: outcome.reference })}
        </p>
        <p className="mt-4 font-mono text-2xl font-semibold tracking-wider text-slate-900">{outcome.reference}</p>
        <p className="mt-4 max-w-[60ch] text-sm leading-6 text-slate-600">{t("signing.alreadyNoLink", { processor: processorName })}</p>
        <Link href={agreementHref} className="mt-6 inline-block text-sm font-semibold text-blue-800 underline underline-offset-2">
          {t("signing.backToAgreement")}
        </Link>
      </section>
    );
  }

  return (
    <section className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-emerald-300 sm:p-8" aria-live="polite">
      <p className="text-sm font-medium text-slate-500">{t("signing.referenceLabel")}</p>
      <p className="mt-1 font-mono text-3xl font-semibold tracking-wider break-all text-slate-900 sm:text-4xl">{outcome.reference}</p>
      <p className="mt-3 text-slate-700">{t("signing.signedOn", { date: formatDateTime(outcome.signedAt, locale) })}</p>

      {email ? (
        <p className="mt-3 text-slate-700" role="status">
          {t("signing.copySent", { email })}
        </p>
      ) : null}

      <a
        href={outcome.downloadPath}
        className="mt-6 inline-flex w-full items-center justify-center gap-2 rounded-md bg-blue-800 px-5 py-3 text-base font-semibold text-white shadow-sm hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800 sm:w-auto"
      >
        {t("signing.downloadSigned")}
      </a>

      <div className="mt-8 rounded-lg bg-amber-50 p-4 ring-1 ring-inset ring-amber-200">
        <p className="text-sm font-semibold text-amber-950">{t("signing.keepLinkTitle")}</p>
        <p className="mt-1 text-sm leading-6 text-amber-950">{t("signing.keepLinkLead")}</p>
        <div className="mt-3 flex flex-col gap-2 sm:flex-row">
          <input
            readOnly
            value={downloadUrl ?? ""}
            aria-label={t("signing.downloadLinkLabel")}
            onFocus={(event) => event.currentTarget.select()}
            className="min-w-0 flex-1 rounded-md border-0 bg-white px-3 py-2 font-mono text-xs text-slate-800 ring-1 ring-inset ring-amber-300"
          />
          <Button
            type="button"
            variant="secondary"
            onClick={async () => {
              try {
                await navigator.clipboard.writeText(downloadUrl ?? "");
                setIsCopied(true);
              } catch {
                setIsCopied(false);
              }
            }}
          >
            {isCopied ? t("signing.copied") : t("signing.copyLink")}
          </Button>
        </div>
      </div>

      <Link href={agreementHref} className="mt-6 inline-block text-sm font-semibold text-blue-800 underline underline-offset-2">
        {t("signing.backToAgreement")}
      </Link>
    </section>
  );
}

export function SignForm({
  versionId,
  consentText,
  agreementHref,
  processorName,
  lead,
  summary,
}: {
  versionId: string;
  /** The exact sentence stored with the signature, in the agreement's language. */
  consentText: string;
  agreementHref: string;
  processorName: string;
  /** The line under the heading while the form is shown. */
  lead: string;
  /** What is signed (title, version, hash): shown above the form and under the confirmation. */
  summary: React.ReactNode;
}) {
  const { t, locale } = useI18n();
  const [isPending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<{ code: string; message: string } | null>(null);
  const [outcome, setOutcome] = useState<SignOutcome | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [signature, setSignature] = useState<SignatureValue>({ method: "DRAWN", imageDataUrl: null });
  const [signerName, setSignerName] = useState("");
  const [country, setCountry] = useState("NL");
  const [verified, setVerified] = useState<VerifiedEmail | null>(null);
  const submissionKey = useRef<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Signed: the heading changes with the page, and takes the focus so that it is read out.
  useEffect(() => {
    if (!outcome) return;
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView({ block: "start", behavior: "smooth" });
  }, [outcome]);

  /** A field's complaint goes as soon as the field changes; the server checks it again on submit. */
  const clearError = useCallback((name: string) => {
    setFieldErrors((errors) => {
      if (!(name in errors)) return errors;
      const { [name]: _cleared, ...rest } = errors;
      if (Object.keys(rest).length === 0) setFailure((current) => (current?.code === "VALIDATION" ? null : current));
      return rest;
    });
  }, []);
  // The pad also reports when nothing changed (its font finished loading): only a new signature clears.
  const lastSignature = useRef<SignatureValue>({ method: "DRAWN", imageDataUrl: null });
  const onSignatureChange = useCallback((value: SignatureValue) => {
    setSignature(value);
    const previous = lastSignature.current;
    lastSignature.current = value;
    if (value.method === previous.method && value.imageDataUrl === previous.imageDataUrl) return;
    for (const key of ["signature", "imageDataUrl", "typedName", "method"]) clearError(key);
  }, [clearError]);

  // A new verification answers the earlier complaints about the address.
  const onVerifiedChange = useCallback((value: VerifiedEmail | null) => {
    setVerified(value);
    setFieldErrors((errors) => (emailKeys.some((key) => key in errors) ? Object.fromEntries(Object.entries(errors).filter(([key]) => !emailKeys.includes(key))) : errors));
  }, []);

  const countries = useMemo(
    () =>
      Object.entries(countryNames)
        .filter(([code]) => code !== "EU")
        .map(([code, names]) => ({ value: code, label: names[locale] }))
        .sort((a, b) => a.label.localeCompare(b.label, locale)),
    [locale],
  );

  // After a refused attempt: to the first field that needs attention, or to the message.
  useEffect(() => {
    if (attempt === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (invalid) invalid.focus();
    else failureRef.current?.focus();
  }, [attempt]);

  const heading = (
    <div className="mt-4 flex items-center gap-3">
      {outcome?.status === "signed" ? (
        <span aria-hidden className="grid size-9 shrink-0 place-items-center rounded-full bg-emerald-600 text-white">
          <svg viewBox="0 0 20 20" fill="currentColor" className="size-5">
            <path fillRule="evenodd" d="M16.704 4.153a.75.75 0 0 1 .143 1.052l-8 10.5a.75.75 0 0 1-1.127.075l-4.5-4.5a.75.75 0 0 1 1.06-1.06l3.894 3.893 7.48-9.817a.75.75 0 0 1 1.05-.143Z" clipRule="evenodd" />
          </svg>
        </span>
      ) : null}
      <h1 ref={headingRef} tabIndex={-1} className="scroll-mt-6 text-3xl font-bold tracking-tight text-slate-900 outline-none">
        {outcome ? (outcome.status === "signed" ? t("signing.doneTitle") : t("signing.alreadyTitle")) : t("signing.title")}
      </h1>
    </div>
  );
  if (outcome) {
    return (
      <>
        {heading}
        <div className="mt-6">
          <Confirmation outcome={outcome} agreementHref={agreementHref} processorName={processorName} email={verified?.email ?? null} />
        </div>
        <div className="mt-8">{summary}</div>
      </>
    );
  }

  const error = (key: string) => (fieldErrors[key] ? t(fieldErrors[key]) : undefined);
  const signatureKeys = ["signature", "imageDataUrl", "typedName", "method"];
  const signatureError = signatureKeys.map((key) => fieldErrors[key]).find(Boolean);
  // Errors without a field of their own (an expired form key, say) are shown with the message.
  const shownAtFields = new Set([...fieldNames, ...signatureKeys, ...emailKeys, "consent", "authority"]);
  const emailError = emailKeys.map((key) => fieldErrors[key]).find(Boolean);
  const otherErrors = [...new Set(Object.entries(fieldErrors).filter(([key]) => !shownAtFields.has(key)).map(([, message]) => message))];

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isPending) return;
    const form = new FormData(event.currentTarget);
    submissionKey.current ??= newSubmissionKey();
    const input = {
      versionId,
      submissionKey: submissionKey.current,
      signingSessionId: verified?.sessionId ?? "",
      controller: {
        legalName: text(form, "controller.legalName"),
        registrationNumber: text(form, "controller.registrationNumber"),
        addressLine: text(form, "controller.addressLine"),
        postalCode: text(form, "controller.postalCode"),
        city: text(form, "controller.city"),
        country: text(form, "controller.country"),
      },
      signer: {
        name: text(form, "signer.name"),
        function: text(form, "signer.function"),
        email: verified?.email ?? "",
        place: text(form, "signer.place"),
      },
      method: signature.method,
      imageDataUrl: signature.imageDataUrl ?? "",
      ...(signature.method === "TYPED" ? { typedName: signature.typedName ?? "" } : {}),
      consent: form.get("consent") === "on",
      authority: form.get("authority") === "on",
    };
    startTransition(async () => {
      try {
        const result = await signAgreementAction(input);
        if (result.ok) {
          setOutcome(result.outcome);
          return;
        }
        setFieldErrors(result.fieldErrors ?? {});
        setFailure({ code: result.code, message: result.message });
      } catch {
        // The answer was lost (network, server restart): the same key makes a retry safe.
        setFieldErrors({});
        setFailure({ code: "NETWORK", message: "signing.networkError" });
      }
      setAttempt((n) => n + 1);
    });
  };

  const isNL = country === "NL";
  return (
    <>
    {heading}
    <p className="mt-3 max-w-[65ch] leading-7 text-slate-600">{lead}</p>
    <div className="mt-8">{summary}</div>
    <form
      ref={formRef}
      onSubmit={onSubmit}
      onChange={(event) => {
        const name = (event.target as unknown as HTMLInputElement).name;
        if (name) clearError(name);
      }}
      noValidate
      className="mt-8 space-y-6"
    >
      <Section number={1} title={t("signing.organisationTitle")} lead={t("signing.organisationLead")}>
        <div className="grid gap-4 sm:grid-cols-6">
          <LimitedTextField
            className="sm:col-span-6"
            label={t("signing.legalName")}
            name="controller.legalName"
            autoComplete="organization"
            limit={160}
            required
            error={error("controller.legalName")}
          />
          <SelectField
            className="sm:col-span-2"
            label={t("signing.country")}
            name="controller.country"
            value={country}
            onChange={(event) => setCountry(event.target.value)}
            autoComplete="country"
            options={countries}
            error={error("controller.country")}
          />
          <LimitedTextField
            className="sm:col-span-4"
            label={isNL ? t("signing.kvkNumber") : t("signing.registrationNumber")}
            name="controller.registrationNumber"
            limit={20}
            required
            inputMode={isNL ? "numeric" : "text"}
            hint={isNL ? t("signing.kvkHint") : t("signing.registrationHint")}
            error={error("controller.registrationNumber")}
          />
          <LimitedTextField
            className="sm:col-span-6"
            label={t("signing.addressLine")}
            name="controller.addressLine"
            autoComplete="address-line1"
            limit={160}
            required
            error={error("controller.addressLine")}
          />
          <LimitedTextField
            className="sm:col-span-2"
            label={t("signing.postalCode")}
            name="controller.postalCode"
            autoComplete="postal-code"
            limit={16}
            required
            error={error("controller.postalCode")}
          />
          <LimitedTextField
            className="sm:col-span-4"
            label={t("signing.city")}
            name="controller.city"
            autoComplete="address-level2"
            limit={80}
            required
            error={error("controller.city")}
          />
        </div>
      </Section>

      <Section number={2} title={t("signing.signerTitle")} lead={t("signing.signerLead")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <LimitedTextField
            label={t("signing.signerName")}
            name="signer.name"
            autoComplete="name"
            limit={120}
            required
            value={signerName}
            onChange={(event) => setSignerName(event.target.value)}
            error={error("signer.name")}
          />
          <LimitedTextField
            label={t("signing.signerFunction")}
            name="signer.function"
            autoComplete="organization-title"
            limit={120}
            required
            hint={t("signing.signerFunctionHint")}
            error={error("signer.function")}
          />
          <LimitedTextField
            label={t("signing.signerPlace")}
            name="signer.place"
            autoComplete="address-level2"
            limit={80}
            required
            hint={t("signing.signerPlaceHint")}
            error={error("signer.place")}
          />
        </div>
      </Section>

      <Section number={3} title={t("signing.emailTitle")} lead={t("signing.emailLead")}>
        <EmailStep versionId={versionId} verified={verified} onVerifiedChange={onVerifiedChange} error={emailError} disabled={isPending} />
      </Section>

      <Section number={4} title={t("signing.signatureTitle")} lead={t("signing.signatureLead")}>
        <SignaturePad onChange={onSignatureChange} defaultName={signerName} error={signatureError ? t(signatureError) : undefined} disabled={isPending} />
      </Section>

      <Section number={5} title={t("signing.confirmTitle")}>
        <div className="space-y-4">
          <Checkbox name="consent" label={consentText} error={error("consent")} disabled={isPending} />
          <Checkbox name="authority" label={t("signing.authorityLabel")} error={error("authority")} disabled={isPending} />
        </div>
      </Section>

      <div className="space-y-4">
        {failure ? (
          <div ref={failureRef} tabIndex={-1} role="alert" className="rounded-md bg-red-50 p-4 text-sm text-red-800 ring-1 ring-inset ring-red-200 outline-none">
            {failure.code === "NOT_FOUND" ? (
              <>
                <p className="font-semibold">{t("signing.versionGone")}</p>
                <Link href={agreementHref} className="mt-1 inline-block font-semibold underline underline-offset-2">
                  {t("signing.openCurrent")}
                </Link>
              </>
            ) : (
              <>
                <p>{t(failure.message)}</p>
                {otherErrors.map((message) => (
                  <p key={message} className="mt-1 font-semibold">
                    {t(message)}
                  </p>
                ))}
              </>
            )}
          </div>
        ) : null}
        <Button type="submit" disabled={isPending} aria-disabled={isPending} className="w-full py-3 text-base sm:w-auto sm:px-8">
          {isPending ? t("signing.submitting") : t("signing.submit")}
        </Button>
        <p className="max-w-[65ch] text-xs leading-5 text-slate-500">{t("signing.evidenceNote")}</p>
      </div>
    </form>
    </>
  );
}
