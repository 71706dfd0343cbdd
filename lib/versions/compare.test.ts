import { describe, expect, it } from "vitest";
import type { ClauseDoc, SubProcessorDoc, VersionDoc } from "@/lib/agreements/types";
import { compareVersions } from "./compare";

const clause = (text: string, children: string[] = []): ClauseDoc => ({
  content: [{ type: "paragraph", runs: [{ text }] }],
  children: children.map((child) => ({ content: [{ type: "paragraph", runs: [{ text: child }] }], children: [] })),
});

const sub = (name: string, country = "EU", extra: Partial<SubProcessorDoc> = {}): SubProcessorDoc => ({
  name,
  serviceArea: "App",
  purposes: "Hosting",
  dataConcerned: "All data",
  country,
  transferBasis: "NONE_NEEDED",
  ...extra,
});

function doc(edit: (d: VersionDoc) => void = () => {}): VersionDoc {
  const d: VersionDoc = {
    title: "Verwerkersovereenkomst",
    language: "nl",
    preamble: "Partijen komen het volgende overeen.",
    mainAgreement: "de Overeenkomst",
    effectiveDate: "2026-01-01",
    noticePeriodDays: 90,
    processor: { legalName: "Offertewerk B.V.", registrationNumber: "12345678", address: "Straat 1, 1000 AA Amsterdam", city: "Amsterdam", country: "NL", privacyEmail: "privacy@example.nl" },
    signatory: { name: "Sanne", function: "Directeur", place: "Amsterdam" },
    articles: [
      { title: "Doeleinden", clauses: [clause("De verwerker verwerkt alleen in opdracht."), clause("Geen eigen doeleinden.")] },
      {
        title: "Meldplicht",
        clauses: [
          clause("De verwerker meldt een datalek binnen 24 uur."),
          clause("De melding bevat de aard van de inbreuk.", ["Categorieën betrokkenen.", "Genomen maatregelen."]),
          clause("Alle datalekken worden gedocumenteerd."),
        ],
      },
      { title: "Geheimhouding", clauses: [clause("Partijen houden alle gegevens geheim.")] },
    ],
    dataCategories: [{ name: "Gebruikers", items: [{ name: "Naam", retention: "", isSpecialCategory: false }, { name: "IP-adres", retention: "28 dagen", isSpecialCategory: false }] }],
    subProcessors: [sub("Hetzner"), sub("Postmark", "US", { transferBasis: "EU_US_DPF" })],
  };
  edit(d);
  return d;
}

