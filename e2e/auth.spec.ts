import { expect, test } from "@playwright/test";
import { signIn, signUp, uniqueId } from "./helpers";

test.use({ locale: "en-GB" });

test("a person signs up with an organisation, signs out and signs in again", async ({ page }) => {
  const account = await signUp(page);
  await expect(page.getByRole("heading", { level: 1, name: account.legalName })).toBeVisible();
  await expect(page.getByText("Your role: Owner")).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/");
  await page.goto(`/app/${account.slug}`);
  await expect(page).toHaveURL(/\/login/);

  await signIn(page, account.email, account.password);
  await expect(page).toHaveURL(`/app/${account.slug}`);
});

test("sign-up shows what is wrong at each field, keeps what was typed, and stores nothing", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Full name").fill("Piet");
  await page.getByLabel(/^E-mail address/).fill("piet@");
  await page.getByLabel(/^Password/).fill("short");
  await page.getByLabel("Registration number (KvK)").fill("1234");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid e-mail address.")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(page.getByText("A KvK number is exactly 8 digits.")).toBeVisible();
  await expect(page.getByText("This field is required.").first()).toBeVisible();
  await expect(page.getByLabel("Full name")).toHaveValue("Piet");
  await expect(page).toHaveURL(/\/signup$/);
});

test("a taken e-mail address is reported at the field", async ({ page, browser }) => {
  const first = await signUp(page);
  const other = await browser.newPage({ locale: "en-GB" });
  await other.goto("/signup");
  await other.getByLabel("Full name").fill("Someone Else");
  await other.getByLabel(/^E-mail address/).fill(first.email);
  await other.getByLabel(/^Password/).fill("another good passphrase");
  await other.getByLabel("Legal name").fill(`Ander ${uniqueId()} B.V.`);
  await other.getByLabel("Registration number (KvK)").fill("87654321");
  await other.getByLabel("Street and number").fill("Coolsingel 40");
  await other.getByLabel("Postal code").fill("3011 AD");
  await other.getByLabel("City").fill("Rotterdam");
  await other.getByLabel("Privacy contact e-mail").fill("privacy@ander.test");
  await other.getByRole("button", { name: "Create account" }).click();
  await expect(other.getByText("An account with this e-mail address already exists.")).toBeVisible();
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("E-mail address").fill("sanne@offertewerk.nl");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("The e-mail address or password is not correct.")).toBeVisible();
});

test("a member of two organisations switches between them", async ({ page }) => {
  const account = await signUp(page);
  await page.getByLabel("Switch organisation").selectOption({ label: "+ New organisation" });
  await expect(page).toHaveURL("/app/new");
  const second = `Tweede ${uniqueId()} B.V.`;
  await page.getByLabel("Legal name").fill(second);
  await page.getByLabel("Registration number (KvK)").fill("11223344");
  await page.getByLabel("Street and number").fill("Lange Voorhout 9");
  await page.getByLabel("Postal code").fill("2514 EA");
  await page.getByLabel("City").fill("Den Haag");
  await page.getByLabel("Privacy contact e-mail").fill("privacy@tweede.test");
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: second })).toBeVisible();

  await page.getByLabel("Switch organisation").selectOption({ label: account.legalName });
  await expect(page).toHaveURL(`/app/${account.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: account.legalName })).toBeVisible();
});

test("every response carries the security headers", async ({ request }) => {
  const response = await request.get("/login");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
});
