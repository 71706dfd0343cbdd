import { expect, test } from "@playwright/test";
import { demoOwner, signIn, uniqueId, signAndPublish } from "./helpers";
import { inspectPdf } from "./pdf";

test.use({ locale: "en-GB" });
test.describe.configure({ mode: "serial" });

const id = uniqueId();
const title = `Redline-test ${id}`;
const subProcessor = `Claude API ${id}`;

// Other specs use the seeded demo agreements (signing.spec.ts signs the Dutch one), so this spec
// publishes a fresh Dutch agreement of Offertewerk and then its version 2. Dutch, so that the trust
// page /offertewerk keeps speaking Dutch (it follows the language most agreements are in).
test("an owner publishes version 2; the redline and its PDF show the changes", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, demoOwner);
  await page.goto("/app/offertewerk");
  await page.getByRole("link", { name: "New agreement" }).click();
  await page.getByLabel("Title").fill(title);
  await page.getByRole("radio", { name: /^Nederlands/ }).check();
  await page.getByRole("button", { name: "Create and open the editor" }).click();
  await expect(page).toHaveURL(/\/agreements\/(?!new$)[a-z0-9]+$/);
  const editorUrl = page.url();

  // Version 1.
  const signPublish = page.getByRole("region", { name: "Signature & publish" });
  await page.getByLabel("Effective date").fill("2027-01-01");
  await signPublish.getByRole("textbox", { name: "Name", exact: true }).fill("Sanne de Vries");
  await signPublish.getByLabel("Function").fill("Directeur");
  await signPublish.getByLabel("Place").fill("Amsterdam");
  await expect(page.getByText(/Saved at|All changes saved/)).toBeVisible({ timeout: 15_000 });
  await signAndPublish(page, 1);

  // Version 2: a changed clause and a sub-processor outside the EU with a transfer basis.
  await page.goto(editorUrl);
  await page.getByRole("button", { name: "Start a new version" }).click();
  const clause = page.getByLabel("Clause 1.1", { exact: true });
  await expect(clause).toBeVisible({ timeout: 15_000 });
  const original = await clause.inputValue();
  await clause.fill(`${original} Dit geldt ook voor aantoonbaar schriftelijke instructies.`);
  const annex2 = page.getByRole("region", { name: /Annex 2/ });
  const rowHeadings = annex2.getByRole("heading", { name: /^Sub-processor \d+/ });
  const before = await rowHeadings.count();
  await annex2.getByRole("button", { name: "Add sub-processor" }).click();
  await expect(rowHeadings).toHaveCount(before + 1);
  // Fields by their data path (the validation messages use it too): independent of the row layout.
  const field = (name: string) => annex2.locator(`[data-path="subProcessors.${before}.${name}"]`);
  await field("name").fill(subProcessor);
  await field("serviceArea").fill("App");
  await field("purposes").fill("Tekstsuggesties bij offertes");
  await field("dataConcerned").fill("Offerteteksten");
  await field("country").selectOption("US");
  await field("transferBasis").selectOption("STANDARD_CONTRACTUAL_CLAUSES");
  await page.getByLabel("Effective date").fill("2027-03-01");
  await page.getByLabel("What changed in this version").fill(`Nieuwe subverwerker ${subProcessor} (bijlage 2)`);
  await expect(page.getByText(/Saved at|All changes saved/)).toBeVisible({ timeout: 15_000 });
  await signAndPublish(page, 2);

  // The versions page: by default version 1 against version 2.
  await page.goto(editorUrl);
  await page.getByRole("link", { name: "Versions", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`Versions: ${title}`) })).toBeVisible();
  await expect(page.getByRole("row", { name: /Version 2/ })).toContainText(`Nieuwe subverwerker ${subProcessor}`);
  await page.getByRole("button", { name: "Show changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Changes from Version 1 to Version 2" })).toBeVisible();
  await expect(page.locator("ins", { hasText: "schriftelijke" }).first()).toBeVisible();
  await expect(page.locator("[data-change=changed]")).toHaveCount(1);
  const annexChanges = page.getByRole("region", { name: /Annex 2/ });
  await expect(annexChanges.locator("[data-row-change=added]")).toContainText(subProcessor);
  await expect(annexChanges.locator("[data-row-change=added]")).toContainText("United States");

  // The redline as a PDF.
  const pdfHref = await page.getByRole("link", { name: "Download redline PDF" }).getAttribute("href");
  const response = await page.request.get(pdfHref!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const pdf = inspectPdf(Buffer.from(await response.body()));
  expect(pdf.flatText).toContain("aantoonbaar schriftelijke instructies");
  expect(pdf.flatText).toContain(subProcessor);
  expect(pdf.flatText).toContain("Versie 1 vergeleken met Versie 2");

  // Another organisation's owner gets 404 on the versions, the redline and its PDF.
  const strangerContext = await browser.newContext({ locale: "en-GB" });
  const stranger = await strangerContext.newPage();
  await signIn(stranger, "bram@bakkerijbrood.nl");
  expect((await stranger.goto(new URL(page.url()).pathname + new URL(page.url()).search))?.status()).toBe(404);
  expect((await stranger.request.get(pdfHref!)).status()).toBe(404);
  await strangerContext.close();

});

// The trust page is cached (ISR) and usually rendered before version 2 exists (the dashboard's
// "Trust page" link is prefetched); publishing must refresh it (publishAction's revalidatePath).
test("the public trust page shows the sub-processor added in version 2", async ({ browser }) => {
  // The public trust page: the sub-processor added in version 2, in the history of changes. The page
  // speaks the language most of the organisation's agreements are in (Dutch with the seed).
  const publicContext = await browser.newContext({ locale: "nl-NL" });
  const reader = await publicContext.newPage();
  await reader.goto("/offertewerk");
  await expect(reader.getByRole("heading", { level: 2, name: title })).toBeVisible();
  const section = reader.getByRole("region", { name: title, exact: true });
  await expect(section.getByRole("heading", { name: /Wijzigingen in subverwerkers|Changes to sub-processors/ })).toBeVisible();
  const version2 = section.locator("[data-history-version='2']");
  await expect(version2).toContainText(/Versie 2|Version 2/);
  await expect(version2).toContainText(new RegExp(`(Toegevoegd|Added)\\s*${subProcessor}`));
  await expect(section.locator("[data-history-version='1']")).toContainText(/Voor het eerst gepubliceerd|First published/);
  await publicContext.close();
});
