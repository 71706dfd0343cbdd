import { describe, expect, it } from "vitest";
import { countryCode, dataItemsFromTsv, isRowsPaste, parseTsv, subProcessorsFromTsv, transferBasisOf } from "./paste-rows";

describe("tab-separated text from a spreadsheet", () => {
  it("splits lines and cells, trims, drops empty lines and the trailing newline", () => {
    expect(parseTsv("a\tb\tc\r\nd\te\tf\r\n")).toEqual([["a", "b", "c"], ["d", "e", "f"]]);
    expect(parseTsv("a\t\tc\n\n  \t \n")).toEqual([["a", "", "c"]]);
  });

  it("keeps quoted cells with tabs, newlines and doubled quotes together", () => {
    expect(parseTsv('"Hosting\nen back-ups"\t"zegt ""hallo"""\tNL\nx\ty')).toEqual([
      ["Hosting\nen back-ups", 'zegt "hallo"', "NL"],
      ["x", "y"],
    ]);
    expect(parseTsv('5" scherm\tb')).toEqual([['5" scherm', "b"]]);
  });

  it("treats a single value as a normal paste", () => {
    expect(isRowsPaste("Amazon Web Services", false)).toBe(false);
    expect(isRowsPaste("Amazon Web Services\n", false)).toBe(false);
    expect(isRowsPaste("a\tb", false)).toBe(true);
    expect(isRowsPaste("a\nb", false)).toBe(true);
    expect(isRowsPaste("line one\nline two", true)).toBe(false);
    expect(isRowsPaste("a\tb\nc\td", true)).toBe(true);
  });
});

describe("countries and transfer bases", () => {
  it("maps codes and Dutch or English names to ISO codes", () => {
    expect(countryCode("Duitsland")).toBe("DE");
    expect(countryCode("Germany")).toBe("DE");
    expect(countryCode("de")).toBe("DE");
    expect(countryCode("Verenigde Staten")).toBe("US");
    expect(countryCode("United States")).toBe("US");
    expect(countryCode("USA")).toBe("US");
    expect(countryCode("België")).toBe("BE");
    expect(countryCode("belgie")).toBe("BE");
    expect(countryCode("Verenigd Koninkrijk")).toBe("GB");
    expect(countryCode("EU")).toBe("EU");
    expect(countryCode("Atlantis")).toBeNull();
    expect(countryCode("")).toBeNull();
  });

  it("recognises transfer bases by code or name", () => {
    expect(transferBasisOf("SCC")).toBe("STANDARD_CONTRACTUAL_CLAUSES");
    expect(transferBasisOf("Standard contractual clauses")).toBe("STANDARD_CONTRACTUAL_CLAUSES");
    expect(transferBasisOf("EU-US Data Privacy Framework")).toBe("EU_US_DPF");
    expect(transferBasisOf("Adequaatheidsbesluit")).toBe("ADEQUACY_DECISION");
    expect(transferBasisOf("EU_US_DPF")).toBe("EU_US_DPF");
    expect(transferBasisOf("iets anders")).toBeNull();
  });
});

describe("annex rows from a paste", () => {
  it("makes one sub-processor per line in the table's column order", () => {
    const rows = subProcessorsFromTsv("Hetzner\tHosting\tServers\tAlle gegevens\tDuitsland\nMailgun\tE-mail\tVerzending\tE-mailadres\tVerenigde Staten\tSCC\n");
    expect(rows).toEqual([
      { name: "Hetzner", serviceArea: "Hosting", purposes: "Servers", dataConcerned: "Alle gegevens", country: "DE", transferBasis: "NONE_NEEDED" },
      { name: "Mailgun", serviceArea: "E-mail", purposes: "Verzending", dataConcerned: "E-mailadres", country: "US", transferBasis: "STANDARD_CONTRACTUAL_CLAUSES" },
    ]);
  });

  it("starts at the pasted column and keeps an unknown country for a message", () => {
    const rows = subProcessorsFromTsv("Back-ups\tKlantgegevens\tAtlantis\textra", "purposes");
    expect(rows).toEqual([
      { name: "", serviceArea: "", purposes: "Back-ups", dataConcerned: "Klantgegevens", country: "", transferBasis: "NONE_NEEDED", unknownCountry: "Atlantis" },
    ]);
    expect(subProcessorsFromTsv("Germany\nFrance", "country").map((r) => r.country)).toEqual(["DE", "FR"]);
  });

  it("makes one personal data item per line, with the special category as yes/ja/x", () => {
    expect(dataItemsFromTsv("E-mailadres\t2 jaar\nGezondheid\t\tja\nNaam")).toEqual([
      { name: "E-mailadres", retention: "2 jaar", isSpecialCategory: false },
      { name: "Gezondheid", retention: "", isSpecialCategory: true },
      { name: "Naam", retention: "", isSpecialCategory: false },
    ]);
    expect(dataItemsFromTsv("1 maand\tyes", "retention")).toEqual([{ name: "", retention: "1 maand", isSpecialCategory: true }]);
  });
});
