import "server-only";
import { createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { limitKeyPart } from "@/lib/crypto/secrets";
import { AppError, type ErrorCode, type FieldErrors } from "@/lib/errors";

// The rules of e-mail verification before signing (issue 5): in one place, so that services,
// tests and the form's texts agree.
export const SESSION_TTL_MS = 2 * 60 * 60 * 1000;
export const CODE_TTL_MINUTES = 10;
export const MAX_TRIES_PER_CODE = 5;
export const CODES_PER_HOUR = 5;
export const SESSIONS_PER_HOUR_PER_IP = 30;
/** Code checks an hour: per signing session, and per client address (IPv6 by /64). */
export const CODE_CHECKS_PER_HOUR_PER_SESSION = 20;
export const CODE_CHECKS_PER_HOUR_PER_IP = 60;
/** Refusals of one code that are written to the (undeletable) audit trail; later ones are only counted. */
export const RECORDED_REFUSALS_PER_CODE = 3;
/** The form offers "send again" after this; the hourly limits are what the server enforces. */
export const RESEND_AFTER_SECONDS = 30;

function serverKey(): string {
  const value = process.env.NEXTAUTH_SECRET;
  if (!value) throw new Error("NEXTAUTH_SECRET is not set");
  return value;
}

/** A signing session's id is the signer's proof of the session, so it must not be guessable (cuid is). */
export const newSigningSessionId = () => randomBytes(24).toString("base64url");

/** Six digits, uniformly from a CSPRNG; leading zeros kept. */
export const newSigningCode = () => String(randomInt(0, 1_000_000)).padStart(6, "0");

/**
 * Only this keyed hash of a code is stored. It binds the code to its session, so a code from
 * another session never matches, and a leaked table cannot be brute-forced without the server key.
 */
export function signingCodeHash(sessionId: string, code: string): string {
  return createHmac("sha256", serverKey()).update(`signing-code:${sessionId}:${code}`).digest("hex");
}

export function isSameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A rate-limit key for an e-mail address without keeping the address itself in that table. */
export function emailLimitKey(email: string): string {
  return `signing-code:email:${limitKeyPart(email)}`;
}

/**
 * An AppError whose message needs a number the form shows (minutes to wait, tries left).
 * `details` travel to the form beside the message key; everything else is a plain AppError.
 */
export class SigningFlowError extends AppError {
  readonly details: Record<string, number>;

  constructor(code: ErrorCode, message: string, fieldErrors: FieldErrors, details: Record<string, number> = {}) {
    super(code, message, fieldErrors);
    this.details = details;
  }
}
