import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { db, type SealStatus, type SignedAgreementStatus } from "@/lib/db";
import { AppError, validationError } from "@/lib/errors";
import { platformCertificates } from "./seal-key";
import { verifyPdfSeal, type SealCheck } from "./verify-pdf-seal";

// Public verification: "is this exactly a document signed here?". The only key is the document
// itself (its SHA-256), or a reference together with that SHA-256. Whoever does not hold the
// document learns nothing: an unknown hash, a changed byte, a reference alone or a reference with
// the wrong hash all get the same answer.

export const MAX_VERIFY_BYTES = 10 * 1024 * 1024;

export type VerifiedDocument = {
  reference: string;
  agreementTitle: string;
  versionNumber: number | null;
  language: "nl" | "en";
  processorName: string;
  controllerName: string;
  signedAt: Date;
  agreementStatus: SignedAgreementStatus;
  /** Which copy this is: the sealed PDF, or the one from before sealing. */
  copy: "sealed" | "unsealed";
  sealStatus: SealStatus;
  sealLevel: string | null;
  sealedAt: Date | null;
};

/** What the PDF's own seal says, checked cryptographically (absent for a reference with a hash). */
export type PublicSealCheck =
  | { status: "valid"; level: "B-B" | "B-T"; timestampedAt: Date | null }
  | { status: "invalid"; reason: Extract<SealCheck, { status: "invalid" }>["reason"] }
  | { status: "absent" };

export type Verification = { sha256: string; seal?: PublicSealCheck } & ({ isMatch: true; document: VerifiedDocument } | { isMatch: false });

const agreementSelect = {
  reference: true,
  signedAt: true,
  status: true,
  sealStatus: true,
  sealLevel: true,
  sealedAt: true,
  documentId: true,
  unsealedDocumentId: true,
  version: { select: { title: true, number: true, language: true, processorLegalName: true } },
  organisation: { select: { legalName: true } },
  controller: { select: { legalName: true } },
} as const;

type AgreementRow = {
  reference: string;
  signedAt: Date;
  status: SignedAgreementStatus;
  sealStatus: SealStatus;
  sealLevel: string | null;
  sealedAt: Date | null;
  documentId: string | null;
  unsealedDocumentId: string | null;
  version: { title: string; number: number | null; language: "nl" | "en"; processorLegalName: string | null };
  organisation: { legalName: string };
  controller: { legalName: string };
};

function describe(row: AgreementRow, documentId: string): VerifiedDocument {
  // Sealed copy: the served document once sealing is done. Before that, documentId and
  // unsealedDocumentId point at the same (unsealed) PDF.
  const isSealedCopy = row.sealStatus === "SEALED" && row.documentId === documentId && row.unsealedDocumentId !== documentId;
  return {
    reference: row.reference,
    agreementTitle: row.version.title,
    versionNumber: row.version.number,
    language: row.version.language,
    processorName: row.version.processorLegalName ?? row.organisation.legalName,
    controllerName: row.controller.legalName,
    signedAt: row.signedAt,
    agreementStatus: row.status,
    copy: isSealedCopy ? "sealed" : "unsealed",
    sealStatus: row.sealStatus,
    sealLevel: row.sealLevel,
    sealedAt: row.sealedAt,
  };
}

async function findBySha256(sha256: string): Promise<VerifiedDocument | null> {
  const documents = await db.document.findMany({
    where: { sha256 },
    take: 5,
    select: { id: true, signedAgreement: { select: agreementSelect }, unsealedOf: { select: agreementSelect } },
  });
  for (const document of documents) {
    const row = document.signedAgreement ?? document.unsealedOf;
    if (row) return describe(row, document.id);
  }
  return null;
}

function publicSealCheck(check: SealCheck): PublicSealCheck {
  if (check.status === "valid") return { status: "valid", level: check.level, timestampedAt: check.timestampedAt };
  if (check.status === "invalid") return { status: "invalid", reason: check.reason };
  return { status: "absent" };
}

/**
 * Checks an uploaded file: at most 10 MB, and a PDF by its content, not by its name. Two checks,
 * both needed for "genuine": the file is one we stored (its SHA-256), and, for a sealed copy, its
 * PAdES seal verifies with the platform's certificate over every byte of the file but the
 * signature. A seal that does not verify is never a match, whatever the database says.
 */
export async function verifyDocument(file: Buffer): Promise<Verification> {
  if (file.length > MAX_VERIFY_BYTES) throw new AppError("TOO_LARGE", "verify.tooLarge");
  if (file.subarray(0, 5).toString("latin1") !== "%PDF-") throw new AppError("VALIDATION", "verify.notPdf");
  const sha256 = createHash("sha256").update(file).digest("hex");
  const [document, sealCheck] = await Promise.all([findBySha256(sha256), verifyPdfSeal(file, await platformCertificates())]);
  const seal = publicSealCheck(sealCheck);
  if (sealCheck.status === "invalid") {
    if (document) console.warn(`[verify] ${document.reference}: stored PDF whose seal does not verify (${sealCheck.detail})`);
    return { sha256, seal, isMatch: false };
  }
  if (document?.copy === "sealed" && sealCheck.status !== "valid") return { sha256, seal, isMatch: false };
  return document ? { sha256, seal, isMatch: true, document } : { sha256, seal, isMatch: false };
}

export const verifyHashInput = z.object({
  reference: z
    .string({ error: "validation.required" })
    .trim()
    .toUpperCase()
    .min(1, "validation.required")
    .regex(/^[A-Z]{2,5}-\d{4}-[0-9A-Z]{4,12}$/, "verify.referenceFormat"),
  sha256: z
    .string({ error: "validation.required" })
    .transform((value) => value.replace(/[\s:]/g, "").toLowerCase())
    .pipe(z.string().min(1, "validation.required").regex(/^[0-9a-f]{64}$/, "verify.sha256Format")),
});

/** Checks a reference with the SHA-256 of its PDF (sealed or not); answers only for a matching pair. */
export async function verifyDocumentHash(raw: unknown): Promise<Verification> {
  const parsed = verifyHashInput.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error, "validation.fix");
  const { reference, sha256 } = parsed.data;
  const row = await db.signedAgreement.findUnique({
    where: { reference },
    select: { ...agreementSelect, document: { select: { sha256: true } }, unsealedDocument: { select: { sha256: true } } },
  });
  if (row?.document?.sha256 === sha256 && row.documentId) return { sha256, isMatch: true, document: describe(row, row.documentId) };
  if (row?.unsealedDocument?.sha256 === sha256 && row.unsealedDocumentId) return { sha256, isMatch: true, document: describe(row, row.unsealedDocumentId) };
  return { sha256, isMatch: false };
}
