import "server-only";
import type { AgreementTexts, PartyTexts } from "@/lib/agreements/texts";
import type { Flow } from "../writer/flow";
import { text } from "./theme";

/** Title, the parties and the recitals: the only part of the agreement's text that names the controller. */
export function layoutFrontMatter(
  flow: Flow,
  input: {
    title: string;
    subtitle: string;
    bindingStatement?: string | null;
    controller: PartyTexts | null;
    processor: PartyTexts;
    recitals: string[];
    t: AgreementTexts;
  },
): void {
  const { t } = input;
  flow.paragraph(input.title, text.title, { spaceAfter: 4 });
  flow.paragraph(input.subtitle, text.subtitle, { spaceAfter: input.bindingStatement ? 10 : 22 });
  if (input.bindingStatement) flow.paragraph(input.bindingStatement, text.bodyBold, { spaceAfter: 18 });

  flow.paragraph(t.undersigned, text.bodyBold, { spaceAfter: 6, keepWithNext: 30 });
  flow.paragraph(input.controller ? t.party(input.controller, "controller") : t.blankController, text.body, { indent: 20, label: "1.", spaceAfter: 6 });
  flow.paragraph(t.and, text.body, { indent: 20, label: "", spaceAfter: 6 });
  flow.paragraph(t.party(input.processor, "processor"), text.body, { indent: 20, label: "2.", spaceAfter: 6 });
  flow.paragraph(t.jointly, text.body, { spaceBefore: 4 });

  if (input.recitals.length > 0) {
    // Recitals that each begin with "Overwegende dat ..." need no heading of the same words.
    const isSelfIntroducing = t.whereasPrefix.test(input.recitals[0]);
    if (isSelfIntroducing) flow.y += 10;
    else flow.paragraph(t.whereas, text.bodyBold, { spaceBefore: 10, spaceAfter: 6, keepWithNext: 30 });
    input.recitals.forEach((recital, i) => {
      flow.paragraph(recital, text.body, { indent: 20, label: `${String.fromCharCode(65 + (i % 26))}.`, spaceAfter: 2 });
    });
  }
  flow.paragraph(t.agreeAsFollows, text.body, { spaceBefore: 10 });
}
