"use client";
import { useCallback, useEffect, useId, useRef, useState, useTransition } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { getSigningSessionAction, sendSigningCodeAction, startSigningSessionAction, verifySigningCodeAction } from "./actions";

export type VerifiedEmail = { sessionId: string; email: string };

type Refusal = { ok: false; code: string; message: string; fieldErrors?: Record<string, string>; details?: Record<string, number> };

// The session id survives a reload (and only that tab): sessionStorage, per version.
const storageKey = (versionId: string) => `signing-session:${versionId}`;
const readStoredSession = (versionId: string) => {
  try {
    return sessionStorage.getItem(storageKey(versionId));
  } catch {
    return null;
  }
};
const storeSession = (versionId: string, sessionId: string | null) => {
  try {
    if (sessionId) sessionStorage.setItem(storageKey(versionId), sessionId);
    else sessionStorage.removeItem(storageKey(versionId));
  } catch {
    // Private modes may refuse storage: the flow still works, only a reload starts over.
  }
};

const isSessionGone = (result: Refusal) => Boolean(result.fieldErrors?.sessionId);

/** The words of a refusal, with the numbers some of them need. */
function refusalText(t: (key: string, vars?: Record<string, string | number>) => string, key: string, details?: Record<string, number>) {
  if (key === "signing.codeWrong" && details?.triesLeft !== undefined) {
    return details.triesLeft === 1 ? t("signing.codeWrongOne") : t("signing.codeWrong", { count: details.triesLeft });
  }
  if (key === "signing.tooManyCodes" && details?.retryAfterMinutes !== undefined) {
    return details.retryAfterMinutes === 1 ? t("signing.tooManyCodesOne") : t("signing.tooManyCodes", { minutes: details.retryAfterMinutes });
  }
  if (key === "signing.tooManyChecks" && details?.retryAfterMinutes !== undefined) {
    return details.retryAfterMinutes === 1 ? t("signing.tooManyChecksOne") : t("signing.tooManyChecks", { minutes: details.retryAfterMinutes });
  }
  return t(key);
}

/**
 * The signer proves their e-mail address before signing: address, "Send code", the 6-digit code
 * from the e-mail, then a verified badge. The address is then fixed for the signature (it is the
 * one stored as evidence) until the signer chooses another one.
 */
