// Which language a DPA is written in, from its most common words. Only a default: the processor
// confirms it on the review step.

const dutch = /\b(de|het|een|van|en|is|wordt|zijn|verwerker|verwerkingsverantwoordelijke|artikel|bijlage|betrokkenen|persoonsgegevens|gegevens|overeenkomst)\b/gi;
const english = /\b(the|of|and|is|shall|be|to|processor|controller|article|annex|data|subjects|personal|agreement)\b/gi;

export function guessLanguage(text: string): "nl" | "en" {
  const sample = text.slice(0, 200_000);
  const nl = sample.match(dutch)?.length ?? 0;
  const en = sample.match(english)?.length ?? 0;
  return nl > en ? "nl" : "en";
}
