import type { VersionDoc } from "@/lib/agreements/types";
import type { DescribableAuditEvent } from "@/lib/audit/events";

export type PdfParty = { legalName: string; registrationNumber: string; address: string; city: string; country: string };

export type PdfSignature = {
  party: "PROCESSOR" | "CONTROLLER";
  signerName: string;
  signerFunction: string;
  signerEmail: string;
  organisationName: string;
  place: string;
  method: "DRAWN" | "TYPED";
  imagePng: Buffer;
  signedAt: Date;
  ip: string | null;
  userAgent: string | null;
  contentHash: string;
  /** The declaration the signer agreed to, as stored with the signature; printed in the certificate. */
  consentText: string;
  emailVerifiedAt?: Date | null;
};

export type PdfVersion = VersionDoc & { id: string; number: number; contentHash: string; publishedAt: Date };

/** An audit event as stored; the certificate page says it in a sentence of the document's language. */
export type PdfAuditEvent = DescribableAuditEvent & { at: Date; ip: string | null };

export type SignedAgreementPdfInput = {
  version: PdfVersion;
  reference: string;
  controller: PdfParty;
  /** The processor's and the controller's. */
  signatures: PdfSignature[];
  /** Listed on the certificate page when given. */
  auditEvents?: PdfAuditEvent[];
  /** The head of the signing's audit hash chain when the PDF was made, printed on the certificate page. */
  auditChainHead?: PdfAuditChainHead | null;
};

export type PdfAuditChainHead = { seq: string; hash: string };
