import { expect, test } from "@playwright/test";
import { signIn, uniqueId } from "./helpers";

// A tall window: the drag handle and its drop target must both be on screen, because a drag that
// has to scroll first starts from whatever is under the pointer after the scroll.
test.use({ locale: "en-GB", viewport: { width: 1280, height: 2400 } });

// The editor of issue 4: reordering by drag, formatting without typing the notation, rows pasted
// from a spreadsheet, and autosave keeping all of it.
test("an editor drags an article, makes a clause bold, pastes sub-processors, and it is all saved", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "daan@offertewerk.nl");
  await page.getByRole("link", { name: "New agreement" }).click();
  await page.getByLabel("Title").fill(`Editor test ${uniqueId()}`);
  await page.getByRole("radio", { name: /^English/ }).check();
  await page.getByRole("button", { name: "Create and open the editor" }).click();
  await expect(page).toHaveURL(/\/agreements\/(?!new$)[a-z0-9]+$/);
  const editorUrl = page.url();

  // Drag article 2 by its handle above article 1: the outline and the numbers follow.
  const firstTitle = await page.getByLabel("Title of article 1", { exact: true }).inputValue();
  const secondTitle = await page.getByLabel("Title of article 2", { exact: true }).inputValue();
  expect(firstTitle).not.toBe(secondTitle);
  const outlineLinks = page.getByRole("navigation", { name: "Sections of the agreement" }).getByRole("link");
  await expect(outlineLinks.nth(1)).toContainText(firstTitle);
  const article1 = page.getByRole("region", { name: "Article 1", exact: true });
  await article1.evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 300));
  await page.getByTitle("Drag to move article 2", { exact: true }).dragTo(article1, { targetPosition: { x: 60, y: 8 } });
  await expect(page.getByLabel("Title of article 1", { exact: true })).toHaveValue(secondTitle);
  await expect(page.getByLabel("Title of article 2", { exact: true })).toHaveValue(firstTitle);
  await expect(outlineLinks.nth(1)).toContainText(secondTitle);
  await expect(outlineLinks.nth(2)).toContainText(firstTitle);

  // Bold through the toolbar: the text gets the notation, the preview shows bold.
  const clause = page.getByLabel("Clause 1.1", { exact: true });
  await clause.fill("The processor acts only on documented instructions.");
  await clause.focus();
  await clause.evaluate((element: HTMLTextAreaElement) => element.setSelectionRange(4, 13));
  await page.getByRole("toolbar", { name: "Formatting of clause 1.1" }).getByRole("button", { name: "Bold", exact: true }).click();
  await expect(clause).toHaveValue("The **processor** acts only on documented instructions.");
  await expect(page.getByRole("group", { name: "Preview of clause 1.1" }).locator("strong")).toHaveText("processor");

  // Two rows copied from a spreadsheet, pasted into the name of a new, empty sub-processor.
  const annex2 = page.getByRole("region", { name: /Annex 2/ });
  const rowHeadings = annex2.getByRole("heading", { name: /^Sub-processor \d+/ });
  const before = await rowHeadings.count();
  await annex2.getByRole("button", { name: "Add sub-processor" }).click();
  await expect(rowHeadings).toHaveCount(before + 1);
  const tsv = "Hetzner Online\tHosting\tBack-ups\tAll customer data\tDuitsland\r\nMailgun\tE-mail\tSending e-mails\tE-mail addresses\tVerenigde Staten\r\n";
  await annex2.getByRole("textbox", { name: "Name", exact: true }).nth(before).evaluate((element, text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, tsv);
  await expect(rowHeadings).toHaveCount(before + 2);
  await expect(rowHeadings.nth(before)).toContainText("Hetzner Online · Germany");
  await expect(rowHeadings.nth(before + 1)).toContainText("Mailgun · United States");
  await expect(annex2.getByLabel("Location").nth(before)).toHaveValue("DE");
  await expect(annex2.getByLabel("Location").nth(before + 1)).toHaveValue("US");
  await expect(annex2.getByLabel("Purposes").nth(before + 1)).toHaveValue("Sending e-mails");
  await expect(annex2.getByRole("status")).toHaveText("Rows pasted from the clipboard: 2.");
  // Outside the EU/EEA without a transfer basis: said at the field.
  await expect(annex2.getByText("Outside the EU/EEA: choose the basis for the transfer.")).toBeVisible();

  // Autosave: after a reload everything is still there.
  await expect(page.getByText(/Saved at|All changes saved/)).toBeVisible({ timeout: 15_000 });
  await page.goto(editorUrl);
  await expect(page.getByLabel("Title of article 1", { exact: true })).toHaveValue(secondTitle);
  await expect(page.getByLabel("Clause 1.1", { exact: true })).toHaveValue("The **processor** acts only on documented instructions.");
  await expect(page.getByRole("group", { name: "Preview of clause 1.1" }).locator("strong")).toHaveText("processor");
  await expect(rowHeadings).toHaveCount(before + 2);
  await expect(annex2.getByLabel("Location").nth(before)).toHaveValue("DE");
  await expect(annex2.getByLabel("Location").nth(before + 1)).toHaveValue("US");
  await expect(annex2.getByRole("textbox", { name: "Name", exact: true }).nth(before + 1)).toHaveValue("Mailgun");
});
