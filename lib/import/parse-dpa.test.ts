import { describe, expect, it } from "vitest";
import { plainText } from "@/lib/agreements/markup";
import { draftContent } from "@/lib/agreements/schemas";
import { linesFromText } from "./clean-lines";
import { readFixture } from "./fixtures/read-fixture";
import { parseDpa } from "./parse-dpa";
import type { ParsedDpa } from "./types";

const clauseText = (result: ParsedDpa, article: number, clause: number) => plainText(result.content.articles[article].clauses[clause].content);
const subClauseText = (result: ParsedDpa, article: number, clause: number, child: number) =>
  plainText(result.content.articles[article].clauses[clause].children[child].content);

describe("parseDpa: Dutch, 'Artikel N.' headings and N.M clauses", () => {
  const result = parseDpa(readFixture("dpa-nl-artikel.txt"));

  it("recognises title, preamble, the 13 articles and their clauses", () => {
    expect(result.language).toBe("nl");
    expect(result.content.title).toBe("VERWERKERSOVEREENKOMST OFFERTEWERK");
    expect(result.content.preamble).toMatch(/^Deze verwerkersovereenkomst is van toepassing/);
    expect(result.content.preamble.split("\n\n")).toHaveLength(2);
    expect(result.summary).toMatchObject({ articles: 13, clauses: 20, subClauses: 2, listItems: 6, annexNotes: 0, warnings: [] });
    expect(result.content.articles.map((a) => a.title).slice(0, 3)).toEqual([
      "Doeleinden van de verwerking",
      "Verplichtingen van de Verwerker",
      "Doorgifte van persoonsgegevens",
    ]);
    expect(result.content.articles[12].title).toBe("Toepasselijk recht en geschillen");
  });

  it("joins wrapped lines and hyphenated words", () => {
    expect(clauseText(result, 0, 0)).toBe(
      "De Verwerker verwerkt de persoonsgegevens uitsluitend in opdracht van de verwerkingsverantwoordelijke en alleen voor de uitvoering van de Overeenkomst.",
    );
    expect(clauseText(result, 4, 1)).toBe("De Verwerkingsverantwoordelijke kan binnen veertien dagen bezwaar maken tegen een nieuwe subverwerker.");
  });

  it("keeps N.M.K as sub-clauses and bullets and a) items as lists", () => {
    expect(subClauseText(result, 1, 0, 1)).toBe("De Verwerker houdt een register bij als bedoeld in artikel 30 AVG.");
    const security = result.content.articles[5].clauses[0].content;
    expect(security[1]).toEqual({
      type: "list",
      ordered: false,
      items: [[{ text: "het tijdig installeren van beveiligingsupdates;" }], [{ text: "versleuteling van verbindingen met TLS;" }], [{ text: "dagelijkse versleutelde back-ups." }]],
    });
    const breach = result.content.articles[6].clauses[1].content;
    expect(breach[1]).toMatchObject({ type: "list", ordered: true });
    expect(breach[1].type === "list" && breach[1].items).toHaveLength(3);
  });

  it("reads both annex tables into rows, with country codes", () => {
    expect(result.summary.dataCategoryRows).toBe(3);
    expect(result.content.dataCategories.map((c) => c.name)).toEqual(["Websitebezoekers", "Gebruikers", "Ontvangers van offertes"]);
    expect(result.content.dataCategories[1].items.map((i) => i.name)).toEqual(["naam", "e-mailadres", "telefoonnummer"]);
    expect(result.content.dataCategories[0].items[0]).toEqual({ name: "IP-adres", retention: "28 dagen", isSpecialCategory: false });
    expect(result.content.subProcessors).toEqual([
      { name: "Hetzner Online GmbH", serviceArea: "Applicatie", purposes: "Hosting", dataConcerned: "alle gegevens", country: "DE", transferBasis: "NONE_NEEDED" },
      { name: "Postmark", serviceArea: "Applicatie", purposes: "Transactionele e-mail", dataConcerned: "naam, e-mailadres", country: "US", transferBasis: "EU_US_DPF" },
      { name: "Backblaze", serviceArea: "Applicatie", purposes: "Back-ups", dataConcerned: "alle gegevens", country: "EU", transferBasis: "NONE_NEEDED" },
    ]);
  });

  it("produces a draft the editor's schema accepts", () => {
    expect(draftContent.safeParse(result.content).success).toBe(true);
  });
});

describe("parseDpa: English, 'Article N - Title' headings", () => {
  const result = parseDpa(readFixture("dpa-en-article.txt"));

  it("counts articles and clauses and keeps the text", () => {
    expect(result.language).toBe("en");
    expect(result.summary).toMatchObject({ articles: 5, clauses: 9, subClauses: 0, subProcessorRows: 3 });
    expect(result.content.articles.map((a) => a.title)).toEqual(["Subject matter", "Obligations of the Processor", "Transfers", "Sub-processors", "Governing law"]);
    expect(clauseText(result, 1, 2)).toBe("The Processor shall keep a record of processing activities.");
  });

  it("cuts a space-aligned annex table at the header's columns", () => {
    expect(result.content.subProcessors.map((s) => [s.name, s.purposes, s.country])).toEqual([
      ["Amazon Web Services", "Hosting", "IE"],
      ["Mailgun", "E-mail delivery", "US"],
      ["Sentry", "Error monitoring", "DE"],
    ]);
  });
});

