import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleDoc } from "@/lib/agreements/types";
import { clearAgreementBodyCache, renderSignedAgreementPdf, renderUnsignedAgreementPdf, type PdfVersion } from "./index";
import { requireTool } from "@/lib/test/required-tools";
import { pdfTestProcessorSignature, pdfTestSignedInput, pdfTestVersion } from "./test-fixture";

// Checks the PDFs the way a reader (and a lawyer) would see them: the text poppler extracts, the
// fonts and images it finds, and the bytes.

// poppler-utils must be there: the checks below fail rather than skip without it.
beforeAll(() => requireTool("pdftotext"));

const SCRIPT = "<script>alert(1)</script>";
const scriptArticle: ArticleDoc = {
  title: "Slotbepaling",
  clauses: [{ content: [{ type: "paragraph", runs: [{ text: `Deze tekst bevat ${SCRIPT} en <b>geen opmaak</b>.` }] }], children: [] }],
};
// A different id and hash: the body cache must never mix this text up with the plain fixture.
const version: PdfVersion = {
  ...pdfTestVersion,
  id: "ver_fixture_script",
  contentHash: "1f2c4e1a7b3d5f60812a4c6e8b0d2f4a6c8e0a2b4d6f8a0c2e4a6b8d0f2a4c6e",
  articles: [...pdfTestVersion.articles, scriptArticle],
};
const input = {
  ...pdfTestSignedInput,
  version,
  signatures: pdfTestSignedInput.signatures.map((signature) => ({ ...signature, contentHash: version.contentHash })),
};

