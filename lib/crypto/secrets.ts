import "server-only";
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";

// Keys derived from NEXTAUTH_SECRET (set the same on every instance), one per purpose, so that a
// key for one use never serves another. The database never holds NEXTAUTH_SECRET.

export type KeyPurpose = "email-vars" | "limit-key";

const cache = new Map<string, Buffer>();

export function derivedKey(purpose: KeyPurpose): Buffer {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  const cacheKey = `${purpose}\0${secret}`;
  let key = cache.get(cacheKey);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secret, "verwerkersovereenkomst", `dpa:${purpose}:v1`, 32));
    cache.set(cacheKey, key);
  }
  return key;
}

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM of a JSON value: version byte, IV, tag, ciphertext. The associated data binds the box
 * to its context (e.g. the recipient), so a box moved to another row does not open.
 */
export function encryptJson(purpose: KeyPurpose, value: unknown, associatedData: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", derivedKey(purpose), iv);
  cipher.setAAD(Buffer.from(associatedData, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), ciphertext]);
}

/** The value of encryptJson; throws when the box was altered, moved or made with another secret. */
export function decryptJson(purpose: KeyPurpose, box: Uint8Array, associatedData: string): unknown {
  const bytes = Buffer.from(box);
  if (bytes.length < 1 + IV_BYTES + TAG_BYTES || bytes[0] !== VERSION) throw new Error("not an encrypted box of this app");
  const iv = bytes.subarray(1, 1 + IV_BYTES);
  const tag = bytes.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv("aes-256-gcm", derivedKey(purpose), iv);
  decipher.setAAD(Buffer.from(associatedData, "utf8"));
  decipher.setAuthTag(tag);
  const plain = Buffer.concat([decipher.update(bytes.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]);
  return JSON.parse(plain.toString("utf8"));
}

/**
 * The part of a rate-limit key that stands for an e-mail address (or another personal value):
 * an HMAC, so the RateLimit table holds no addresses and cannot be reversed with a list of them.
 * Case-insensitive for addresses.
 */
export function limitKeyPart(value: string): string {
  return createHmac("sha256", derivedKey("limit-key")).update(value.trim().toLowerCase()).digest("base64url").slice(0, 32);
}
