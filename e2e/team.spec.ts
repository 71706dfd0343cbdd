import { expect, test, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { demoOtherOrgOwner, setUpTwoFactor, signIn, signUp, uniqueId } from "./helpers";

test.use({ locale: "en-GB" });

// Every owner here is a fresh sign-up, so these tests change no demo data.

async function invite(page: Page, slug: string, email: string, role: "Admin" | "Editor" | "Viewer") {
  await page.goto(`/app/${slug}/members`);
  await page.getByLabel("E-mail address", { exact: true }).fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption({ label: role });
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${email}.`)).toBeVisible();
}

/** The invitation link from the app's mailbox, as the invitee would click it. */
async function invitationPath(browser: Browser, email: string): Promise<string> {
  const mailbox = await browser.newPage();
  let path: string | undefined;
  try {
    await expect(async () => {
      await mailbox.goto(`/mailbox?to=${encodeURIComponent(email)}`);
      path = (await mailbox.locator("body").innerText()).match(/\/invite\/[0-9a-f]{64}/)?.[0];
      expect(path, `an invitation link in the mailbox of ${email}`).toBeTruthy();
    }).toPass({ timeout: 15_000 });
  } finally {
    await mailbox.close();
  }
  return path!;
}

async function setRole(owner: Page, slug: string, name: string, role: "Admin" | "Editor" | "Viewer") {
  await owner.goto(`/app/${slug}/members`);
  await owner.getByLabel(`Role of ${name}`).selectOption({ label: role });
  await expect(owner.getByText(`Role of ${name} changed to ${role}.`)).toBeVisible();
}

test("an owner invites an editor who accepts and edits; the server refuses what a changed role no longer allows", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const owner = await signUp(page);
  await page.getByRole("link", { name: "New agreement" }).click();
  await page.getByLabel("Title").fill(`DPA ${uniqueId()}`);
  await page.getByRole("button", { name: "Create and open the editor" }).click();
  await expect(page).toHaveURL(/\/agreements\/(?!new$)[a-z0-9]+$/);
  const editorUrl = new URL(page.url()).pathname;

  const email = `redacteur-${uniqueId()}@example.test`;
  const name = `Rik ${uniqueId()}`;
  await invite(page, owner.slug, email, "Editor");
  await expect(page.getByTestId("invitations-table")).toContainText(email);
  const link = await invitationPath(browser, email);

  // The invitee has no account: the link offers one with the invited address, then joins.
  const inviteeContext = await browser.newContext({ locale: "en-GB" });
  const invitee = await inviteeContext.newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { level: 1, name: `Join ${owner.legalName}` })).toBeVisible();
  await expect(invitee.getByLabel("E-mail address")).toHaveValue(email);
  await invitee.getByLabel("Full name").fill(name);
  await invitee.getByLabel("Password").fill("zeven groene bomen langs de dijk");
  await invitee.getByRole("button", { name: "Create account and join" }).click();
  await expect(invitee).toHaveURL(new RegExp(`/app/${owner.slug}$`), { timeout: 20_000 });

  // As editor: edits the draft, and it is saved.
  await invitee.goto(editorUrl);
  await invitee.locator(`input[data-path="title"]`).fill("Bewerkt door de redacteur");
  await expect(invitee.getByText(/Saved at/)).toBeVisible({ timeout: 15_000 });

  // The link worked once.
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { name: "This invitation has already been used" })).toBeVisible();

  // An editor sees no member management, and the server refuses it: promoted to admin, the invitee
  // opens the invite form; demoted back to editor before submitting, the server says no.
  await invitee.goto(`/app/${owner.slug}/members`);
  await expect(invitee.getByRole("button", { name: "Send invitation" })).toHaveCount(0);
  await setRole(page, owner.slug, name, "Admin");
  // An admin must set up two-factor sign-in before acting in the organisation.
  await invitee.goto(`/app/${owner.slug}/members`);
  await expect(invitee).toHaveURL(/\/account\/two-factor\?next=/);
  await setUpTwoFactor(invitee);
  await invitee.getByRole("link", { name: "I have saved them, continue" }).click();
  await expect(invitee).toHaveURL(new RegExp(`/app/${owner.slug}$`));
  await invitee.goto(`/app/${owner.slug}/members`);
  const refusedEmail = `nee-${uniqueId()}@example.test`;
  await invitee.getByLabel("E-mail address", { exact: true }).fill(refusedEmail);
  await setRole(page, owner.slug, name, "Editor");
  await invitee.getByRole("button", { name: "Send invitation" }).click();
  await expect(invitee.getByRole("alert").filter({ hasText: "Your role does not allow this." })).toBeVisible();
  await expect(invitee.getByLabel("E-mail address", { exact: true })).toHaveValue(refusedEmail);
  await page.reload();
  await expect(page.getByTestId("members-table")).toBeVisible();
  await expect(page.getByText(refusedEmail)).toHaveCount(0);

  // A viewer cannot edit: with the editor still open from before, the save is refused by the server.
  await invitee.goto(editorUrl);
  await expect(invitee.locator(`input[data-path="title"]`)).toBeEditable();
  await setRole(page, owner.slug, name, "Viewer");
  await invitee.locator(`input[data-path="title"]`).fill("Bewerkt door een lezer");
  await expect(invitee.getByText("Not saved: Your role does not allow this.")).toBeVisible({ timeout: 15_000 });
  await invitee.reload();
  await expect(invitee.getByText("Read only").first()).toBeVisible();
  await expect(invitee.locator(`input[data-path="title"]`)).toHaveValue("Bewerkt door de redacteur");

  // The owner removes the member, who then has no access at all.
  await page.goto(`/app/${owner.slug}/members`);
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: `Remove ${name}` }).click();
  await expect(page.getByText(`${name} has been removed.`)).toBeVisible();
  expect((await invitee.goto(`/app/${owner.slug}`))?.status()).toBe(404);
  await inviteeContext.close();
});

test("expired, revoked, foreign and unknown invitation links show a clear page and grant no access", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const owner = await signUp(page);
  const [foreignEmail, revokedEmail, expiredEmail] = ["a", "b", "c"].map((p) => `${p}-${uniqueId()}@example.test`);
  await invite(page, owner.slug, foreignEmail, "Admin");
  await invite(page, owner.slug, revokedEmail, "Editor");
  await invite(page, owner.slug, expiredEmail, "Viewer");
  const [foreignLink, revokedLink, expiredLink] = [
    await invitationPath(browser, foreignEmail),
    await invitationPath(browser, revokedEmail),
    await invitationPath(browser, expiredEmail),
  ];
  await page.getByRole("button", { name: `Revoke the invitation for ${revokedEmail}` }).click();
  await expect(page.getByText(`The invitation for ${revokedEmail} has been revoked.`)).toBeVisible();
  // Seven days pass for one of them (the test database is local; playwright.config.ts checks that).
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(`UPDATE "Invitation" SET "expiresAt" = now() - interval '1 minute' WHERE email = $1`, [expiredEmail]);
  } finally {
    await client.end();
  }

  // Signed in as someone else (the owner of another organisation).
  const otherContext = await browser.newContext({ locale: "en-GB" });
  const other = await otherContext.newPage();
  await signIn(other, demoOtherOrgOwner);
  const pages: [string, string][] = [
    [foreignLink, "This invitation is for someone else"],
    [revokedLink, "This invitation has been revoked"],
    [expiredLink, "This invitation has expired"],
    [`/invite/${"0".repeat(64)}`, "This invitation link does not exist"],
    ["/invite/not-a-token", "This invitation link does not exist"],
  ];
  for (const [path, heading] of pages) {
    await other.goto(path);
    await expect(other.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(other.getByRole("button", { name: /^Join / })).toHaveCount(0);
  }
  expect((await other.goto(`/app/${owner.slug}`))?.status()).toBe(404);

  // Signed out, the revoked and expired links offer no sign-up either.
  const anonymous = await browser.newPage();
  for (const path of [revokedLink, expiredLink]) {
    await anonymous.goto(path);
    await expect(anonymous.getByRole("button", { name: "Create account and join" })).toHaveCount(0);
  }
  await otherContext.close();
});