describe("parseDpa: Dutch, 'N. Titel' headings with a) lists", () => {
  const result = parseDpa(readFixture("dpa-nl-genummerd.txt"));

  it("takes short numbered title lines for articles and paragraphs for clauses", () => {
    expect(result.language).toBe("nl");
    expect(result.summary).toMatchObject({ articles: 4, clauses: 5, listItems: 5 });
    expect(result.content.articles.slice(0, 4).map((a) => a.title)).toEqual(["Definities", "Verwerking", "Beveiliging", "Einde"]);
    const processing = result.content.articles[1];
    expect(processing.clauses).toHaveLength(2);
    expect(processing.clauses[0].content[0]).toEqual({ type: "paragraph", runs: [{ text: "De Verwerker verwerkt persoonsgegevens voor de volgende doelen:" }] });
    expect(processing.clauses[0].content[1]).toMatchObject({ type: "list", ordered: true });
    expect(clauseText(result, 1, 1)).toBe("De Verwerker verwerkt geen bijzondere persoonsgegevens.");
    expect(clauseText(result, 2, 0)).toBe("De Verwerker treft passende maatregelen:\ntoegangsbeheer met tweestapsverificatie;\nversleutelde opslag.");
  });

  it("keeps an annex that is not a table as text, with a warning", () => {
    expect(result.summary.annexNotes).toBe(1);
    expect(result.summary.warnings).toEqual([{ key: "import.warning.annexNotTable", params: { annex: "Bijlage 2" } }]);
    const note = result.content.articles[4];
    expect(note.title).toBe("Bijlage 2 – Subverwerkers");
    expect(plainText(note.clauses[0].content)).toBe(
      "De Verwerker maakt gebruik van een hostingpartij in Nederland en een betaaldienst in Ierland. Een actuele lijst is op verzoek verkrijgbaar.",
    );
  });
});

describe("parseDpa: English plain text with wrapped lines and page footers", () => {
  const text = readFixture("dpa-en-wrapped.txt");
  const result = parseDpa(text);

  it("drops page numbers and repeated footers", () => {
    const lines = linesFromText(text).map((line) => line.text);
    expect(lines).not.toContain("Page 1 of 3");
    expect(lines).not.toContain("- 3 -");
    expect(lines.some((line) => line.includes("Northwind Analytics Ltd - Data Processing Agreement"))).toBe(false);
    expect(JSON.stringify(result.content)).not.toMatch(/Page \d|Northwind Analytics Ltd - Data/);
  });

  it("joins wrapped lines into paragraphs, across a page break", () => {
    expect(result.summary).toMatchObject({ articles: 3, clauses: 5, listItems: 3 });
    expect(clauseText(result, 0, 0)).toBe(
      "The Processor shall process the personal data described in Annex 1 only for the purpose of providing the analytics service and for no other purpose, unless required to do so by Union or Member State law.",
    );
    expect(clauseText(result, 0, 1)).toBe("The Processor shall inform the Controller if, in its opinion, an instruction infringes the GDPR.");
    const list = result.content.articles[1].clauses[0].content[1];
    expect(list.type === "list" && list.items[1]).toEqual([{ text: "regular testing of the effectiveness of the measures, carried out by an independent party;" }]);
  });
});

describe("parseDpa: page numbers in several styles", () => {
  it("drops 'Pagina 3 van 12', 'Page 3' and '- 3 -' lines", () => {
    const result = parseDpa("Titel\n\nArtikel 1. Doel\n1.1 De Verwerker verwerkt\nPagina 1 van 12\ngegevens.\nPage 2\n- 3 -\n1.2 Tweede.");
    expect(result.summary.clauses).toBe(2);
    expect(plainText(result.content.articles[0].clauses[0].content)).toBe("De Verwerker verwerkt gegevens.");
  });
});

describe("parseDpa: heading styles", () => {
  it.each([
    ["Artikel 1. Doeleinden\n1.1 Tekst.\nArtikel 2 – Doorgifte\n2.1 Tekst.", ["Doeleinden", "Doorgifte"]],
    ["ARTICLE 1 SCOPE\n1.1 Text.\nArticle 2: Transfers\n2.1 Text.", ["SCOPE", "Transfers"]],
    ["1. Scope\n1.1 Text.\n2 Transfers\n2.1 Text.", ["Scope", "Transfers"]],
    ["Artikel 1\nDoeleinden\n1.1 Tekst.", ["Doeleinden"]],
  ])("%j", (text, titles) => {
    const result = parseDpa(`Titel\n\n${text}`);
    expect(result.content.articles.map((a) => a.title)).toEqual(titles);
    expect(result.summary.clauses).toBe(titles.length);
  });

  it("does not take a numbered sentence or a reference for a heading", () => {
    const result = parseDpa("Titel\n\n1. Doel\n1.1 De Verwerker verwerkt gegevens zoals bedoeld in\nartikel 28 AVG.\n3. Dit is geen kop want het volgt niet op 1");
    expect(result.summary.articles).toBe(1);
    const [paragraph, list] = result.content.articles[0].clauses[0].content;
    expect(plainText([paragraph])).toBe("De Verwerker verwerkt gegevens zoals bedoeld in artikel 28 AVG.");
    expect(list).toEqual({ type: "list", ordered: true, items: [[{ text: "Dit is geen kop want het volgt niet op 1" }]] });
  });
});
