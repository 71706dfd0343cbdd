// The exact sentences a signer agrees to; stored with each signature as evidence.
const texts = {
  nl: {
    controller:
      "Ik onderteken deze verwerkersovereenkomst elektronisch en verklaar bevoegd te zijn de genoemde organisatie te vertegenwoordigen. Ik ga ermee akkoord dat mijn elektronische handtekening dezelfde rechtskracht heeft als een handgeschreven handtekening (eenvoudige elektronische handtekening, artikel 25 eIDAS).",
    processor:
      "Ik onderteken deze verwerkersovereenkomst elektronisch namens de verwerker en verklaar daartoe bevoegd te zijn.",
  },
  en: {
    controller:
      "I sign this data processing agreement electronically and confirm that I am authorised to represent the organisation named. I agree that my electronic signature has the same legal effect as a handwritten signature (simple electronic signature, article 25 eIDAS).",
    processor: "I sign this data processing agreement electronically on behalf of the processor and confirm that I am authorised to do so.",
  },
} as const;

export function consentText(language: "nl" | "en", party: "controller" | "processor"): string {
  return texts[language][party];
}
