import { agreementTexts } from "@/lib/agreements/texts";

// The exact sentences a signer agrees to; stored with each signature as evidence. The sentences are
// in lib/agreements/texts.ts, with the agreement's other fixed texts.

export function consentText(language: "nl" | "en", party: "controller" | "processor"): string {
  return agreementTexts(language).consent[party];
}