describe("compareVersions", () => {
  it("finds nothing between equal versions", () => {
    const result = compareVersions(doc(), doc());
    expect(result.hasChanges).toBe(false);
    expect(result.summary.clausesUnchanged).toBe(8);
  });

  it("shows a changed clause word by word, with the numbers of both versions", () => {
    const result = compareVersions(doc(), doc((d) => (d.articles[1].clauses[0] = clause("De verwerker meldt een datalek binnen 48 uur."))));
    expect(result.summary).toMatchObject({ clausesChanged: 1, clausesAdded: 0, clausesRemoved: 0 });
    const changed = result.articles[1].clauses[0];
    expect(changed).toMatchObject({ kind: "changed", fromNumber: "2.1", toNumber: "2.1", isFormattingOnly: false });
    if (changed.kind !== "changed") throw new Error();
    expect(changed.parts.filter((p) => p.change === "removed").map((p) => p.text)).toEqual(["24"]);
    expect(changed.parts.filter((p) => p.change === "added").map((p) => p.text)).toEqual(["48"]);
  });

  it("shows a clause inserted in the middle as one added clause, renumbering the rest", () => {
    const result = compareVersions(doc(), doc((d) => d.articles[1].clauses.splice(1, 0, clause("De verwerker houdt een register bij van alle incidenten."))));
    expect(result.summary).toMatchObject({ clausesChanged: 0, clausesAdded: 1, clausesRemoved: 0 });
    const kinds = result.articles[1].clauses.map((c) => c.kind);
    expect(kinds).toEqual(["unchanged", "added", "unchanged", "unchanged", "unchanged", "unchanged"]);
    expect(result.articles[1].clauses[5]).toMatchObject({ fromNumber: "2.3", toNumber: "2.4" });
  });

  it("shows a removed clause and a removed sub-clause", () => {
    const result = compareVersions(doc(), doc((d) => {
      d.articles[0].clauses.pop();
      d.articles[1].clauses[1].children.pop();
    }));
    expect(result.summary).toMatchObject({ clausesRemoved: 2, clausesAdded: 0, clausesChanged: 0 });
    expect(result.articles[1].clauses.find((c) => c.kind === "removed")).toMatchObject({ fromNumber: "2.2.2" });
  });

  it("treats a rewritten clause as removed and added", () => {
    const result = compareVersions(doc(), doc((d) => (d.articles[2].clauses[0] = clause("Elke partij draagt haar eigen kosten van het geschil."))));
    expect(result.summary).toMatchObject({ clausesRemoved: 1, clausesAdded: 1, clausesChanged: 0 });
  });

  it("notes a change of formatting only", () => {
    const result = compareVersions(doc(), doc((d) => (d.articles[0].clauses[1].content = [{ type: "paragraph", runs: [{ text: "Geen eigen doeleinden.", bold: true }] }])));
    expect(result.articles[0].clauses[1]).toMatchObject({ kind: "changed", isFormattingOnly: true });
  });

  it("matches articles by title when one is inserted, and shows a renamed article as changed", () => {
    const result = compareVersions(doc(), doc((d) => {
      d.articles.splice(1, 0, { title: "Doorgifte", clauses: [clause("Alleen binnen de EER.")] });
      d.articles[3].title = "Geheimhouding en vertrouwelijkheid";
    }));
    expect(result.articles.map((a) => a.kind)).toEqual(["unchanged", "added", "unchanged", "changed"]);
    expect(result.articles[1]).toMatchObject({ toNumber: "2", toTitle: "Doorgifte" });
    expect(result.articles[3]).toMatchObject({ fromNumber: "3", toNumber: "4" });
    expect(result.articles[3].titleParts?.some((p) => p.change === "added" && p.text.includes("vertrouwelijkheid"))).toBe(true);
    expect(result.summary).toMatchObject({ articlesAdded: 1, clausesAdded: 1, clausesChanged: 0 });
  });

  it("shows a removed article with all its clauses removed", () => {
    const result = compareVersions(doc(), doc((d) => d.articles.splice(0, 1)));
    expect(result.articles[0]).toMatchObject({ kind: "removed", fromNumber: "1" });
    expect(result.summary).toMatchObject({ articlesRemoved: 1, clausesRemoved: 2 });
    expect(result.articles[1]).toMatchObject({ kind: "unchanged", fromNumber: "2", toNumber: "1" });
  });

  it("finds sub-processors added, removed and changed by name and service area", () => {
    const result = compareVersions(doc(), doc((d) => {
      d.subProcessors = [sub("Hetzner", "DE"), sub("OpenAI", "US", { transferBasis: "STANDARD_CONTRACTUAL_CLAUSES" })];
    }));
    expect(result.summary).toMatchObject({ subProcessorsAdded: 1, subProcessorsRemoved: 1, subProcessorsChanged: 1 });
    expect(result.subProcessors.find((r) => r.kind === "changed")).toMatchObject({ changedFields: ["country"] });
    expect(result.subProcessors.find((r) => r.kind === "added")?.to?.name).toBe("OpenAI");
    expect(result.subProcessors.find((r) => r.kind === "removed")?.from?.name).toBe("Postmark");
  });

  it("finds Annex 1 rows added, removed and changed by category and item", () => {
    const result = compareVersions(doc(), doc((d) => {
      d.dataCategories[0].items = [{ name: "Naam", retention: "", isSpecialCategory: true }, { name: "E-mailadres", retention: "", isSpecialCategory: false }];
    }));
    expect(result.summary).toMatchObject({ dataItemsAdded: 1, dataItemsRemoved: 1, dataItemsChanged: 1 });
    expect(result.dataItems.find((r) => r.kind === "changed")).toMatchObject({ changedFields: ["isSpecialCategory"] });
  });

  it("finds changes of title, effective date, notice period and processor details", () => {
    const result = compareVersions(doc(), doc((d) => {
      d.title = "Verwerkersovereenkomst 2027";
      d.effectiveDate = "2027-01-01";
      d.noticePeriodDays = 30;
      d.processor.address = "Nieuwe straat 2, 1000 AA Amsterdam";
    }));
    expect(result.fields.map((f) => f.field)).toEqual(["title", "effectiveDate", "noticePeriodDays", "processor.address"]);
    expect(result.fields[2]).toMatchObject({ from: "90", to: "30" });
    expect(result.fields[1].parts).toEqual([{ text: "2026-01-01", change: "removed" }, { text: " ", change: "same" }, { text: "2027-01-01", change: "added" }]);
    expect(result.hasChanges).toBe(true);
  });
});
