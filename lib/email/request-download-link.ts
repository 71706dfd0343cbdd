import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { validationError } from "@/lib/errors";
import type { ClientInfo } from "@/lib/http/client-info";
import { hit } from "@/lib/rate-limit/rate-limit";
import { limitKeyPart } from "@/lib/crypto/secrets";
import { issueDownloadLink, newDownloadToken } from "@/lib/signing/download-links";
import { email } from "@/lib/validation/fields";
import { appUrl } from "./app-url";
import { enqueueEmail } from "./enqueue-email";
import { transactionOptions } from "@/lib/db/transaction-options";

const requestInput = z.object({
  reference: z.string({ error: "validation.required" }).trim().toUpperCase().min(1, "validation.required").max(40, "validation.tooLong"),
  email,
  language: z.enum(["nl", "en"]).catch("nl"),
});

// Per hour, per IP address and per e-mail address: enough for a person, useless for guessing.
const perIp = { max: 5, windowSeconds: 3600 };
const perEmail = { max: 5, windowSeconds: 3600 };

/**
 * A controller asks for a fresh link to a signed agreement's PDF by its reference and the signer's
 * e-mail address. Only when the pair matches the controller's signature is the link mailed, and
 * only to that address. The caller learns nothing either way: matched, unmatched and rate-limited
 * requests return the same (nothing); only malformed input is refused, which reveals nothing.
 * The mailed link is new (valid 30 days) and replaces every earlier one, which then answers
 * "replaced" (see lib/signing/get-signed-pdf-by-token.ts): a leaked link dies with the next request.
 */
export async function requestDownloadLink(raw: unknown, client: ClientInfo): Promise<void> {
  const parsed = requestInput.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error, "validation.fix");
  const { reference, email: address, language } = parsed.data;

  // The address is an HMAC: the rate-limit table need not hold personal data.
  const [byIp, byEmail] = await Promise.all([
    hit(`download-link:ip:${client.ip ?? "unknown"}`, perIp),
    hit(`download-link:email:${limitKeyPart(address)}`, perEmail),
  ]);
  if (byIp.isLimited || byEmail.isLimited) return;

  const signed = await db.signedAgreement.findFirst({
    where: { reference, signatures: { some: { party: "CONTROLLER", signerEmail: { equals: address, mode: "insensitive" } } } },
    select: {
      id: true,
      organisationId: true,
      reference: true,
      version: { select: { title: true } },
      signatures: { where: { party: "CONTROLLER" }, select: { signerEmail: true } },
    },
  });
  const to = signed?.signatures[0]?.signerEmail;
  if (!signed || !to) return;

  const token = newDownloadToken();
  await db.$transaction(async (tx) => {
    await issueDownloadLink(tx, signed.id, token);
    await enqueueEmail(tx, {
      to,
      template: "download-link",
      language,
      vars: { reference: signed.reference, agreementTitle: signed.version.title },
      secretVars: { downloadUrl: appUrl(`/d/${token}`) },
      organisationId: signed.organisationId,
      signedAgreementId: signed.id,
    });
  }, transactionOptions.short);
}
