import { expect, test } from "@playwright/test";
import pg from "pg";
import { newSignerContext, readCodeFromMailbox, uniqueId } from "./helpers";

const agreementPath = "/offertewerk/verwerkersovereenkomst-offertewerk";

/** What one code cost: its tries, and the refusals written to the audit trail of its session. */
async function costOfCode(email: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ attempts: number; refusals: string }>(
      `SELECT v."attempts",
              (SELECT count(*) FROM "AuditEvent" e WHERE e."signingSessionId" = v."signingSessionId" AND e."type" = 'signing.code_refused') AS refusals
         FROM "EmailVerification" v WHERE v."email" = $1`,
      [email],
    );
    return rows.map((row) => ({ attempts: Number(row.attempts), refusals: Number(row.refusals) }));
  } finally {
    await client.end();
  }
}

test("a wrong code typed digit by digit and then Enter costs one try and one audit row", async ({ browser }) => {
  const context = await newSignerContext(browser, { locale: "nl-NL" });
  const page = await context.newPage();
  await page.goto(`${agreementPath}/sign`);
  const email = `enter-${uniqueId()}@code.test`;
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByRole("button", { name: "Code versturen" }).click();
  const code = await readCodeFromMailbox(context, email);
  const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");

  const field = page.getByLabel("Code uit de e-mail");
  // The sixth digit sends the code by itself; the Enter right after it must not send it again.
  await field.pressSequentially(wrong);
  await field.press("Enter");
  await expect(page.getByText("Deze code klopt niet. U kunt het nog 4 keer proberen.")).toBeVisible();
  // And Enter again on the refused code sends nothing either.
  await field.press("Enter");
  await page.getByRole("button", { name: "Code bevestigen" }).click();
  await page.waitForTimeout(1000);
  await expect(page.getByText("Deze code klopt niet. U kunt het nog 4 keer proberen.")).toBeVisible();
  expect(await costOfCode(email)).toEqual([{ attempts: 1, refusals: 1 }]);

  await field.fill(code);
  await expect(page.getByText("E-mailadres bevestigd")).toBeVisible();
  await context.close();
});
