import path from "node:path";
import { expect, test } from "@playwright/test";
import { demoOwner, signIn, uniqueId, signAndPublish } from "./helpers";

test.use({ locale: "en-GB" });

const fixture = path.join(import.meta.dirname, "..", "lib", "import", "fixtures", "dpa-nl-artikel.txt");
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

test("an owner imports an existing DPA, reviews what was recognised, and publishes the draft", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, demoOwner);
  const org = new URL(page.url()).pathname.split("/")[2];
  await page.goto(`/app/${org}/agreements/new`);
  await page.getByRole("link", { name: "Import an existing DPA" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import an existing DPA" })).toBeVisible();

  // An image named .pdf is refused by its content; nothing is created.
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "dpa.pdf", mimeType: "application/pdf", buffer: png });
  await page.getByRole("button", { name: "Read the agreement" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "This file type is not supported" })).toBeVisible();

  // The real file: the review shows what was recognised, before anything is stored.
  await page.getByLabel("File", { exact: true }).setInputFiles(fixture);
  await page.getByRole("button", { name: "Read the agreement" }).click();
  await expect(page.getByRole("heading", { name: "Check what was recognised" })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText("13 articles", { exact: true })).toBeVisible();
  await expect(page.getByText("20 clauses", { exact: true })).toBeVisible();
  await expect(page.getByText("3 sub-processors (Annex 2)", { exact: true })).toBeVisible();
  await expect(page.getByRole("radio", { name: "Dutch" })).toBeChecked();
  const title = `Geïmporteerde verwerkersovereenkomst ${uniqueId()}`;
  await page.getByLabel("Title of the agreement").fill(title);
  await page.getByRole("button", { name: "Create draft" }).click();

  // The editor opens with the imported articles.
  await expect(page).toHaveURL(/\/agreements\/(?!import$)[a-z0-9]+$/, { timeout: 20_000 });
  await expect(page.getByLabel("Title of article 1", { exact: true })).toHaveValue("Doeleinden van de verwerking");
  await expect(page.getByLabel("Title of article 13", { exact: true })).toHaveValue("Toepasselijk recht en geschillen");
  await expect(page.getByLabel("Clause 1.2", { exact: true })).toHaveValue("De Verwerker verwerkt de persoonsgegevens niet voor eigen doeleinden.");

  // Correct and publish it, as with any draft.
  await page.getByLabel("Effective date").fill("2027-01-01");
  const signPublish = page.getByRole("region", { name: "Signature & publish" });
  await signPublish.getByRole("textbox", { name: "Name", exact: true }).fill("Sanne Jansen");
  await signPublish.getByLabel("Function").fill("Directeur");
  await signPublish.getByLabel("Place").fill("Utrecht");
  await expect(page.getByText(/Saved at|All changes saved/)).toBeVisible({ timeout: 15_000 });
  await signAndPublish(page, 1);
});
