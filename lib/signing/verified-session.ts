import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

const notVerified = (message = "signing.emailNotVerified") => new AppError("VALIDATION", message, { "signer.email": message });

/**
 * The session a signature is made in: for this version, not expired, and with a verified address
 * equal to the signer's. Anything else asks the signer to verify their address (again).
 */
export async function assertVerifiedSession(sessionId: string, versionId: string, signerEmail: string, now = new Date()) {
  const session = await db.signingSession.findUnique({
    where: { id: sessionId },
    select: { id: true, versionId: true, email: true, emailVerifiedAt: true, expiresAt: true },
  });
  if (!session || session.versionId !== versionId || !session.email || !session.emailVerifiedAt) throw notVerified();
  if (session.expiresAt <= now) throw notVerified("signing.verificationExpired");
  if (session.email.toLowerCase() !== signerEmail.toLowerCase()) throw notVerified("signing.emailNotTheVerified");
  return { id: session.id, email: session.email, emailVerifiedAt: session.emailVerifiedAt };
}
