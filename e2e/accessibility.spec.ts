// Every page of the product through axe (WCAG 2.0/2.1, A and AA): a serious or critical violation
// fails the test, with the rule, the elements and axe's own explanation in the message. Signed in
// where the page needs it; the signing flow is walked through once so that the confirmation page,
// the audit list and a trail exist.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demoOwner, fillSigningForm, newSignerContext, signIn, uniqueId } from "./helpers";

const agreementPath = "/offertewerk/verwerkersovereenkomst-offertewerk";
const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** The serious and critical violations on the page as it is now, one line per element. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    // WCAG 2.5.3 label in name: axe marks the rule experimental and leaves it off unless asked.
    .options({ rules: { "label-content-name-mismatch": { enabled: true } } })
    .withTags(tags)
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} (${violation.impact}) ${node.target.join(" ")}: ${node.failureSummary?.replace(/\s+/g, " ")}`),
    );
}

/** Soft: one page's violations do not hide the next page's. */
async function expectAccessible(page: Page, name: string) {
  await page.waitForLoadState("networkidle");
  // Kept with the test's results, to look at what was checked.
  await page.screenshot({ path: test.info().outputPath(`${name.replace(/[^a-z0-9]+/gi, "-")}.png`), fullPage: true });
  expect.soft(await seriousViolations(page), `axe on ${name} (${page.url()})`).toEqual([]);
}

// Not serial: a violation on one page must not keep the other pages from being checked. The tests
// run in file order in one worker (fullyParallel is off), so the signature of the second test
// gives the last one its audit trail.

test("the check itself sees low contrast and a link whose name hides its visible text", async ({ page }) => {
  await page.goto("/");
  await page.setContent(`<!doctype html><html lang="en"><title>t</title><main>
    <h1>Check</h1>
    <p style="color:#94a3b8;background:#fff">Grey text on white (slate-400)</p>
    <a href="/x" aria-label="View the audit trail of DPA-1">View trail</a></main></html>`);
  const found = (await seriousViolations(page)).join("\n");
  expect(found).toContain("color-contrast (serious)");
  expect(found).toContain("label-content-name-mismatch (serious)");
});

test("public pages: home, sign-in, sign-up, trust page, DPA, verify, download link", async ({ page }) => {
  // Nine pages through axe; 32 s were seen with another spec running on the second worker.
  test.setTimeout(90_000);
  for (const [name, path] of [
    ["home", "/"],
    ["sign-in", "/login"],
    ["sign-up", "/signup"],
    ["trust page", "/offertewerk"],
    ["DPA page", agreementPath],
    ["DPA page (English UI)", `${agreementPath}?lang=en`],
    ["verify", "/verify"],
    ["download link", "/download-link"],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expectAccessible(page, name);
  }
});

test("the sign page with both signature tabs, and the confirmation page", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await newSignerContext(browser, { locale: "nl-NL" });
  const page = await context.newPage();
  await page.goto(`${agreementPath}/sign`);
  await expectAccessible(page, "sign page (draw tab)");

  // Both tabs are reachable with Tab, one after the other, and Enter or Space selects one.
  const drawTab = page.getByRole("tab", { name: "Tekenen" });
  const typeTab = page.getByRole("tab", { name: "Typen" });
  await drawTab.focus();
  await page.keyboard.press("Tab");
  await expect(typeTab).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(typeTab).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Shift+Tab");
  await expect(drawTab).toBeFocused();
  await expectAccessible(page, "sign page (type tab)");

  // Signing with a typed name leads to the confirmation page.
  const email = `toegankelijk-${uniqueId()}@bakkerij.test`;
  await fillSigningForm(page, { legalName: `Toegankelijk ${uniqueId()} B.V.`, signer: "Tess Toegankelijk", email });
  await typeTab.click();
  await page.getByRole("checkbox").nth(0).check();
  await page.getByRole("checkbox").nth(1).check();
  await expectAccessible(page, "sign page (filled in, verified)");
  await page.getByRole("button", { name: "Overeenkomst ondertekenen" }).click();
  await expect(page.getByRole("heading", { name: "Overeenkomst ondertekend" })).toBeVisible({ timeout: 20_000 });
  await expectAccessible(page, "confirmation");
  await context.close();
});

test("signed-in pages: dashboard, editor, versions, redline, import, members, audit list and trail", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, demoOwner);
  await page.goto("/app/offertewerk");
  await expect(page.getByTestId("signed-agreements")).toBeVisible();
  await expectAccessible(page, "dashboard with the signed list");

  await page.getByRole("link", { name: "Verwerkersovereenkomst Offertewerk" }).first().click();
  await expect(page.getByRole("button", { name: "Start a new version" })).toBeVisible();
  await expectAccessible(page, "agreement (published, read-only)");

  // The English demo agreement (no other spec edits it) gets a draft: the editor, and a pair to compare.
  await page.goto("/app/offertewerk");
  await page.getByRole("link", { name: "Data Processing Agreement Offertewerk Sign" }).first().click();
  await page.getByRole("button", { name: "Start a new version" }).click();
  await expect(page.getByRole("region", { name: "Signature & publish" })).toBeVisible({ timeout: 15_000 });
  const editorUrl = page.url();
  await expectAccessible(page, "editor");

  await page.goto(`${editorUrl}/versions`);
  await expectAccessible(page, "versions");
  await page.getByRole("button", { name: "Show changes" }).click();
  await expect(page).toHaveURL(/\/versions\/redline\?/);
  await expectAccessible(page, "redline");
  await page.goto(`${editorUrl}/preview`);
  await expectAccessible(page, "preview of the draft");

  for (const [name, path] of [
    ["import", "/app/offertewerk/agreements/import"],
    ["new agreement", "/app/offertewerk/agreements/new"],
    ["members", "/app/offertewerk/members"],
    ["new organisation", "/app/new"],
  ] as const) {
    expect((await page.goto(path))?.status(), path).toBe(200);
    await expectAccessible(page, name);
  }

  await page.goto("/app/offertewerk/audit");
  await expect(page.getByTestId("audit-signed-agreements")).toBeVisible();
  await expectAccessible(page, "audit list");
  // The link's name starts with what it shows (label-in-name), and leads to one trail.
  await page.getByRole("link", { name: /^View trail of / }).first().click();
  await expect(page.getByTestId("audit-events")).toBeVisible();
  // Sentences and actors in words, never raw keys or "visitor".
  await expect(page.getByTestId("audit-events")).toContainText("Verification code sent by e-mail");
  await expect(page.getByTestId("audit-events")).toContainText("the signer (");
  await expect(page.getByTestId("audit-events")).not.toContainText(/signing\.code_sent|agreement\.signed|\bvisitor\b/);
  await expectAccessible(page, "audit trail");
});
