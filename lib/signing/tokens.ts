import "server-only";
import { createHash, createHmac, randomInt } from "node:crypto";

function secret(): string {
  const value = process.env.NEXTAUTH_SECRET;
  if (!value) throw new Error("NEXTAUTH_SECRET is not set");
  return value;
}

export const sha256Hex = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

/**
 * The secret in the download link given at signing. Derived from the signing form's one-time key
 * (of which only a SHA-256 is stored), so a repeated submission of the same form gets the same link;
 * only the link's hash is stored (DownloadLink). Links issued later are random (download-links.ts).
 */
export function downloadTokenFor(submissionKey: string): string {
  return createHmac("sha256", secret()).update(`download:${submissionKey}`).digest("base64url");
}

/** One signer signing one version for one organisation: the same key however often it is sent. */
export function signerKeyFor(versionId: string, country: string, registrationNumber: string, email: string): string {
  const normalised = registrationNumber.replace(/[\s.\-/]/g, "").toUpperCase();
  return sha256Hex(`${versionId}|${country}|${normalised}|${email.toLowerCase()}`);
}

const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U

/** e.g. "DPA-2026-7K3M9Q": short enough to read over the phone, 30 bits of randomness. */
export function newReference(now = new Date()): string {
  let code = "";
  for (let i = 0; i < 6; i++) code += alphabet[randomInt(alphabet.length)];
  return `DPA-${now.getUTCFullYear()}-${code}`;
}
