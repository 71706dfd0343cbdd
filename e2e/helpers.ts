import { randomUUID } from "node:crypto";
import { expect, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";

export const demoPassword = "demo-wachtwoord-2026";
export const demoOwner = "sanne@offertewerk.nl";
export const demoOtherOrgOwner = "bram@bakkerijbrood.nl";
/** The published TOTP key of the demo owners (prisma/demo/seed-demo.ts). */
export const demoTotpSecret = "VERWERKERSOVEREENKOMSTDEMO234567";

export const uniqueId = () => randomUUID().slice(0, 8);

/** TOTP keys of the accounts that need a second factor: the demo owners, and owners set up by signUp(). */
const totpSecrets = new Map<string, string>([
  [demoOwner, demoTotpSecret],
  [demoOtherOrgOwner, demoTotpSecret],
]);

/** The current code of an authenticator app holding this key. */
export function totpCode(secretBase32: string): string {
  return new TOTP({ secret: Secret.fromBase32(secretBase32) }).generate();
}

/**
 * Signs in through the form, as a person would, and waits for the dashboard. When the account
 * has two-factor sign-in, the form asks for the code and the helper types the current one.
 */
export async function signIn(page: Page, email: string, password = demoPassword) {
  await page.goto("/login");
  await page.getByLabel(/e-mail/i).fill(email);
  await page.getByLabel(/^(password|wachtwoord)$/i).fill(password);
  await page.getByRole("button", { name: /sign in|inloggen/i }).click();
  const secret = totpSecrets.get(email);
  if (secret) {
    const codeField = page.getByLabel(/authentication code|verificatiecode/i);
    await expect(codeField).toBeVisible();
    await codeField.fill(totpCode(secret));
    await page.getByRole("button", { name: /sign in|inloggen/i }).click();
  }
  await expect(page).toHaveURL(/\/app\/[a-z0-9-]+/);
}

/** The latest link of this kind in the app's mailbox for this address. */
export async function readLinkFromMailbox(context: BrowserContext, email: string, pathPattern: RegExp): Promise<string> {
  const mailbox = await context.newPage();
  let link: string | undefined;
  try {
    await expect(async () => {
      await mailbox.goto(`/mailbox?to=${encodeURIComponent(email)}`);
      const text = await mailbox.locator("body").innerText();
      link = text.match(new RegExp(`https?://[^\\s]*${pathPattern.source}`))?.[0];
      expect(link, `a link in the mailbox of ${email}`).toBeTruthy();
    }).toPass({ timeout: 15_000 });
  } finally {
    await mailbox.close();
  }
  return new URL(link!).pathname;
}

/** On /account/two-factor: reads the key, types the current code, returns the key and the recovery codes. */
export async function setUpTwoFactor(page: Page): Promise<{ secret: string; recoveryCodes: string[] }> {
  const secret = (await page.getByTestId("totp-secret").innerText()).trim();
  await page.getByLabel(/code from the app|code uit de app/i).fill(totpCode(secret));
  await page.getByRole("button", { name: /^(turn on|aanzetten)$/i }).click();
  const list = page.getByRole("list", { name: /recovery codes|herstelcodes/i });
  await expect(list.getByRole("listitem")).toHaveCount(10);
  const recoveryCodes = await list.getByRole("listitem").allInnerTexts();
  return { secret, recoveryCodes };
}

/** Fills the organisation form (sign-up's second step, or /app/new) and submits it. */
export async function createOrganisationThroughForm(page: Page, legalName: string) {
  await page.getByLabel(/legal name|statutaire naam/i).fill(legalName);
  await page.getByLabel(/registration number|kvk/i).fill("12345678");
  await page.getByLabel(/street|straat/i).fill("Damrak 1");
  await page.getByLabel(/postal code|postcode/i).fill("1012 LG");
  await page.getByLabel(/^(city|plaats)$/i).fill("Amsterdam");
  await page.getByLabel(/privacy/i).fill("privacy@example.test");
  await page.getByRole("button", { name: /create organisation|organisatie aanmaken/i }).click();
}

/** Signs up a person: the account, the link from the mailbox, only then the organisation. */
export async function signUpAccount(page: Page, { name = "Anna de Boer" } = {}) {
  const email = `anna-${uniqueId()}@example.test`;
  const password = "correct paard batterij nietje";
  await page.goto("/signup");
  await page.getByLabel(/full name|volledige naam/i).fill(name);
  await page.getByLabel(/^e-mail/i).first().fill(email);
  await page.getByLabel(/^(password|wachtwoord)/i).fill(password);
  // Sign-ups are limited per IP address (20 an hour) and every test comes from localhost: this one
  // comes from an address of its own, as with newSignerContext.
  const hex = () => randomUUID().slice(0, 4);
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `2001:db8:${hex()}:${hex()}::1` });
  await page.getByRole("button", { name: /create account|account aanmaken/i }).click();
  await expect(page).toHaveURL(/\/account\/verify-email$/, { timeout: 20_000 });
  await page.setExtraHTTPHeaders({});
  return { email, password };
}

