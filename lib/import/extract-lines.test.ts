import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { plainText } from "@/lib/agreements/markup";
import { AppError } from "@/lib/errors";
import { extractLines } from "./extract-lines";
import { buildDocx, buildEncryptedPdf, buildPdf } from "./fixtures/build-files";
import { readFixture } from "./fixtures/read-fixture";
import { parseDpa } from "./parse-dpa";

const refusal = (promise: Promise<unknown>) =>
  promise.then(() => "resolved", (error) => (error instanceof AppError ? `${error.code} ${error.message}` : String(error)));

describe("extractLines: PDF", () => {
  it("reads a two-page PDF, drops the footers and joins the clause across the page break", async () => {
    const lines = readFixture("dpa-nl-artikel.txt").split("\n");
    const articleSix = lines.findIndex((line) => line.startsWith("Artikel 6."));
    // Break inside clause 5.2 so that it continues on page 2.
    const breakAt = articleSix - 2;
    const pdf = await buildPdf([lines.slice(0, breakAt), lines.slice(breakAt)]);
    const { kind, lines: extracted } = await extractLines(pdf);
    expect(kind).toBe("pdf");
    expect(extracted.map((line) => line.text)).not.toContain("Pagina 1 van 2");
    const result = parseDpa(extracted);
    expect(result.summary).toMatchObject({ articles: 13, clauses: 20, subClauses: 2, listItems: 6 });
    expect(plainText(result.content.articles[4].clauses[1].content)).toBe(
      "De Verwerkingsverantwoordelijke kan binnen veertien dagen bezwaar maken tegen een nieuwe subverwerker.",
    );
    expect(plainText(result.content.articles[0].clauses[0].content)).toContain("van de verwerkingsverantwoordelijke en alleen");
    expect(JSON.stringify(result.content)).not.toContain("Pagina");
    // The tab-separated annex columns become wide gaps in the PDF, and columns again.
    expect(result.content.subProcessors.map((row) => row.name)).toEqual(["Hetzner Online GmbH", "Postmark", "Backblaze"]);
  });

  it("refuses an encrypted PDF", async () => {
    expect(await refusal(extractLines(await buildEncryptedPdf()))).toBe("VALIDATION import.error.encryptedPdf");
  });

  it("refuses a PDF without text", async () => {
    expect(await refusal(extractLines(await buildPdf([[""], [""]], { footer: false })))).toBe("VALIDATION import.error.noText");
  });

  it("refuses a broken PDF", async () => {
    expect(await refusal(extractLines(strToU8("%PDF-1.7\nthis is not a pdf")))).toBe("VALIDATION import.error.unreadablePdf");
  });
});

describe("extractLines: DOCX", () => {
  it("reads paragraphs, list paragraphs and a table", async () => {
    const docx = buildDocx([
      { paragraph: "Verwerkersovereenkomst", style: "Title" },
      { paragraph: "Deze overeenkomst regelt de verwerking van persoonsgegevens." },
      { paragraph: "Artikel 1. Doeleinden", style: "Heading1" },
      { paragraph: "1.1 De Verwerker verwerkt de gegevens alleen voor de Overeenkomst." },
      { paragraph: "1.2 De Verwerker neemt onder meer de volgende maatregelen:" },
      { paragraph: "versleuteling van back-ups;", isListItem: true },
      { paragraph: "tweestapsverificatie.", isListItem: true },
      { paragraph: "Beveiliging & geheimhouding", style: "Heading1" },
      { paragraph: "De Verwerker houdt alle gegevens geheim." },
      { paragraph: "Bijlage 2 – Subverwerkers", style: "Heading1" },
      { table: [["Naam", "Doel", "Land"], ["Hetzner", "Hosting", "Duitsland"], ["Mailgun", "E-mail", "Verenigde Staten"]] },
    ]);
    const { kind, lines } = await extractLines(docx);
    expect(kind).toBe("docx");
    const result = parseDpa(lines);
    expect(result.content.title).toBe("Verwerkersovereenkomst");
    expect(result.summary).toMatchObject({ articles: 2, clauses: 3, listItems: 2, subProcessorRows: 2 });
    expect(result.content.articles.map((a) => a.title)).toEqual(["Doeleinden", "Beveiliging & geheimhouding"]);
    expect(plainText(result.content.articles[0].clauses[1].content)).toBe(
      "De Verwerker neemt onder meer de volgende maatregelen:\nversleuteling van back-ups;\ntweestapsverificatie.",
    );
    expect(result.content.subProcessors.map((s) => [s.name, s.country])).toEqual([["Hetzner", "DE"], ["Mailgun", "US"]]);
  });

  it("refuses a ZIP without word/document.xml", async () => {
    const zip = zipSync({ "hello.txt": strToU8("hallo") });
    expect(await refusal(extractLines(zip))).toBe("VALIDATION import.error.invalidDocx");
  });

  it("refuses a truncated ZIP", async () => {
    const docx = buildDocx([{ paragraph: "Artikel 1. Doel" }]);
    expect(await refusal(extractLines(docx.subarray(0, 40)))).toBe("VALIDATION import.error.invalidDocx");
  });
});

describe("extractLines: type by content, and size", () => {
  it("refuses a PNG whatever its name", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(await refusal(extractLines(png))).toBe("VALIDATION import.error.unsupportedType");
  });

  it("refuses bytes that are not UTF-8 text", async () => {
    expect(await refusal(extractLines(new Uint8Array([0xff, 0xfe, 0x41, 0x42, 0xc3])))).toBe("VALIDATION import.error.unsupportedType");
  });

  it("refuses an empty upload and one over 10 MB", async () => {
    expect(await refusal(extractLines(new Uint8Array()))).toBe("VALIDATION import.error.empty");
    expect(await refusal(extractLines(strToU8("  \n\n ")))).toBe("VALIDATION import.error.empty");
    const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61);
    expect(await refusal(extractLines(big))).toBe("TOO_LARGE import.error.tooLarge");
  });

  it("reads plain text", async () => {
    const { kind, lines } = await extractLines(strToU8(readFixture("dpa-en-article.txt")));
    expect(kind).toBe("text");
    expect(parseDpa(lines).summary.articles).toBe(5);
  });
});
