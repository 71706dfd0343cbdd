import "server-only";
import { createHash, randomBytes } from "node:crypto";

export const invitationDays = 7;

/**
 * 32 random bytes. Hex rather than base64url: proxy.ts lets only lowercase slug-like segments
 * through on paths outside its app prefixes, and /invite/<token> is such a path.
 */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("hex");
  return { token, tokenHash: hashInvitationToken(token) };
}

/** Only this hash is stored: a database leak gives no usable links. */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
