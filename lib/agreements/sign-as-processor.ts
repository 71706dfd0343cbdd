import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import { AppError, notFound, validationError } from "@/lib/errors";
import type { ClientInfo } from "@/lib/http/client-info";
import { validateSignatureImage } from "@/lib/signing/signature-image";
import { consentText } from "@/lib/signing/consent";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";
import { contentHash } from "./canonical";
import { processorFromOrganisation, toVersionDoc, versionContentInclude } from "./version-doc";
import { transactionOptions } from "@/lib/db/transaction-options";

const input = z.object({
  agreementId: z.string().min(1).max(40),
  revision: z.number().int().min(0),
  method: z.enum(["DRAWN", "TYPED"]),
  imageDataUrl: z.string().max(1_500_000, "signing.signatureTooLarge"),
  typedName: z.string().trim().max(120).optional(),
  consent: z.literal(true, { error: "signing.consentRequired" }),
});

/**
 * The processor signs its draft in advance. The signature records the hash of the draft as saved
 * (revision must match); any later edit makes it stale and publishing asks for a new one.
 */
export async function signAsProcessor(ctx: OrgContext, raw: unknown, client: ClientInfo) {
  assertCan(ctx, "agreement.signAsProcessor");
  const parsed = input.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error, "validation.fix");
  const { agreementId, revision, method, imageDataUrl, typedName } = parsed.data;
  const imagePng = validateSignatureImage(imageDataUrl);

  return db.$transaction(async (tx) => {
    const draft = await tx.agreementVersion.findFirst({
      where: { agreementId, organisationId: ctx.orgId, status: "DRAFT" },
      include: { ...versionContentInclude, organisation: true },
    });
    if (!draft) throw notFound();
    if (draft.revision !== revision) throw new AppError("CONFLICT", "agreements.conflict");
    const doc = toVersionDoc(draft, processorFromOrganisation(draft.organisation));
    if (!doc.signatory.name || !doc.signatory.function || !doc.signatory.place) {
      throw new AppError("VALIDATION", "agreements.signatoryNeeded");
    }
    const user = await tx.user.findUniqueOrThrow({ where: { id: ctx.userId }, select: { email: true } });
    const hash = contentHash(doc);
    const signature = await tx.signature.create({
      data: {
        party: "PROCESSOR",
        versionId: draft.id,
        userId: ctx.userId,
        signerName: doc.signatory.name,
        signerFunction: doc.signatory.function,
        signerEmail: user.email,
        organisationName: doc.processor.legalName,
        place: doc.signatory.place,
        method,
        typedName: method === "TYPED" ? typedName ?? doc.signatory.name : null,
        imagePng: new Uint8Array(imagePng),
        contentHash: hash,
        ip: client.ip,
        userAgent: client.userAgent,
        consentText: consentText(doc.language, "processor"),
      },
    });
    await recordEvent(tx, {
      type: "version.signed_by_processor",
      actorType: "USER",
      actorUserId: ctx.userId,
      actorEmail: user.email,
      organisationId: ctx.orgId,
      agreementId,
      versionId: draft.id,
      client,
      data: { contentHash: hash, method },
    });
    return { signatureId: signature.id, contentHash: hash };
  }, transactionOptions.short);
}