/** Opens the verification link from the mailbox and confirms the address. */
export async function verifyEmailFromMailbox(page: Page, email: string) {
  const path = await readLinkFromMailbox(page.context(), email, /\/account\/verify-email\/[0-9a-f]{64}/);
  await page.goto(path);
  await page.getByRole("button", { name: /confirm e-mail address|e-mailadres bevestigen/i }).click();
  await expect(page.getByText(/your e-mail address is confirmed|uw e-mailadres is bevestigd/i)).toBeVisible();
}

/**
 * Signs up a new person with a new organisation, as a person would: account, verification link,
 * organisation, two-factor setup (owners must). Returns the slug and what is needed to sign in.
 */
export async function signUp(page: Page, { name = "Anna de Boer", legalName = `Testbedrijf ${uniqueId()} B.V.` } = {}) {
  const { email, password } = await signUpAccount(page, { name });
  await verifyEmailFromMailbox(page, email);
  await page.getByRole("link", { name: /^(continue|verder)$/i }).click();
  await expect(page).toHaveURL(/\/app\/new$/);
  await createOrganisationThroughForm(page, legalName);
  await expect(page).toHaveURL(/\/account\/two-factor\?next=/, { timeout: 20_000 });
  const { secret, recoveryCodes } = await setUpTwoFactor(page);
  totpSecrets.set(email, secret);
  await page.getByRole("link", { name: /saved them|bewaard/i }).click();
  await expect(page).toHaveURL(/\/app\/[a-z0-9-]+$/, { timeout: 20_000 });
  const slug = new URL(page.url()).pathname.split("/")[2];
  return { email, password, slug, legalName, totpSecret: secret, recoveryCodes };
}

/** Draws a signature with real mouse moves on the signature canvas. */
export async function drawSignature(page: Page) {
  const canvas = page.getByRole("img", { name: /handtekeningveld|signature field/i }).first();
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.15, box.y + box.height * 0.6);
  await page.mouse.down();
  for (let i = 0; i <= 30; i++) {
    const x = box.x + box.width * (0.15 + (0.7 * i) / 30);
    const y = box.y + box.height * (0.55 + 0.25 * Math.sin(i / 3));
    await page.mouse.move(x, y, { steps: 2 });
  }
  await page.mouse.up();
}

/**
 * A browser context for a signer with an IP address of its own. Signing codes are limited per IP
 * address (5 an hour) and every browser test comes from localhost, which playwright.config.ts lists
 * as a trusted proxy (TRUSTED_PROXIES): the app takes the address from X-Forwarded-For.
 */
export async function newSignerContext(browser: Browser, options: BrowserContextOptions = {}) {
  const hex = () => randomUUID().slice(0, 4);
  return browser.newContext({ ...options, extraHTTPHeaders: { ...options.extraHTTPHeaders, "x-forwarded-for": `2001:db8:${hex()}:${hex()}::${hex()}` } });
}

