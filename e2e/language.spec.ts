import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("the interface follows the browser's language until the reader switches, and remembers the switch", async ({ browser }) => {
  const dutch = await browser.newContext({ locale: "nl-NL" });
  const page = await dutch.newPage();
  await page.goto("/");
  await expect(page.getByRole("banner").getByRole("link", { name: "Inloggen" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");

  await page.getByRole("button", { name: "en", exact: true }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  // Signed in, the whole product follows the choice, and switching back works there too.
  await signIn(page, "sanne@offertewerk.nl");
  await expect(page.getByRole("heading", { name: "Agreements", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "nl", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Overeenkomsten", exact: true })).toBeVisible();
  await expect(page.getByText(/Uw rol: Eigenaar/)).toBeVisible();
  await dutch.close();

  const english = await browser.newContext({ locale: "en-GB" });
  const other = await english.newPage();
  await other.goto("/");
  await expect(other.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await english.close();
});
