import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { demoOwner, drawSignature, fillSigningForm, signIn, uniqueId } from "./helpers";
import { inspectPdf } from "./pdf";

const agreementPath = "/offertewerk/verwerkersovereenkomst-offertewerk";

test("a controller reads the published DPA, signs it by drawing, and downloads the signed PDF", async ({ browser }) => {
  const context = await browser.newContext({ locale: "nl-NL" });
  const page = await context.newPage();
  await page.goto(agreementPath);
  await expect(page.getByRole("heading", { level: 1, name: "Verwerkersovereenkomst Offertewerk" })).toBeVisible();
  await expect(page.getByText(/Artikel 7\b/).first()).toBeVisible();
  await expect(page.getByRole("table").first()).toBeVisible();
  const hash = (await page.getByText(/^[0-9a-f]{64}$/).first().textContent())!.trim();

  const unsigned = await page.request.get(`${agreementPath}/pdf`);
  expect(unsigned.headers()["content-type"]).toBe("application/pdf");

  await page.getByRole("link", { name: "Ondertekenen" }).first().click();
  await expect(page).toHaveURL(`${agreementPath}/sign`);
  const legalName = `Bloemisterij ${uniqueId()} B.V.`;
  const signer = "Lotte Vermeulen";
  await fillSigningForm(page, { legalName, signer, email: `lotte-${uniqueId()}@bloem.test` });
  await drawSignature(page);
  await page.getByRole("checkbox").nth(0).check();
  await page.getByRole("checkbox").nth(1).check();
  await page.getByRole("button", { name: "Overeenkomst ondertekenen" }).click();

  await expect(page.getByRole("heading", { name: "Overeenkomst ondertekend" })).toBeVisible({ timeout: 20_000 });
  const reference = (await page.getByText(/^DPA-\d{4}-[0-9A-Z]{6}$/).first().textContent())!.trim();

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Ondertekende pdf downloaden" }).click();
  const download = await downloadPromise;
  const bytes = Buffer.from(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks)));
  const pdf = inspectPdf(bytes);
  expect(pdf.flatText).toContain(signer);
  expect(pdf.flatText).toContain(legalName);
  expect(pdf.flatText).toContain(reference);
  expect(pdf.text.replace(/\s/g, "")).toContain(hash);
  expect(pdf.images).toBeGreaterThanOrEqual(2);

  // The link keeps working and returns the identical bytes.
  const again = await page.request.get(new URL(download.url()).pathname);
  const againBytes = Buffer.from(await again.body());
  expect(createHash("sha256").update(againBytes).digest("hex")).toBe(createHash("sha256").update(bytes).digest("hex"));

  // The processor's dashboard lists the signature.
  const processor = await browser.newPage({ locale: "en-GB" });
  await signIn(processor, demoOwner);
  const row = processor.getByTestId("signed-agreements").getByRole("row", { name: new RegExp(reference) });
  await expect(row).toContainText(legalName);
  await expect(row).toContainText(signer);
  await context.close();
});

test("a double click on sign gives exactly one signed agreement", async ({ browser }) => {
  const context = await browser.newContext({ locale: "nl-NL" });
  const page = await context.newPage();
  await page.goto(`${agreementPath}/sign`);
  const legalName = `Dubbelklik ${uniqueId()} B.V.`;
  await fillSigningForm(page, { legalName, signer: "Tim de Wit", email: `tim-${uniqueId()}@dubbel.test` });
  await drawSignature(page);
  await page.getByRole("checkbox").nth(0).check();
  await page.getByRole("checkbox").nth(1).check();
  await page.getByRole("button", { name: "Overeenkomst ondertekenen" }).dblclick();
  await expect(page.getByRole("heading", { name: "Overeenkomst ondertekend" })).toBeVisible({ timeout: 20_000 });

  const processor = await browser.newPage({ locale: "en-GB" });
  await signIn(processor, demoOwner);
  await expect(processor.getByTestId("signed-agreements").getByRole("row", { name: new RegExp(legalName) })).toHaveCount(1);
  await context.close();
});

test("signing without a signature or consent shows what is missing and stores nothing", async ({ page }) => {
  await page.goto(`${agreementPath}/sign`);
  await page.getByRole("button", { name: "Overeenkomst ondertekenen" }).click();
  await expect(page.getByText("Teken of typ uw handtekening.")).toBeVisible();
  await expect(page.getByText("Vink dit vakje aan om elektronisch te ondertekenen.")).toBeVisible();
  await expect(page.getByText("Dit veld is verplicht.").first()).toBeVisible();
});

test("bad URLs get a clear 400 or 404, never a 500", async ({ request }) => {
  for (const path of ["/%ff", "/d/%ff", "/login/%ff", "/offertewerk/%E0%A4%A", "/d/not-a-token", "/offertewerk/nope", "/no-such-org", `${agreementPath}/v/999`, `${agreementPath}/v/abc`, "/Robots<script>"]) {
    const response = await request.get(path);
    expect([400, 404], `${path} -> ${response.status()}`).toContain(response.status());
  }
});