let dir: string;
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const write = (name: string, bytes: Buffer) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
};
const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: "utf8" });
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [file]))![1]);
const pageText = (file: string, page: number) => run("pdftotext", ["-f", String(page), "-l", String(page), file, "-"]);
/** The text from the page the certificate starts on to the end: its events table may run onto a page of its own. */
const certificatePages = (file: string, title: string) => {
  const total = pageCount(file);
  for (let page = total; page >= Math.max(1, total - 3); page--) {
    const text = run("pdftotext", ["-f", String(page), "-l", String(total), file, "-"]);
    if (text.includes(title)) return text;
  }
  return "";
};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pdf-test-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("signed agreement PDF", () => {
  let file: string;
  let text: string;
  /** The text with every run of whitespace as one space: phrases may wrap anywhere. */
  let flat: string;
  let pdf: Buffer;

  beforeAll(async () => {
    pdf = await renderSignedAgreementPdf(input);
    file = write("signed.pdf", pdf);
    text = run("pdftotext", [file, "-"]);
    flat = text.replace(/\s+/g, " ");
  });

  it("names the agreement, the parties and the reference", () => {
    expect(text).toContain("Verwerkersovereenkomst Offertely");
    expect(text).toContain("VWO-2026-7K3M9Q");
    expect(text).toContain("Bakkerij Van den Broek & Zonen B.V.");
    expect(flat).toContain("ingeschreven bij de KvK onder nummer 17045823");
    expect(text).toContain("Offertely B.V.");
    expect(text).toContain("Overwegende dat:");
    expect(flat).toContain("hierna: “Verwerkingsverantwoordelijke”");
  });

  it("has the reference in the header and 'pagina X van Y' in the footer of every page", () => {
    const total = pageCount(file);
    expect(total).toBeGreaterThanOrEqual(8);
    for (let page = 1; page <= total; page++) {
      const onPage = pageText(file, page);
      expect(onPage, `page ${page}`).toContain("VWO-2026-7K3M9Q");
      expect(onPage, `page ${page}`).toContain(`pagina ${page} van ${total}`);
    }
  });

  it("numbers articles, clauses and sub-clauses, and keeps the list markers", () => {
    expect(text).toContain("Artikel 1. Doeleinden van de verwerking");
    expect(text).toContain("Artikel 13. Toepasselijk recht en geschillen");
    expect(text).toMatch(/2\.5\.2\s/);
    expect(text).toMatch(/7\.3\s+De melding bevat ten minste:/);
    expect(text).toMatch(/d\.\s+de maatregelen die Verwerker/);
  });

  it("renders Dutch diacritics and never hyphenates a word", () => {
    for (const word of ["beëindiging", "geëxporteerd", "financiële", "privacyverklaring", "geïnformeerd", "Chloë"]) expect(text).toContain(word);
    // A line may end in "-" only where the source has a hyphen (e-mailadres, EU-VS, ...). In its
    // default mode pdftotext joins words hyphenated at a line end; -raw shows them as printed.
    const source = JSON.stringify(input);
    const raw = run("pdftotext", ["-raw", file, "-"]);
    const lines = raw.split("\n");
    lines.forEach((line, i) => {
      const match = /(\S+)-$/.exec(line.trimEnd());
      if (!match) return;
      const joined = `${match[1]}-${(lines[i + 1] ?? "").trim().split(/\s/)[0]}`.replace(/[,.;:)]+$/, "");
      // "open- en klikgedrag" ends a word with a hyphen in the source too.
      const isInSource = source.includes(joined) || source.includes(`${match[1]}- `);
      expect(isInSource, `line break in "${joined}"`).toBe(true);
    });
    expect(raw).not.toMatch(/verwerkingsverantwoor-?\n/i);
    // The long word in the narrow first column of Annex 1 stays whole.
    expect(run("pdftotext", ["-layout", file, "-"])).toContain("Verwerkingsverantwoordelijke)");
  });

  it("shows clause text literally, never as markup", () => {
    expect(text).toContain(SCRIPT);
    expect(text).toContain("<b>geen opmaak</b>");
  });

  it("has both annexes as tables, with transfers outside the EU/EEA and special categories marked", () => {
    expect(text).toContain("Bijlage 1 – Persoonsgegevens en betrokkenen");
    expect(text).toContain("Bijlage 2 – Subverwerkers");
    expect(text).toContain("Bijzonder persoonsgegeven (art. 9 AVG)");
    expect(text).toContain("Buiten de EU/EER");
    expect(flat).toContain("EU-VS Data Privacy Framework");
    expect(text).toContain("Modelcontractbepalingen");
    expect(flat).toContain("Postmark (ActiveCampaign LLC)");
  });

  it("has the signature block and the signing certificate on the last pages", () => {
    expect(text).toContain("Aldus overeengekomen en ondertekend");
    const last = certificatePages(file, "Ondertekeningscertificaat");
    expect(last).toContain("Ondertekeningscertificaat");
    expect(last).toContain(version.contentHash);
    expect(last).toContain("chloe@bakkerijvandenbroek.nl");
    expect(last).toContain("2026-03-02T13:07:45.120Z");
    expect(last).toContain("2a02:a466:68ed:1:d9c1:4b7e:90f2:3c11");
    expect(last).toContain("Edg/133.0.0.0");
    expect(last).toContain("Getypte handtekening");
    expect(last).toContain("Getekende handtekening");
    expect(last).toContain("Gebeurtenissen");
    expect(last).toMatch(/artikel\s+25/);
    expect(last).toContain("gewone elektronische handtekeningen");
    expect(last).not.toMatch(/\bgeavanceerde elektronische handtekening(en)? (zijn|is)\b/);
  });

  it("lists the audit events as sentences in the agreement's language, with the actor in words", () => {
    const certificate = flat.slice(flat.lastIndexOf("Gebeurtenissen"));
    for (const sentence of [
      "Ondertekening gestart",
      "Verificatiecode per e-mail verstuurd",
      "Verificatiecode geweigerd: onjuiste code (poging 1)",
      "E-mailadres bevestigd met de verificatiecode (poging 2)",
      "Verklaard bevoegd te zijn om te tekenen, en ingestemd met elektronisch ondertekenen",
      "Overeenkomst ondertekend (getekend), referentie VWO-2026-7K3M9Q",
      "de ondertekenaar (chloe@bakkerijvandenbroek.nl)",
      "de ondertekenaar (nog niet bevestigd)",
    ]) {
      expect(certificate).toContain(sentence);
    }
    // No raw event key (a word with a dot and an underscore or a known prefix), no "visitor".
    expect(certificate).not.toMatch(/\b(signing|agreement|pdf|email|version|member)\.[a-z_]+\b/);
    expect(certificate).not.toMatch(/\b(visitor|bezoeker)\b/i);
  });

  it("embeds every font, none of them Helvetica", () => {
    const rows = run("pdffonts", [file]).trim().split("\n").slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const columns = row.trim().split(/\s+/);
      expect(columns.slice(-5, -2), row).toEqual(["yes", "yes", "yes"]); // emb, sub, uni
      expect(row).not.toMatch(/Helvetica/);
    }
  });

  it("contains both signature images", () => {
    const images = run("pdfimages", ["-list", file]).trim().split("\n").slice(2).filter((row) => /\bimage\b/.test(row));
    expect(images.length).toBeGreaterThanOrEqual(2);
  });

  it("is byte-identical for the same input, also after the body cache is emptied", async () => {
    const again = await renderSignedAgreementPdf(input);
    expect(sha256(again)).toBe(sha256(pdf));
    clearAgreementBodyCache();
    const cold = await renderSignedAgreementPdf(input);
    expect(sha256(cold)).toBe(sha256(pdf));
    const other = await renderSignedAgreementPdf({ ...input, reference: "VWO-2026-AAAAAA" });
    expect(sha256(other)).not.toBe(sha256(pdf));
  });

  it("dates the document from the signatures, not from the clock", () => {
    const info = run("pdfinfo", ["-isodates", file]);
    expect(info).toMatch(/CreationDate:\s+2026-03-02T13:07:45/);
  });
});

