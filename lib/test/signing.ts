// The e-mail verification as a signer goes through it: start a session, ask for a code, read the
// code from the e-mail (kept in the database), enter it. No shortcut around the code.
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import { sendSigningCode } from "@/lib/signing/send-signing-code";
import { startSigningSession } from "@/lib/signing/start-signing-session";
import { verifySigningCode } from "@/lib/signing/verify-signing-code";
import { uniqueClient } from "./factories";

/** The code in the latest signing-code e-mail to this address (the line that holds only the code). */
export async function readLatestSigningCode(email: string): Promise<string> {
  const message = await db.emailMessage.findFirst({
    where: { to: email.toLowerCase() },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { text: true },
  });
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
