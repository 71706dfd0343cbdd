// The e-mail verification as a signer goes through it: start a session, ask for a code, read the
// code from the e-mail (kept in the database), enter it. No shortcut around the code.
import { db } from "@/lib/db";
import { renderMessage } from "@/lib/email/secret-vars";
import type { ClientInfo } from "@/lib/http/client-info";
import { sendSigningCode } from "@/lib/signing/send-signing-code";
import { startSigningSession } from "@/lib/signing/start-signing-session";
import { verifySigningCode } from "@/lib/signing/verify-signing-code";
import { uniqueClient } from "./factories";

/**
 * The latest e-mail to this address as it is sent: opened from its encrypted copy, as the sender
 * and the development mailbox do (the stored text has its secrets redacted).
 */
export async function readLatestEmail(email: string): Promise<{ subject: string; text: string } | null> {
  const message = await db.emailMessage.findFirst({
    where: { to: email.toLowerCase() },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { to: true, subject: true, text: true, language: true, encryptedVars: true },
  });
  return message ? renderMessage(message) : null;
}

/** The code in the latest signing-code e-mail to this address (the line that holds only the code). */
export async function readLatestSigningCode(email: string): Promise<string> {
  const message = await readLatestEmail(email);
  const code = message?.text.match(/^\s*(\d{6})\s*$/m)?.[1];
  if (!code) throw new Error(`no signing code in the latest e-mail to ${email}`);
  return code;
}

/** Starts a session and sends a code; returns the session and the code as read from the e-mail. */
export async function requestSigningCode(versionId: string, email: string, client: ClientInfo = uniqueClient()) {
  const { sessionId } = await startSigningSession(versionId, client);
  await sendSigningCode(sessionId, email, client);
  return { sessionId, code: await readLatestSigningCode(email), client };
}

/** A signing session whose address is verified with the code from the e-mail. */
export async function verifiedSigningSession(versionId: string, email: string, client: ClientInfo = uniqueClient()): Promise<string> {
  const { sessionId, code } = await requestSigningCode(versionId, email, client);
  await verifySigningCode(sessionId, code, client);
  return sessionId;
}
