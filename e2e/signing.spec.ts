import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { demoOwner, drawSignature, fillSigningDetails, fillSigningForm, newSignerContext, readCodeFromMailbox, signIn, uniqueId, verifySignerEmail } from "./helpers";
import { inspectPdf } from "./pdf";

const agreementPath = "/offertewerk/verwerkersovereenkomst-offertewerk";

test("a controller reads the published DPA, proves their e-mail with a code, signs it by drawing, and downloads the signed PDF", async ({ browser }) => {
  const context = await newSignerContext(browser, { locale: "nl-NL" });
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
  const email = `lotte-${uniqueId()}@bloem.test`;
  await fillSigningForm(page, { legalName, signer, email });
  await drawSignature(page);
  await page.getByRole("checkbox").nth(0).check();
  await page.getByRole("checkbox").nth(1).check();
  await page.getByRole("button", { name: "Overeenkomst ondertekenen" }).click();

  await expect(page.getByRole("heading", { name: "Overeenkomst ondertekend" })).toBeVisible({ timeout: 20_000 });
  const reference = (await page.getByText(/^DPA-\d{4}-[0-9A-Z]{6}$/).first().textContent())!.trim();
  await expect(page.getByText(`We hebben de ondertekende overeenkomst ook naar ${email} gestuurd.`)).toBeVisible();

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
  // The verified address and the audit trail up to the signature are on the certificate page.
  expect(pdf.flatText).toContain(email);
  // In sentences of the agreement's language, not as raw event keys.
  expect(pdf.flatText).toContain("E-mailadres bevestigd met de");
  expect(pdf.flatText).not.toContain("signing.code_accepted");

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

  // The signer's copy is in the mailbox, with the reference.
  const mailbox = await context.newPage();
  await mailbox.goto(`/mailbox?to=${encodeURIComponent(email)}`);
  await expect(mailbox.getByText(reference).first()).toBeVisible();
  await context.close();
});

test("a wrong code is refused with the tries left; the verified address survives a reload", async ({ browser }) => {
  const context = await newSignerContext(browser, { locale: "nl-NL" });
  const page = await context.newPage();
  await page.goto(`${agreementPath}/sign`);
  const email = `sem-${uniqueId()}@code.test`;
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Code versturen" }).click();
  const code = await readCodeFromMailbox(context, email);
  const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
  await page.getByLabel("Code uit de e-mail").fill(wrong);
  await expect(page.getByText("Deze code klopt niet. U kunt het nog 4 keer proberen.")).toBeVisible();
  await page.getByLabel("Code uit de e-mail").fill(code);
  await expect(page.getByText("E-mailadres bevestigd")).toBeVisible();

  await page.reload();
  await expect(page.getByText("E-mailadres bevestigd")).toBeVisible();
  await expect(page.getByLabel("E-mailadres")).toHaveValue(email);
  await expect(page.getByLabel("E-mailadres")).toHaveJSProperty("readOnly", true);
  await context.close();
});

test("a double click on sign gives exactly one signed agreement", async ({ browser }) => {
  const context = await newSignerContext(browser, { locale: "nl-NL" });
  const page = await context.newPage();
  await page.goto(`${agreementPath}/sign`);
  const legalName = `Dubbelklik ${uniqueId()} B.V.`;
  await verifySignerEmail(page, `tim-${uniqueId()}@dubbel.test`);
  await fillSigningDetails(page, { legalName, signer: "Tim de Wit" });
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
  await expect(page.getByText("Bevestig uw e-mailadres met een code voordat u ondertekent.")).toBeVisible();
});

test("bad URLs get a clear 400 or 404, never a 500", async ({ request }) => {
  for (const path of ["/%ff", "/d/%ff", "/login/%ff", "/offertewerk/%E0%A4%A", "/d/not-a-token", "/offertewerk/nope", "/no-such-org", `${agreementPath}/v/999`, `${agreementPath}/v/abc`, "/Robots<script>"]) {
    const response = await request.get(path);
    expect([400, 404], `${path} -> ${response.status()}`).toContain(response.status());
  }
});
