import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Personal data in an audit event is kept out of the hash chain: the chain hashes a keyed commitment
 * to it instead, so the data can be erased (set to NULL) later and the chain stays valid, while anyone
 * holding the key and the original data can still show it was what the event recorded.
 *
 * Format: "pii1.<keyId>.<salt>.<actorEmail>.<ip>.<userAgent>", each field an HMAC-SHA256 (hex) of
 * salt + field name + value, or "-" when the field was empty when recorded. One HMAC per field, so
 * erasing only the IP address (a shorter retention) leaves the e-mail address checkable, and a
 * random salt per event, so the commitments left after erasure do not link one person's events.
 * keyId tells which key made it: a verifier with another key skips the check instead of failing.
 */

export const PII_FIELDS = ["actorEmail", "ip", "userAgent"] as const;
export type PiiField = (typeof PII_FIELDS)[number];
export type PersonalData = Record<PiiField, string | null>;

const VERSION = "pii1";
const EMPTY = "-";

/** AUDIT_PII_KEY, else a key derived from NEXTAUTH_SECRET (with a label, so it is not the secret itself). */
export function piiKey(): Buffer | null {
  const explicit = process.env.AUDIT_PII_KEY;
  if (explicit) return Buffer.from(explicit, "utf8");
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) return null;
  return createHmac("sha256", secret).update("audit-pii-commitment-key").digest();
}

function requireKey(): Buffer {
  const key = piiKey();
  if (!key) throw new Error("Set AUDIT_PII_KEY or NEXTAUTH_SECRET: audit events commit to personal data with it");
  return key;
}

const keyIdOf = (key: Buffer) => createHmac("sha256", key).update("key-id").digest("hex").slice(0, 8);

const fieldMac = (key: Buffer, salt: string, field: PiiField, value: string) =>
  createHmac("sha256", key).update(`${salt}\0${field}\0${value}`, "utf8").digest("hex");

export function commitPersonalData(data: PersonalData): string {
  const key = requireKey();
  const salt = randomBytes(16).toString("hex");
  const parts = PII_FIELDS.map((field) => {
    const value = data[field];
    return value === null ? EMPTY : fieldMac(key, salt, field, value);
  });
  return [VERSION, keyIdOf(key), salt, ...parts].join(".");
}

export type PersonalDataCheck =
  | { status: "ok" }
  /** The key is not available, or the commitment was made with another key. */
  | { status: "unchecked" }
  | { status: "mismatch"; fields: PiiField[] }
  | { status: "malformed" };

/**
 * Compares the personal data still in a row with its commitment. A NULL field passes (erased, or
 * never recorded); a value that does not match, or a value where none was recorded, does not.
 */
export function checkPersonalData(commitment: string, data: PersonalData, key = piiKey()): PersonalDataCheck {
  const parts = commitment.split(".");
  if (parts.length !== 3 + PII_FIELDS.length || parts[0] !== VERSION) return { status: "malformed" };
  const [, keyId, salt, ...macs] = parts;
  if (!key || keyIdOf(key) !== keyId) return { status: "unchecked" };
  const wrong = PII_FIELDS.filter((field, index) => {
    const value = data[field];
    if (value === null) return false;
    const expected = macs[index];
    if (expected === EMPTY) return true;
    const actual = fieldMac(key, salt, field, value);
    return actual.length !== expected.length || !timingSafeEqual(Buffer.from(actual), Buffer.from(expected));
  });
  return wrong.length ? { status: "mismatch", fields: wrong } : { status: "ok" };
}
