import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getAgreementWithDraft } from "@/lib/agreements/get-draft";
import { saveDraft } from "@/lib/agreements/save-draft";
import { createDraftFromImport } from "@/lib/import/create-draft-from-import";
import { renderSignedAgreementPdf } from "@/lib/pdf";
import { pdfTestSignedInput } from "@/lib/pdf/test-fixture";
import { signAgreement } from "@/lib/signing/sign-agreement";
import { createPublishedAgreement, createReadyDraft } from "@/lib/test/agreements";
import { createOrgWithMember, signaturePng, testClient, unique } from "@/lib/test/factories";
import { verifiedSigningSession } from "@/lib/test/signing";
import { translator } from "@/lib/i18n/translate";
// @ts-expect-error: a plain .mjs script without types
import { coveredRanges } from "@/scripts/generate-pdf-characters.mjs";
import { pdfCharacterRanges } from "./pdf-characters";
import { firstUnprintable } from "./printable";

const failure = (promise: Promise<unknown>) =>
  promise.then(() => null, (error) => (error instanceof AppError ? error : Promise.reject(error)));

describe("characters the PDF's font cannot print", () => {
  it("the committed table is exactly what the embedded fonts cover", () => {
    expect([...pdfCharacterRanges]).toEqual((coveredRanges() as number[][]).flat());
  });

  it("names the first unprintable character as a person sees it", () => {
    expect(firstUnprintable("Bakkerij Ærø — “Straße” € ½ ✓ é")).toBeNull();
    expect(firstUnprintable("Kapsalon 🥐 B.V.")).toBe("🥐");
    expect(firstUnprintable("Team 👩‍👩‍👧 Noord")).toBe("👩‍👩‍👧");
    expect(firstUnprintable("上海 Trading")).toBe("上");
    const t = translator("nl");
    expect(t("validation.unprintable|“🥐” (U+1F950)")).toBe(
      "Het teken “🥐” (U+1F950) kan niet in de pdf worden afgedrukt. Verwijder het of vervang het door gewone tekst.",
    );
  });

  it("the signing form is refused at the field, before anything is stored", async () => {
    const ctx = await createOrgWithMember("OWNER");
    const { versionId } = await createPublishedAgreement(ctx);
    const email = `${unique("noor")}@kapsalon.test`;
    const signingSessionId = await verifiedSigningSession(versionId, email);
    const form = {
      versionId,
      submissionKey: unique("form-key-0123456789"),
      signingSessionId,
      controller: { legalName: "Kapsalon 🥐 B.V.", registrationNumber: "58123947", addressLine: "Oudegracht 1", postalCode: "3511 AX", city: "Utrecht", country: "NL" },
      signer: { name: "Noor 中 Smit", function: "Eigenaar", email, place: "Utrecht" },
      method: "DRAWN",
      imageDataUrl: signaturePng(),
      consent: true,
      authority: true,
    };
    const refused = await failure(signAgreement(form, testClient));
    expect(refused?.code).toBe("VALIDATION");
    expect(refused?.fieldErrors).toMatchObject({
      "controller.legalName": "validation.unprintable|“🥐” (U+1F950)",
      "signer.name": "validation.unprintable|“中” (U+4E2D)",
    });
    expect(await db.signedAgreement.count({ where: { versionId } })).toBe(0);
  });

  it("the editor's save and the import are refused with the clause named", async () => {
    const ctx = await createOrgWithMember("EDITOR");
    const { agreement, revision, content } = await createReadyDraft(ctx);
    content.articles[1].clauses[0].content = [{ type: "paragraph", runs: [{ text: "Wij verwerken 👍 alles." }] }];
    const refused = await failure(saveDraft(ctx, { agreementId: agreement.id, revision, content }));
    expect(refused?.fieldErrors).toEqual({ "content.articles.1.clauses.0.content.0.runs.0.text": "validation.unprintable|“👍” (U+1F44D)" });
    const { draft } = await getAgreementWithDraft(ctx, agreement.id);
    expect(JSON.stringify(draft!.doc)).not.toContain("👍");

    content.articles[1].clauses[0].content = [{ type: "paragraph", runs: [{ text: "Wij verwerken alles." }] }];
    content.subProcessors[0].name = "云 Cloud";
    const imported = await failure(createDraftFromImport(ctx, { language: "nl", content }, testClient));
    expect(imported?.fieldErrors).toEqual({ "content.subProcessors.0.name": "validation.unprintable|“云” (U+4E91)" });
  });

  it("what is accepted prints as text: no box, every glyph from the embedded font", async () => {
    const name = "Zoë Ærøskøbing-Straße ½ € ✓ 😀";
    const pdf = await renderSignedAgreementPdf({
      ...pdfTestSignedInput,
      controller: { ...pdfTestSignedInput.controller, legalName: name },
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "printable-"));
    const file = path.join(dir, "signed.pdf");
    fs.writeFileSync(file, pdf);
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    expect(text).toContain(name);
    const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" });
    expect(fonts).toMatch(/DejaVuSansCondensed/);
    expect(fonts).not.toMatch(/Helvetica|Times|Courier/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