export function EmailStep({
  versionId,
  verified,
  onVerifiedChange,
  error,
  disabled,
}: {
  versionId: string;
  verified: VerifiedEmail | null;
  onVerifiedChange: (value: VerifiedEmail | null) => void;
  /** An error from signing (already a message key) about the address or its verification. */
  error?: string;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const codeId = useId();
  const [isPending, startTransition] = useTransition();
  const [email, setEmail] = useState("");
  const [code, setCode] = useState("");
  const [codeSentTo, setCodeSentTo] = useState<string | null>(null);
  const [resendAt, setResendAt] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const [emailError, setEmailError] = useState<string | null>(null);
  const [codeError, setCodeError] = useState<string | null>(null);
  const sessionId = useRef<string | null>(null);
  const lastTriedCode = useRef<string | null>(null);
  // Set synchronously: the 6th digit and an Enter in the same moment must not both send the code.
  const isVerifying = useRef(false);
  const codeInput = useRef<HTMLInputElement>(null);
  const emailInput = useRef<HTMLInputElement>(null);

  // After a reload: the stored session, if it can still be used, with what it already proved.
  useEffect(() => {
    const stored = readStoredSession(versionId);
    if (!stored) return;
    let isCurrent = true;
    getSigningSessionAction(stored)
      .then((state) => {
        if (!isCurrent) return;
        if (!state || state.versionId !== versionId) {
          storeSession(versionId, null);
          return;
        }
        sessionId.current = stored;
        if (state.verifiedEmail) {
          setEmail(state.verifiedEmail);
          onVerifiedChange({ sessionId: stored, email: state.verifiedEmail });
        } else if (state.pendingEmail) {
          setEmail(state.pendingEmail);
          setCodeSentTo(state.pendingEmail);
        }
      })
      .catch(() => {});
    return () => {
      isCurrent = false;
    };
    // Only when the form appears: later changes come from the signer's own actions.
  }, [versionId]); // eslint-disable-line react-hooks/exhaustive-deps

  // Signing said the verification no longer holds (expired, say): ask for a new code.
  useEffect(() => {
    if (!error || !verified) return;
    sessionId.current = null;
    storeSession(versionId, null);
    setCodeSentTo(null);
    setCode("");
    // Kept here: the form forgets its own copy of the error once the verification is dropped.
    setEmailError(t(error));
    onVerifiedChange(null);
  }, [error, verified, versionId, onVerifiedChange, t]);

  // The countdown of "send a new code".
  useEffect(() => {
    if (resendAt <= now) return;
    const timer = setTimeout(() => setNow(Date.now()), 1000);
    return () => clearTimeout(timer);
  }, [resendAt, now]);

  const forgetSession = useCallback(() => {
    sessionId.current = null;
    storeSession(versionId, null);
  }, [versionId]);

  const ensureSession = useCallback(async (): Promise<string | Refusal> => {
    if (sessionId.current) return sessionId.current;
    const started = await startSigningSessionAction(versionId);
    if (!started.ok) return started;
    sessionId.current = started.sessionId;
    storeSession(versionId, started.sessionId);
    return started.sessionId;
  }, [versionId]);

  const showRefusal = (result: Refusal, field: "email" | "code") => {
    const key = result.fieldErrors?.[field] ?? result.fieldErrors?.sessionId ?? result.message;
    const message = result.code === "NOT_FOUND" ? t("signing.versionGone") : refusalText(t, key, result.details);
    if (field === "email") setEmailError(message);
    else setCodeError(message);
  };

  const sendCode = () => {
    if (isPending || disabled) return;
    setEmailError(null);
    setCodeError(null);
    startTransition(async () => {
      try {
        let result: Awaited<ReturnType<typeof sendSigningCodeAction>> | Refusal = { ok: false, code: "INTERNAL", message: "errors.generic" };
        // An expired session is replaced once, silently: the signer only asked for a code.
        for (let attempt = 0; attempt < 2; attempt++) {
          const session = await ensureSession();
          if (typeof session !== "string") {
            result = session;
            break;
          }
          result = await sendSigningCodeAction({ sessionId: session, email });
          if (result.ok || !isSessionGone(result)) break;
          forgetSession();
        }
        if (!result.ok) {
          showRefusal(result, "email");
          emailInput.current?.focus();
          return;
        }
        setEmail(result.email);
        setCodeSentTo(result.email);
        setCode("");
        lastTriedCode.current = null;
        const current = Date.now();
        setNow(current);
        setResendAt(current + result.resendAfterSeconds * 1000);
        onVerifiedChange(null);
        requestAnimationFrame(() => codeInput.current?.focus());
      } catch {
        setEmailError(t("signing.codeNetworkError"));
      }
    });
  };

  const verify = (value: string) => {
    if (isPending || isVerifying.current || disabled || !sessionId.current) return;
    // Each try costs one of the code's five tries and one line in the audit trail: a code already
    // refused is not sent again (Enter after the automatic check at 6 digits, a second click).
    if (value === lastTriedCode.current) {
      codeInput.current?.select();
      return;
    }
    isVerifying.current = true;
    lastTriedCode.current = value;
    setCodeError(null);
    const session = sessionId.current;
    startTransition(async () => {
      try {
        const result = await verifySigningCodeAction({ sessionId: session, code: value });
        if (result.ok) {
          setCodeSentTo(null);
          setCode("");
          onVerifiedChange({ sessionId: session, email: result.email });
          return;
        }
        if (isSessionGone(result)) {
          forgetSession();
          setCodeSentTo(null);
          setEmailError(t("signing.sessionExpired"));
          return;
        }
        // A check refused by the rate limit was not counted: the same code may be tried later.
        if (result.code === "RATE_LIMITED") lastTriedCode.current = null;
        showRefusal(result, "code");
        codeInput.current?.select();
      } catch {
        lastTriedCode.current = null;
        setCodeError(t("signing.codeNetworkError"));
      } finally {
        isVerifying.current = false;
      }
    });
  };

  const onCodeChange = (raw: string) => {
    const digits = raw.replace(/\D/g, "").slice(0, 6);
    setCode(digits);
    // A full code is checked at once (typed, pasted or filled in from the e-mail by the phone);
    // the same code is never sent twice (verify).
    if (digits.length === 6) verify(digits);
  };

  const changeAddress = () => {
    setCodeSentTo(null);
    setCode("");
    setCodeError(null);
    onVerifiedChange(null);
    requestAnimationFrame(() => emailInput.current?.focus());
  };

  if (verified) {
    return (
      <div className="space-y-3">
        <Field label={t("signing.signerEmail")}>
          {(a11y) => (
            <input {...a11y} name="signer.email" type="email" value={verified.email} readOnly className={`${inputClass} read-only:bg-slate-50 read-only:text-slate-700`} />
          )}
        </Field>
        <div className="flex flex-wrap items-center gap-3">
          <span role="status" className="inline-flex items-center gap-1.5 rounded-full bg-emerald-50 px-3 py-1 text-sm font-semibold text-emerald-800 ring-1 ring-inset ring-emerald-300">
            <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="size-4">
              <path fillRule="evenodd" d="M16.704 4.153a.75.75 0 0 1 .143 1.052l-8 10.5a.75.75 0 0 1-1.127.075l-4.5-4.5a.75.75 0 0 1 1.06-1.06l3.894 3.893 7.48-9.817a.75.75 0 0 1 1.05-.143Z" clipRule="evenodd" />
            </svg>
            {t("signing.emailVerified")}
          </span>
          <button type="button" onClick={changeAddress} disabled={disabled} className="text-sm font-semibold text-blue-800 underline underline-offset-2 disabled:text-slate-400">
            {t("signing.changeEmail")}
          </button>
        </div>
      </div>
    );
  }

  const secondsLeft = Math.max(0, Math.ceil((resendAt - now) / 1000));
  const shownEmailError = emailError ?? (error ? t(error) : null);
  return (
    <div className="space-y-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <Field className="min-w-0 flex-1" label={t("signing.signerEmail")} error={shownEmailError ?? undefined}>
          {(a11y) => (
            <input
              {...a11y}
              ref={emailInput}
              name="signer.email"
              type="email"
              autoComplete="email"
              maxLength={254}
              required
              value={email}
              readOnly={Boolean(codeSentTo)}
              onChange={(event) => {
                setEmail(event.target.value);
                setEmailError(null);
              }}
              onKeyDown={(event) => {
                // Enter here asks for a code; it must not submit (and fail) the whole signing form.
                if (event.key === "Enter") {
                  event.preventDefault();
                  if (!codeSentTo) sendCode();
                }
              }}
              className={`${inputClass} read-only:bg-slate-50 read-only:text-slate-700`}
            />
          )}
        </Field>
        {codeSentTo ? null : (
          <Button type="button" variant="secondary" onClick={sendCode} disabled={isPending || disabled} aria-disabled={isPending} className="sm:mt-6">
            {isPending ? t("signing.sendingCode") : t("signing.sendCode")}
          </Button>
        )}
      </div>

      {codeSentTo ? (
        <div className="rounded-lg bg-slate-50 p-4 ring-1 ring-inset ring-slate-200">
          <p className="text-sm text-slate-700" role="status">
            {t("signing.codeSentTo", { email: codeSentTo })}
          </p>
          <div className="mt-3 flex flex-col gap-3 sm:flex-row sm:items-start">
            <div>
              <label htmlFor={codeId} className="block text-sm font-medium text-slate-800">
                {t("signing.codeLabel")}
              </label>
              <input
                ref={codeInput}
                id={codeId}
                name="one-time-code"
                inputMode="numeric"
                autoComplete="one-time-code"
                pattern="[0-9]*"
                maxLength={6}
                value={code}
                onChange={(event) => onCodeChange(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === "Enter") {
                    event.preventDefault();
                    verify(code);
                  }
                }}
                aria-invalid={codeError ? true : undefined}
                aria-describedby={codeError ? `${codeId}-error` : `${codeId}-hint`}
                className={`${inputClass} mt-1 w-40 text-center font-mono text-lg tracking-[0.4em]`}
              />
            </div>
            <Button type="button" onClick={() => verify(code)} disabled={isPending || disabled} aria-disabled={isPending} className="sm:mt-6">
              {isPending ? t("signing.verifyingCode") : t("signing.verifyCode")}
            </Button>
          </div>
          {codeError ? (
            <p id={`${codeId}-error`} role="alert" className="mt-2 text-sm text-red-700">
              {codeError}
            </p>
          ) : (
            <p id={`${codeId}-hint`} className="mt-2 text-xs text-slate-500">
              {t("signing.codeHint")}
            </p>
          )}
          <div className="mt-3 flex flex-wrap gap-x-5 gap-y-2 text-sm">
            <button
              type="button"
              onClick={sendCode}
              disabled={isPending || disabled || secondsLeft > 0}
              className="font-semibold text-blue-800 underline underline-offset-2 disabled:text-slate-400 disabled:no-underline"
            >
              {secondsLeft > 0 ? t("signing.resendIn", { seconds: secondsLeft }) : t("signing.resend")}
            </button>
            <button type="button" onClick={changeAddress} disabled={isPending || disabled} className="font-semibold text-blue-800 underline underline-offset-2 disabled:text-slate-400">
              {t("signing.changeEmail")}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
