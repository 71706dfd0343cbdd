import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * A version a controller can sign now: published (not a draft, not retired) and signed by the
 * processor over its final text. Null otherwise, which every caller answers with 404.
 */
export async function findSignableVersion(versionId: string) {
  const version = await db.agreementVersion.findFirst({
    where: { id: versionId, status: "PUBLISHED" },
    select: {
      id: true,
      organisationId: true,
      agreementId: true,
      language: true,
      title: true,
      contentHash: true,
      processorLegalName: true,
      organisation: { select: { legalName: true } },
    },
  });
  if (!version?.contentHash) return null;
  const processorSigned = await db.signature.count({
    where: { versionId: version.id, party: "PROCESSOR", contentHash: version.contentHash },
  });
  if (processorSigned === 0) return null;
  return { ...version, processorName: version.processorLegalName ?? version.organisation.legalName };
}

export type SignableVersion = NonNullable<Awaited<ReturnType<typeof findSignableVersion>>>;

const sessionExpired = () =>
  new AppError("CONFLICT", "signing.sessionExpired", { sessionId: "signing.sessionExpired" });

/**
 * A signing session that can still verify an address and sign: it exists, has not expired and has
 * not been used for a signature. Its version must still be signable (else 404).
 */
export async function loadOpenSigningSession(sessionId: string, now = new Date()) {
  const session = await db.signingSession.findUnique({
    where: { id: sessionId },
    include: { signedAgreement: { select: { id: true } } },
  });
  if (!session || session.expiresAt <= now || session.signedAgreement) throw sessionExpired();
  const version = await findSignableVersion(session.versionId);
  if (!version) throw new AppError("NOT_FOUND", "signing.versionGone");
  return { session, version };
}

/** The fields every audit event of a signing session carries. */
export function sessionEventBase(version: SignableVersion, sessionId: string) {
  return {
    organisationId: version.organisationId,
    agreementId: version.agreementId,
    versionId: version.id,
    signingSessionId: sessionId,
  };
}
