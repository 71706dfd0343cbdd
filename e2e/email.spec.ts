import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { demoOwner, signIn } from "./helpers";

const signerEmail = "bram@bakkerijbrood.nl"; // signed the seeded Dutch DPA for Bakkerij Brood & Zo

test("a controller asks for a fresh download link; it arrives in the mailbox and works", async ({ page, browser }) => {
  // The processor's dashboard shows the seeded agreement's reference.
  await signIn(page, demoOwner);
  const row = page.getByTestId("signed-agreements").getByRole("row", { name: /Bakkerij Brood & Zo/ });
  const reference = (await row.getByText(/^DPA-\d{4}-[0-9A-Z]{6}$/).textContent())!.trim();

  // The controller has no account. Its own IP address, because requests are limited per address.
  const hex = () => randomUUID().slice(0, 4);
  const controller = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `2001:db8:${hex()}::${hex()}` } });
  const form = await controller.newPage();
  await form.goto("/download-link?lang=en");
  await expect(form.getByRole("heading", { level: 1, name: "Request a new download link" })).toBeVisible();
  const neutral = "If this reference and address match a signed agreement, we have sent a link to that address.";

  // A pair that matches nothing gets exactly the same answer.
  await form.getByLabel("Reference").fill(reference);
  await form.getByLabel("E-mail address of the signer").fill(`someone-${hex()}@example.test`);
  await form.getByRole("button", { name: "Send the link" }).click();
  await expect(form.getByText(neutral)).toBeVisible();
  await form.getByRole("button", { name: "Request another link" }).click();

  await form.getByLabel("Reference").fill(reference.toLowerCase());
  await form.getByLabel("E-mail address of the signer").fill(signerEmail);
  await form.getByRole("button", { name: "Send the link" }).click();
  await expect(form.getByText(neutral)).toBeVisible();

  // The development mailbox (no SMTP_URL in tests) shows the kept message, newest first.
  const mailbox = await controller.newPage();
  await mailbox.goto(`/mailbox?to=${encodeURIComponent(signerEmail)}`);
  await expect(mailbox.getByText("Development and demo only")).toBeVisible();
  const message = mailbox.getByRole("article").filter({ hasText: `Your download link` }).filter({ hasText: reference }).first();
  await expect(message).toBeVisible();
  await expect(message).toContainText(signerEmail);
  // The app's job worker (started by instrumentation.ts) processes it: "Kept" instead of "Queued".
  await expect(async () => {
    await mailbox.reload();
    await expect(message).toContainText("Kept", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  const link = await message.getByRole("link", { name: /\/d\// }).getAttribute("href");
  const pdf = await controller.request.get(new URL(link!).pathname);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  await controller.close();
});
