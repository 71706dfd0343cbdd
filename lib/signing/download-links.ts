import "server-only";
import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db";
import { sha256Hex } from "./tokens";

/** A download link works this long after it was issued; a new request at /download-link replaces it. */
export const DOWNLOAD_LINK_DAYS = 30;
const dayMs = 24 * 60 * 60 * 1000;

/** 32 random bytes, base64url (43 characters): the secret of a link issued again. */
export const newDownloadToken = () => randomBytes(32).toString("base64url");

/**
 * Stores a link's hash (never the token) valid for DOWNLOAD_LINK_DAYS, and marks every earlier open
 * link of the agreement replaced: only the newest link works, and an old one says why it does not.
 */
export async function issueDownloadLink(tx: Tx, signedAgreementId: string, token: string, now = new Date()): Promise<{ expiresAt: Date }> {
  await tx.downloadLink.updateMany({ where: { signedAgreementId, replacedAt: null }, data: { replacedAt: now } });
  const expiresAt = new Date(now.getTime() + DOWNLOAD_LINK_DAYS * dayMs);
  await tx.downloadLink.create({ data: { signedAgreementId, tokenHash: sha256Hex(token), expiresAt, createdAt: now } });
  return { expiresAt };
}