describe("unsigned agreement PDF", () => {
  it("leaves the controller blank and shows the version instead of a reference", async () => {
    const file = write("unsigned.pdf", await renderUnsignedAgreementPdf(pdfTestVersion, pdfTestProcessorSignature));
    const text = run("pdftotext", [file, "-"]);
    const total = pageCount(file);
    expect(pageText(file, 1)).toContain("Versie 3");
    expect(pageText(file, total)).toContain(`pagina ${total} van ${total}`);
    expect(text).not.toContain("VWO-");
    expect(text).not.toContain("Bakkerij");
    expect(text).not.toContain("Ondertekeningscertificaat");
    expect(text).toContain("In te vullen en te ondertekenen door Verwerkingsverantwoordelijke.");
    expect(text).toContain("Maarten de Vries");
    expect(run("pdfimages", ["-list", file])).toMatch(/\bimage\b/);
  });

  it("renders without any signature", async () => {
    const file = write("unsigned-blank.pdf", await renderUnsignedAgreementPdf(pdfTestVersion, null));
    expect(pageCount(file)).toBeGreaterThanOrEqual(8);
  });
});

describe("English agreement PDF", () => {
  it("uses English fixed texts", async () => {
    const english: PdfVersion = { ...version, id: "ver_fixture_en", language: "en", title: "Data Processing Agreement Offertely" };
    const file = write("english.pdf", await renderSignedAgreementPdf({ ...input, version: english }));
    const text = run("pdftotext", [file, "-"]);
    const total = pageCount(file);
    expect(text).toContain(`page 1 of ${total}`);
    expect(text).toContain("The undersigned:");
    expect(text).toContain("Article 1. Doeleinden van de verwerking");
    expect(text).toContain("Annex 2 – Sub-processors");
    expect(text).toContain("Agreed and signed");
    expect(certificatePages(file, "Signing certificate")).toContain("Events");
    expect(text).toContain("simple electronic signatures within the meaning of Article 25");
    const events = text.replace(/\s+/g, " ").slice(text.replace(/\s+/g, " ").lastIndexOf("Events"));
    expect(events).toContain("Verification code refused: wrong code (try 1)");
    expect(events).toContain("Agreement signed (drawn), reference VWO-2026-7K3M9Q");
    expect(events).toContain("the signer (chloe@bakkerijvandenbroek.nl)");
    expect(events).not.toMatch(/\b(signing|agreement)\.[a-z_]+\b/);
  });
});
