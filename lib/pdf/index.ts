import "server-only";

// PDFs of a processor agreement: the published text (to read before signing) and the executed
// agreement with its signing certificate. The design, and why: lib/pdf/README.md.
export type { PdfAuditEvent, PdfParty, PdfSignature, PdfVersion, SignedAgreementPdfInput } from "./types";
export { renderSignedAgreementPdf, renderUnsignedAgreementPdf } from "./render-agreement-pdf";
export { clearAgreementBodyCache, prepareAgreementPdf } from "./body-cache";
