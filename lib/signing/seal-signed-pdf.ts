import "server-only";
import { sealPdf } from "@/lib/sealing/seal-pdf";

export type SealOutcome =
  | { isSealed: true; pdf: Buffer; level: "B-B" | "B-T"; timestampError?: string }
  | { isSealed: false; error: string };

/**
 * Seals the rendered PDF inline. A failure is an outcome, not an error: the signature is stored
 * with the unsealed PDF and a retrying job seals it later. Sealing never blocks or loses a signature.
 */
export async function sealSignedPdf(pdf: Buffer): Promise<SealOutcome> {
  try {
    const sealed = await sealPdf(pdf);
    return { isSealed: true, pdf: sealed.pdf, level: sealed.level, timestampError: sealed.timestampError };
  } catch (error) {
    console.error("[sealing failed; the signature is kept and a job will retry]", error);
    const message = error instanceof Error ? error.message : String(error);
    return { isSealed: false, error: message.slice(0, 500) };
  }
}
