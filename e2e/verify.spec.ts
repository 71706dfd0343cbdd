import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { demoOwner, drawSignature, fillSigningForm, newSignerContext, signIn, uniqueId } from "./helpers";

/** The processor downloads a seeded signed agreement from its dashboard, as a person would. */
async function downloadSignedPdf(page: Page): Promise<{ bytes: Buffer; reference: string }> {
  await signIn(page, demoOwner);
  await page.goto("/app/offertewerk");
  const link = page.getByRole("link", { name: /^Download signed PDF / }).first();
  const reference = (await link.getAttribute("aria-label"))!.replace("Download signed PDF ", "");
  const downloadPromise = page.waitForEvent("download");
  await link.click();
  const download = await downloadPromise;
  const bytes = Buffer.concat(await (await download.createReadStream()).toArray());
  return { bytes, reference };
}

function pdfsig(bytes: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), "e2e-verify-")), "signed.pdf");
  writeFileSync(file, bytes);
  return execFileSync("pdfsig", [file]).toString();
}

async function upload(page: Page, name: string, bytes: Buffer) {
  await page.getByLabel(/^(Choose a PDF|Kies een pdf)$/).setInputFiles({ name, mimeType: "application/pdf", buffer: bytes });
}

test("a downloaded signed PDF verifies on /verify; one changed byte is refused", async ({ page }) => {
  const { bytes, reference } = await downloadSignedPdf(page);
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  // What a lawyer would check with a PDF tool: the platform's seal is there and valid.
  expect(pdfsig(bytes)).toContain("Signature is Valid.");

  await page.goto("/verify?lang=en");
  await expect(page.getByRole("heading", { level: 1, name: "Is this signed agreement genuine?" })).toBeVisible();
  await upload(page, `${reference}.pdf`, bytes);
  const outcome = page.getByTestId("verify-outcome");
  await expect(outcome.getByRole("heading", { name: "Valid: signed here and unchanged" })).toBeVisible();
  await expect(outcome).toContainText(reference);
  await expect(outcome).toContainText("Offertewerk B.V.");
  await expect(outcome).toContainText(createHash("sha256").update(bytes).digest("hex"));
  await expect(outcome.getByTestId("verify-seal-check")).toHaveText("The seal verifies: made with this platform's certificate, over every byte of this file.");

  const tampered = Buffer.from(bytes);
  tampered[Math.floor(tampered.length / 3)] ^= 0x01;
  await outcome.getByRole("button", { name: "Check another document" }).click();
  await upload(page, "tampered.pdf", tampered);
  await expect(outcome.getByRole("heading", { name: "Not a document signed here, or it was changed" })).toBeVisible();
  await expect(outcome).not.toContainText(reference);
  await expect(outcome.getByTestId("verify-seal-check")).toHaveText("The file was changed after it was sealed.");
});

test("a reference with the SHA-256 of its PDF verifies; with another hash it reveals nothing", async ({ page }) => {
  const { bytes, reference } = await downloadSignedPdf(page);
  const sha256 = createHash("sha256").update(bytes).digest("hex");

  await page.goto("/verify?lang=nl"); // the language switch wins over the browser's language
  await page.getByText("Controleren met referentie en vingerafdruk").click();
  await page.getByLabel("Referentie").fill(reference);
  await page.getByLabel("SHA-256-vingerafdruk").fill(sha256);
  await page.getByRole("button", { name: "Controleren", exact: true }).click();
  const outcome = page.getByTestId("verify-outcome");
  await expect(outcome.getByRole("heading", { name: "Geldig: hier ondertekend en ongewijzigd" })).toBeVisible();
  await expect(outcome).toContainText("Offertewerk B.V.");

  await page.getByLabel("SHA-256-vingerafdruk").fill("0".repeat(64));
  await page.getByRole("button", { name: "Controleren", exact: true }).click();
  await expect(outcome.getByRole("heading", { name: "Geen document dat hier is ondertekend, of het is gewijzigd" })).toBeVisible();
  await expect(outcome).not.toContainText("Offertewerk B.V.");
});

test("files that are not PDFs, and uploads over 10 MB, get a clear message", async ({ page }) => {
  await page.goto("/verify?lang=en");
  await upload(page, "notes.pdf", Buffer.from("these are not the droids"));
  await expect(page.getByRole("alert").filter({ hasText: "PDF" })).toHaveText("This file is not a PDF.");

  await upload(page, "huge.pdf", Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(10 * 1024 * 1024)]));
  await expect(page.getByRole("alert").filter({ hasText: "MB" })).toHaveText("This file is larger than 10 MB. Agreements signed here are much smaller.");
  // The server refuses it too, without the browser's help.
  const response = await page.request.post("/verify/check", {
    headers: { "Content-Type": "application/pdf" },
    data: Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(11 * 1024 * 1024)]),
  });
  expect(response.status()).toBe(413);
});

test("a controller signs with the code from the mailbox, downloads the sealed PDF and verifies it; one changed byte is refused", async ({ browser }) => {
  const context = await newSignerContext(browser, { locale: "nl-NL" });
  const page = await context.newPage();
  await page.goto("/offertewerk/verwerkersovereenkomst-offertewerk/sign");
  const legalName = `Drukkerij ${uniqueId()} B.V.`;
  await fillSigningForm(page, { legalName, signer: "Noor Jansen", email: `noor-${uniqueId()}@drukkerij.test` });
  await drawSignature(page);
  await page.getByRole("checkbox").nth(0).check();
  await page.getByRole("checkbox").nth(1).check();
  await page.getByRole("button", { name: "Overeenkomst ondertekenen" }).click();
  await expect(page.getByRole("heading", { name: "Overeenkomst ondertekend" })).toBeVisible({ timeout: 20_000 });
  const reference = (await page.getByText(/^DPA-\d{4}-[0-9A-Z]{6}$/).first().textContent())!.trim();
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Ondertekende pdf downloaden" }).click();
  const bytes = Buffer.concat(await (await (await downloadPromise).createReadStream()).toArray());
  // Sealed by the app server while signing: a PAdES signature that pdfsig accepts.
  const report = pdfsig(bytes);
  expect(report).toContain("Signature is Valid.");
  expect(report).toContain("ETSI.CAdES.detached");

  await page.goto("/verify");
  await upload(page, `${reference}.pdf`, bytes);
  const outcome = page.getByTestId("verify-outcome");
  await expect(outcome.getByRole("heading", { name: "Geldig: hier ondertekend en ongewijzigd" })).toBeVisible();
  await expect(outcome).toContainText(reference);
  await expect(outcome).toContainText(legalName);
  await expect(outcome).toContainText("Verzegeld met het certificaat van het platform");

  const tampered = Buffer.from(bytes);
  tampered[tampered.length - 200] ^= 0x01; // inside the update with the signature
  await outcome.getByRole("button", { name: "Een ander document controleren" }).click();
  await upload(page, "gewijzigd.pdf", tampered);
  await expect(outcome.getByRole("heading", { name: "Geen document dat hier is ondertekend, of het is gewijzigd" })).toBeVisible();
  await context.close();
});
