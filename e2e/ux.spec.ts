import { expect, test } from "@playwright/test";
import { completeTemplateFields, drawSignature, fillSigningDetails, newSignerContext, signAndPublish, signUp, uniqueId, verifySignerEmail } from "./helpers";
import { inspectPdf } from "./pdf";

// What a new processor and a signer saw in the walkthrough of issue 8 (items 17, 18, 19, 23).
test.use({ locale: "en-GB" });

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test("a new organisation starts from a neutral template with its own name; marked fields block publishing; its trust page appears once published, in the reader's language", async ({ page, browser }) => {
  test.setTimeout(150_000);
  const processor = await signUp(page, { legalName: `Bloemenwinkel ${uniqueId()} B.V.` });

  // Nothing published yet: no link to a page that does not exist, but where it will be.
  await expect(page.getByRole("link", { name: "Your trust page" })).toHaveCount(0);
  await expect(page.getByTestId("trust-page-later")).toContainText(`/${processor.slug}`);
  expect((await page.request.get(`/${processor.slug}`)).status()).toBe(404);

  await page.getByRole("link", { name: "New agreement" }).click();
  await page.getByLabel("Title").fill(`DPA ${uniqueId()}`);
  await page.getByRole("radio", { name: /^English/ }).check();
  await page.getByRole("button", { name: "Create and open the editor" }).click();
  await expect(page).toHaveURL(/\/agreements\/(?!new$)[a-z0-9]+$/);

  // The organisation's own name, nothing of the demo company, and marked fields, highlighted.
  await expect(page.locator('[data-path="preamble"]')).toHaveValue(new RegExp(`^${escapeRegExp(processor.legalName)}, established in Amsterdam`));
  const values = await page.locator("main input, main textarea").evaluateAll((elements) => elements.map((e) => (e as HTMLInputElement).value).join("\n"));
  expect(values).not.toMatch(/offertewerk|offerte/i);
  expect(values).toContain("[[Fill in: ");
  const marked = page.locator("mark[data-placeholder]").first();
  await expect(marked).toBeVisible();
  await expect(marked).toHaveText(/^\[\[Fill in: .+\]\]$/);
  await page.screenshot({ path: test.info().outputPath("template-editor.png"), fullPage: false });

  // Everything else done: publishing is still refused, and the checklist says where.
  const signPublish = page.getByRole("region", { name: "Signature & publish" });
  await page.getByLabel("Effective date").fill("2027-01-01");
  await signPublish.getByRole("textbox", { name: "Name", exact: true }).fill("Iris Bakker");
  await signPublish.getByLabel("Function").fill("Director");
  await signPublish.getByLabel("Place").fill("Amsterdam");
  await expect(page.getByText(/Saved at|All changes saved/)).toBeVisible({ timeout: 15_000 });
  await expect(signPublish.getByRole("button", { name: "Clause 1.2", exact: true })).toBeVisible();
  await expect(signPublish.getByText(/Still to complete: replace the marked text between \[\[ and \]\]/).first()).toBeVisible();
  await expect(signPublish.getByRole("button", { name: "Publish as version 1" })).toBeDisabled();
  await signPublish.screenshot({ path: test.info().outputPath("publish-checklist.png") });

  // Completed: published, and the public text holds no marker.
  await completeTemplateFields(page);
  await expect(page.locator("mark[data-placeholder]")).toHaveCount(0);
  await signAndPublish(page, 1);
  const publicHref = await page.getByRole("link", { name: "Open the public page" }).first().getAttribute("href");
  const publicPage = await page.request.get(publicHref!);
  expect(await publicPage.text()).not.toMatch(/\[\[(Fill in|Vul in):/);

  // Now the dashboard links to the trust page, and it is there.
  await page.goto(`/app/${processor.slug}`);
  await page.getByRole("link", { name: "Your trust page" }).click();
  await expect(page.getByRole("heading", { level: 1, name: processor.legalName })).toBeVisible();
  await expect(page.getByText("Privacy and data processing")).toBeVisible();

  // The reader's language: a Dutch browser reads it in Dutch, the switch (?lang=) wins, and the answer says it varies.
  const dutch = await browser.newContext({ locale: "nl-NL" });
  const reader = await dutch.newPage();
  const redirect = await reader.request.get(`/${processor.slug}`, { maxRedirects: 0, headers: { "Accept-Language": "nl-NL,nl;q=0.9" } });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers()["location"]).toMatch(new RegExp(`/${processor.slug}\\?lang=nl$`));
  expect(redirect.headers()["vary"]).toMatch(/Accept-Language/i);
  await reader.goto(`/${processor.slug}`);
  await expect(reader).toHaveURL(new RegExp(`/${processor.slug}\\?lang=nl$`));
  await expect(reader.getByText("Privacy en gegevensverwerking")).toBeVisible();
  await reader.getByRole("navigation", { name: "Taal" }).getByRole("link", { name: "en" }).click();
  await expect(reader).toHaveURL(new RegExp(`/${processor.slug}\\?lang=en$`));
  await expect(reader.getByText("Privacy and data processing")).toBeVisible();
  await reader.goto("/verify");
  await expect(reader.getByRole("heading", { level: 1, name: "Is deze getekende overeenkomst echt?" })).toBeVisible();
  await dutch.close();
  await page.goto("/verify");
  await expect(page.getByRole("heading", { level: 1, name: "Is this signed agreement genuine?" })).toBeVisible();
});

test("the signing form: a fixed field loses its error, a long name is kept and flagged, an emoji is named; after signing the heading says so and times say UTC", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await newSignerContext(browser, { locale: "nl-NL", timezoneId: "America/New_York" });
  const page = await context.newPage();
  await page.goto("/offertewerk/verwerkersovereenkomst-offertewerk/sign");
  await expect(page.getByRole("heading", { level: 1, name: "Overeenkomst ondertekenen" })).toBeVisible();

  // Submitted empty: errors at the fields. Fixing one clears its error only.
  await page.getByRole("button", { name: "Overeenkomst ondertekenen" }).click();
  const legalName = page.getByLabel("Statutaire naam");
  const postalCode = page.getByLabel("Postcode");
  await expect(legalName).toHaveAttribute("aria-invalid", "true");
  await expect(postalCode).toHaveAttribute("aria-invalid", "true");
  await legalName.fill("Kapsalon Noord");
  await expect(legalName).not.toHaveAttribute("aria-invalid", "true");
  await expect(postalCode).toHaveAttribute("aria-invalid", "true");

  // A name over the limit is kept as typed, and the field says so.
  const longName = "Maria-Magdalena ".repeat(9).trim();
  expect(longName.length).toBeGreaterThan(120);
  await fillSigningDetails(page, { legalName: "Kapsalon 🥐 B.V.", signer: longName });
  const signerName = page.getByLabel("Volledige naam");
  await expect(signerName).toHaveValue(longName);
  await expect(page.getByText(`Te lang: hoogstens 120 tekens, nu ${longName.length}. Maak de tekst korter.`)).toBeVisible();
  await expect(postalCode).not.toHaveAttribute("aria-invalid", "true");

  // An emoji in the organisation's name is refused at the field, by name.
  await verifySignerEmail(page, `noor-${uniqueId()}@kapsalon.test`);
  await drawSignature(page);
  await page.getByRole("checkbox").nth(0).check();
  await page.getByRole("checkbox").nth(1).check();
  await page.getByRole("button", { name: "Overeenkomst ondertekenen" }).click();
  await expect(page.getByText("Het teken “🥐” (U+1F950) kan niet in de pdf worden afgedrukt. Verwijder het of vervang het door gewone tekst.")).toBeVisible();
  await expect(legalName).toHaveAttribute("aria-invalid", "true");
  await page.screenshot({ path: test.info().outputPath("sign-errors.png"), fullPage: true });

  // Fixed: signed. The heading is the confirmation's; the time says UTC, as the PDF does.
  const organisation = `Kapsalon ${uniqueId()} B.V.`;
  await legalName.fill(organisation);
  await signerName.fill("Maria Jansen");
  await expect(legalName).not.toHaveAttribute("aria-invalid", "true");
  await page.getByRole("button", { name: "Overeenkomst ondertekenen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overeenkomst ondertekend" })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("heading", { name: "Overeenkomst ondertekenen" })).toHaveCount(0);
  const signedOn = page.getByText(/^Ondertekend op \d{1,2} [a-z]+ \d{4} \d{2}:\d{2} UTC\.$/);
  await expect(signedOn).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("signed.png"), fullPage: true });
  const [, hour, minute] = /(\d{2}):(\d{2}) UTC/.exec((await signedOn.textContent())!)!;
  const href = await page.getByRole("link", { name: "Ondertekende pdf downloaden" }).getAttribute("href");
  const pdf = inspectPdf(Buffer.from(await (await page.request.get(href!)).body()));
  expect(pdf.flatText).toContain(organisation);
  // The certificate's UTC time of the signature is the one on screen (the browser is in New York).
  expect(pdf.flatText).toMatch(new RegExp(`\\d{4}-\\d{2}-\\d{2}[ T]${hour}:${minute}`));
  await context.close();
});
