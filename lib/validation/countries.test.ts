import { describe, expect, it } from "vitest";
import { publishProblems } from "@/lib/agreements/publish-problems";
import { signInput } from "@/lib/signing/schemas";
import { countryName, countryNames, isEuEeaCountry, isKnownCountry } from "./countries";

const signing = (country: string) =>
  signInput.safeParse({
    versionId: "v1",
    submissionKey: "k".repeat(20),
    signingSessionId: "s".repeat(32),
    controller: { legalName: "Tacos del Sol S.A.", registrationNumber: "MX-123456", addressLine: "Av. Reforma 1", postalCode: "06600", city: "Ciudad de México", country },
    signer: { name: "Lucía Pérez", function: "Directora", email: "lucia@tacos.test", place: "Ciudad de México" },
    method: "TYPED",
    imageDataUrl: "data:image/png;base64,AAAA",
    typedName: "Lucía Pérez",
    consent: true,
    authority: true,
  });

describe("countries", () => {
  it("knows every ISO 3166-1 alpha-2 country, with Dutch and English names", () => {
    const codes = Object.keys(countryNames).filter((code) => code !== "EU");
    expect(codes).toHaveLength(249);
    for (const code of ["MX", "VN", "KE", "PE", "MA", "EG", "TH", "AQ", "AX", "CW", "SS", "TW", "ZW"]) {
      expect(isKnownCountry(code), code).toBe(true);
    }
    expect(countryName("MX", "nl")).toBe("Mexico");
    expect(countryName("MX", "en")).toBe("Mexico");
    expect(countryName("VN", "nl")).toBe("Vietnam");
    expect(countryName("CI", "nl")).toBe("Ivoorkust");
    expect(countryName("DE", "nl")).toBe("Duitsland");
    for (const code of ["ZZ", "XK", "EU", "UK", "", "constructor", "__proto__"]) expect(isKnownCountry(code), code).toBe(false);
  });

  it("accepts a controller from any country and refuses a code that is not one", () => {
    expect(signing("MX").success).toBe(true);
    expect(signing("vn").success).toBe(true);
    const refused = signing("ZZ");
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["controller.country", "validation.country"]]);
  });

  it("keeps the EU/EEA list for transfers: a sub-processor in Vietnam needs a transfer basis, one in Norway does not", () => {
    expect(isEuEeaCountry("NO")).toBe(true);
    expect(isEuEeaCountry("CH")).toBe(false);
    expect(isEuEeaCountry("VN")).toBe(false);
    const doc = (country: string, transferBasis: "NONE_NEEDED" | "STANDARD_CONTRACTUAL_CLAUSES") => ({
      title: "DPA", language: "nl" as const, preamble: "", mainAgreement: "", effectiveDate: "2027-01-01", noticePeriodDays: 90,
      processor: { legalName: "X", registrationNumber: "1", address: "", city: "", country: "NL", privacyEmail: "" },
      signatory: { name: "A", function: "B", place: "C" },
      articles: [{ title: "T", clauses: [{ content: [{ type: "paragraph" as const, runs: [{ text: "x" }] }], children: [] }] }],
      dataCategories: [],
      subProcessors: [{ name: "Cloud", serviceArea: "Hosting", purposes: "p", dataConcerned: "d", country, transferBasis }],
    });
    expect(publishProblems(doc("VN", "NONE_NEEDED"))).toEqual([{ path: "subProcessors.0.transferBasis", message: "agreements.transferBasisNeeded" }]);
    expect(publishProblems(doc("VN", "STANDARD_CONTRACTUAL_CLAUSES"))).toEqual([]);
    expect(publishProblems(doc("NO", "NONE_NEEDED"))).toEqual([]);
    expect(publishProblems(doc("ZZ", "NONE_NEEDED"))).toEqual([{ path: "subProcessors.0.country", message: "validation.country" }]);
  });
});
