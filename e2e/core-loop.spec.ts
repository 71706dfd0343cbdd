import { expect, test } from "@playwright/test";
import { drawSignature, fillSigningForm, newSignerContext, signUp, uniqueId, signAndPublish } from "./helpers";
import { inspectPdf } from "./pdf";

test.use({ locale: "en-GB" });

test("a processor writes, signs and publishes a DPA; a controller signs it; another tenant sees nothing", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const processor = await signUp(page);

  // Create an agreement from the standard template.
  await page.getByRole("link", { name: "New agreement" }).click();
  const title = `Verwerkersovereenkomst ${uniqueId()}`;
  await page.getByLabel("Title").fill(title);
  await page.getByRole("radio", { name: /^Nederlands/ }).check();
  await page.getByRole("button", { name: "Create and open the editor" }).click();
  await expect(page).toHaveURL(/\/agreements\/(?!new$)[a-z0-9]+$/);
  const editorUrl = page.url();

  // Edit a clause (with text that looks like HTML), an annex row, the details and the signatory.
  const clause = page.getByLabel("Clause 1.1", { exact: true });
  await clause.fill("De Verwerker verwerkt de persoonsgegevens uitsluitend in opdracht. <script>alert(1)</script>");
  const annex2 = page.getByRole("region", { name: /Annex 2/ });
  await annex2.getByLabel("Purposes").first().fill("Hosting van de applicatie en dagelijkse back-ups");
  await page.getByLabel("Effective date").fill("2027-01-01");
  const signPublish = page.getByRole("region", { name: "Signature & publish" });
  await signPublish.getByRole("textbox", { name: "Name", exact: true }).fill("Anna de Boer");
  await signPublish.getByLabel("Function").fill("Directeur");
  await signPublish.getByLabel("Place").fill("Amsterdam");
  await expect(page.getByText(/Saved at|All changes saved/)).toBeVisible({ timeout: 15_000 });

  // Nothing typed is lost by navigating away and back.
  await page.goto(editorUrl);
  await expect(page.getByLabel("Clause 1.1", { exact: true })).toHaveValue(/<script>alert\(1\)<\/script>/);
  await expect(annex2.getByLabel("Purposes").first()).toHaveValue("Hosting van de applicatie en dagelijkse back-ups");

  // Sign for the processor (drawn with the mouse) and publish.
  await signAndPublish(page, 1);
  const publicLink = page.getByRole("link", { name: "Open the public page" }).first();
  const publicPath = new URL((await publicLink.getAttribute("href"))!, page.url()).pathname;
  expect(publicPath).toBe(`/${processor.slug}/${publicPath.split("/")[2]}`);

  // A controller, in a fresh browser, opens the public link and signs.
  const controllerContext = await newSignerContext(browser, { locale: "nl-NL" });
  const controller = await controllerContext.newPage();
  await controller.goto(publicPath);
  await expect(controller.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(controller.getByText("<script>alert(1)</script>", { exact: false }).first()).toBeVisible();
  await controller.getByRole("link", { name: "Ondertekenen" }).first().click();
  const legalName = `Kapsalon ${uniqueId()} B.V.`;
  await fillSigningForm(controller, { legalName, signer: "Noor Smit", email: `noor-${uniqueId()}@kapsalon.test` });
  await drawSignature(controller);
  await controller.getByRole("checkbox").nth(0).check();
  await controller.getByRole("checkbox").nth(1).check();
  await controller.getByRole("button", { name: "Overeenkomst ondertekenen" }).click();
  await expect(controller.getByRole("heading", { name: "Overeenkomst ondertekend" })).toBeVisible({ timeout: 20_000 });
  const reference = (await controller.getByText(/^DPA-\d{4}-[0-9A-Z]{6}$/).first().textContent())!.trim();
  const downloadHref = await controller.getByRole("link", { name: "Ondertekende pdf downloaden" }).getAttribute("href");
  const pdf = inspectPdf(Buffer.from(await (await controller.request.get(downloadHref!)).body()));
  expect(pdf.flatText).toContain(legalName);
  expect(pdf.flatText).toContain(reference);
  expect(pdf.flatText).toContain("<script>alert(1)</script>");
  expect(pdf.images).toBeGreaterThanOrEqual(2);

  // The processor's dashboard lists it.
  await page.goto(`/app/${processor.slug}`);
  await expect(page.getByTestId("signed-agreements").getByRole("row", { name: new RegExp(reference) })).toContainText("Noor Smit");
  const signedPdfHref = await page.getByRole("link", { name: `Download signed PDF ${reference}` }).getAttribute("href");

  // Another organisation's member gets 404 on this one's drafts and signed agreements.
  const strangerContext = await browser.newContext({ locale: "en-GB" });
  const stranger = await strangerContext.newPage();
  await signUp(stranger);
  for (const path of [new URL(editorUrl).pathname, `${new URL(editorUrl).pathname}/preview`, `/app/${processor.slug}`]) {
    expect((await stranger.goto(path))?.status(), path).toBe(404);
  }
  expect((await stranger.request.get(signedPdfHref!)).status()).toBe(404);
  await controllerContext.close();
  await strangerContext.close();
});
