import { expect, test } from "@playwright/test";
import { demoOwner, demoPassword, demoTotpSecret, readLinkFromMailbox, signIn, signUp, signUpAccount, totpCode, uniqueId, verifyEmailFromMailbox } from "./helpers";

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
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid e-mail address.")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
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

test("an account cannot create an organisation before its address is verified; a replaced link no longer works", async ({ page }) => {
  const { email } = await signUpAccount(page);
  await expect(page.getByRole("heading", { name: "Confirm your e-mail address" })).toBeVisible();
  await page.goto("/app/new");
  await expect(page).toHaveURL(/\/account\/verify-email$/);
  const firstLink = await readLinkFromMailbox(page.context(), email, /\/account\/verify-email\/[0-9a-f]{64}/);
  await page.getByRole("button", { name: "Send the link again" }).click();
  await expect(page.getByText("A new link is on its way. Earlier links no longer work.")).toBeVisible();
  await page.goto(firstLink);
  await page.getByRole("button", { name: "Confirm e-mail address" }).click();
  await expect(page.getByText(/This link is not valid/)).toBeVisible();
  await page.goto("/app/new");
  await expect(page).toHaveURL(/\/account\/verify-email$/);
  await verifyEmailFromMailbox(page, email);
  await page.goto("/app/new");
  await expect(page.getByLabel("Legal name")).toBeVisible();
});

test("sign-in asks owners for the TOTP code after the password; a wrong code is refused, a recovery code works once", async ({ browser }) => {
  test.setTimeout(90_000);
  const setupContext = await browser.newContext({ locale: "en-GB" });
  const account = await signUp(await setupContext.newPage());
  await setupContext.close();

  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("E-mail address").fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  const code = page.getByLabel("Authentication code or recovery code");
  await expect(code).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  const right = totpCode(account.totpSecret);
  await code.fill(right === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("This code is not correct.", { exact: false })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  await code.fill(account.recoveryCodes[0]);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`/app/${account.slug}`);

  // The recovery code is spent. (The button works once the page has hydrated: wait for it to settle.)
  await expect(page.getByRole("heading", { level: 1, name: account.legalName })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/");
  await page.goto("/login");
  await page.getByLabel("E-mail address").fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByLabel("Authentication code or recovery code").fill(account.recoveryCodes[0]);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("This code is not correct.", { exact: false })).toBeVisible();
  await context.close();
});

test("after sign-in only paths on this site are followed", async ({ page, baseURL }) => {
  for (const next of ["/%5Cevil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "https://evil.example/"]) {
    await page.context().clearCookies();
    await page.goto(`/login?next=${encodeURIComponent(next)}`);
    await page.getByLabel("E-mail address").fill(demoOwner);
    await page.getByLabel("Password", { exact: true }).fill(demoPassword);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByLabel("Authentication code or recovery code").fill(totpCode(demoTotpSecret));
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/app\/offertewerk$/);
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  }
  // Signed in, the login page sends a hostile target home too.
  await page.goto(`/login?next=${encodeURIComponent("/%5Cevil.example")}`);
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
});

test("a forgotten password is reset by a link from the mailbox, and the old sessions end", async ({ browser }) => {
  test.setTimeout(90_000);
  const firstContext = await browser.newContext({ locale: "en-GB" });
  const first = await firstContext.newPage();
  const account = await signUp(first);

  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Forgot your password" })).toBeVisible();
  await page.getByLabel("E-mail address").fill(account.email);
  await page.getByRole("button", { name: "Send link" }).click();
  await expect(page.getByText("If this address has an account, a link is on its way.")).toBeVisible();
  const link = await readLinkFromMailbox(context, account.email, /\/account\/reset-password\/[0-9a-f]{64}/);
  await page.goto(link);
  const newPassword = "nieuwe fiets onder de brug";
  await page.getByLabel("New password").fill(newPassword);
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByText(/Your password is set and every session has ended/)).toBeVisible();
  // The link works once.
  await page.goto(link);
  await expect(page.getByText(/This link is not valid/)).toBeVisible();
  // The session that was open before is gone.
  await first.goto(`/app/${account.slug}`);
  await expect(first).toHaveURL(/\/login/);
  await signIn(page, account.email, newPassword);
  await firstContext.close();
  await context.close();
});

test("the security page lists the sessions and ends the others", async ({ browser }) => {
  test.setTimeout(90_000);
  const aContext = await browser.newContext({ locale: "en-GB" });
  const a = await aContext.newPage();
  const account = await signUp(a);
  const bContext = await browser.newContext({ locale: "en-GB", userAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0" });
  const b = await bContext.newPage();
  await signIn(b, account.email, account.password);

  await a.getByRole("link", { name: "Account security" }).click();
  await expect(a.getByRole("heading", { level: 1, name: "Account security" })).toBeVisible();
  await expect(a.getByText("This session", { exact: true })).toBeVisible();
  await expect(a.getByRole("cell", { name: "Firefox · Linux", exact: true })).toBeVisible();
  await a.getByRole("button", { name: "End all other sessions" }).click();
  await expect(a.getByRole("cell", { name: "Firefox · Linux", exact: true })).toHaveCount(0);
  await b.goto(`/app/${account.slug}`);
  await expect(b).toHaveURL(/\/login/);
  await a.goto(`/app/${account.slug}`);
  await expect(a).toHaveURL(`/app/${account.slug}`);
  await aContext.close();
  await bContext.close();
});