/** The latest signing code sent to this address, read from the app's mailbox page as a person would. */
export async function readCodeFromMailbox(context: BrowserContext, email: string): Promise<string> {
  const mailbox = await context.newPage();
  let code: string | undefined;
  try {
    await expect(async () => {
      await mailbox.goto(`/mailbox?to=${encodeURIComponent(email)}`);
      const text = await mailbox.locator("body").innerText();
      code = (text.match(/(?:code|bevestigingscode)\D{0,60}?(\d{6})\b/i) ?? text.match(/\b(\d{6})\b/))?.[1];
      expect(code, `a code in the mailbox of ${email}`).toBeTruthy();
    }).toPass({ timeout: 15_000 });
  } finally {
    await mailbox.close();
  }
  return code!;
}

/** The e-mail step of the signing form: address, "Code versturen", the code from the mailbox. */
export async function verifySignerEmail(page: Page, email: string) {
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Code versturen" }).click();
  await expect(page.getByText(/We hebben een code van 6 cijfers gestuurd/)).toBeVisible();
  const code = await readCodeFromMailbox(page.context(), email);
  // Six digits are checked as soon as they are in.
  await page.getByLabel("Code uit de e-mail").fill(code);
  await expect(page.getByText("E-mailadres bevestigd")).toBeVisible();
  await expect(page.getByLabel("E-mailadres")).toHaveValue(email);
}

export async function fillSigningDetails(page: Page, { legalName, signer }: { legalName: string; signer: string }) {
  await page.getByLabel("Statutaire naam").fill(legalName);
  await page.getByLabel("KvK-nummer").fill("58123947");
  await page.getByLabel("Straat en huisnummer").fill("Oudegracht 112");
  await page.getByLabel("Postcode").fill("3511 AX");
  await page.getByLabel("Plaats", { exact: true }).fill("Utrecht");
  await page.getByLabel("Volledige naam").fill(signer);
  await page.getByLabel("Functie").fill("Eigenaar");
  await page.getByLabel("Plaats van ondertekening").fill("Utrecht");
}

/** Everything but the signature and the two checkboxes, including the e-mail verification. */
export async function fillSigningForm(page: Page, { legalName, signer, email }: { legalName: string; signer: string; email: string }) {
  await fillSigningDetails(page, { legalName, signer });
  await verifySignerEmail(page, email);
}

/**
 * In the editor: completes the standard template's marked fields ("[[Vul in: omschrijving]]" becomes
 * "omschrijving"), as a processor must before publishing, and waits until the draft is saved.
 */
export async function completeTemplateFields(page: Page) {
  const fields = page.locator("main input[data-path], main textarea[data-path]");
  const values = await fields.evaluateAll((elements) => elements.map((element) => (element as HTMLInputElement).value));
  let isChanged = false;
  for (const [index, value] of values.entries()) {
    if (!value.includes("[[")) continue;
    await fields.nth(index).fill(value.replace(/\[\[(?:Vul in|Fill in):\s*([^\]]*)\]\]/g, "$1"));
    isChanged = true;
  }
  if (!isChanged) return;
  await expect(page.getByText("Saving…")).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByText(/Saved at|All changes saved/)).toBeVisible({ timeout: 15_000 });
}

/** In the editor: completes the template's marked fields, draws the processor's signature, signs the saved draft and publishes it as `version`. */
export async function signAndPublish(page: Page, version: number) {
  await completeTemplateFields(page);
  const signPublish = page.getByRole("region", { name: "Signature & publish" });
  await drawSignature(page);
  await signPublish.getByRole("checkbox").check();
  await signPublish.getByRole("button", { name: /^Sign for / }).click();
  await expect(signPublish.getByText("Valid for the current text").first()).toBeVisible({ timeout: 15_000 });
  page.once("dialog", (dialog) => void dialog.accept());
  await signPublish.getByRole("button", { name: `Publish as version ${version}` }).click();
  await expect(page.getByText(`Version ${version} is published`)).toBeVisible({ timeout: 20_000 });
}
