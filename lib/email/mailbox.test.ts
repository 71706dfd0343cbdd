// Item 1 of issue 8: /mailbox exists only with DEV_MAILBOX=1 and no SMTP_URL.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { unique } from "@/lib/test/factories";
import MailboxPage from "@/app/(app)/mailbox/page";
import { listKeptEmails } from "./list-kept-emails";

const saved = { DEV_MAILBOX: process.env.DEV_MAILBOX, SMTP_URL: process.env.SMTP_URL };
afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

async function pageStatus(): Promise<string> {
  try {
    await MailboxPage({ searchParams: Promise.resolve({}) });
    return "rendered";
  } catch (error) {
    return String((error as { digest?: string }).digest ?? error);
  }
}

describe("the development mailbox", () => {
  it("answers 404 and lists nothing unless DEV_MAILBOX=1 (and never with SMTP_URL)", async () => {
    const to = `${unique("mailbox")}@example.com`;
    await db.emailMessage.create({ data: { to, subject: "kept", text: "kept", language: "en" } });

    delete process.env.DEV_MAILBOX;
    delete process.env.SMTP_URL;
    expect(await pageStatus()).toContain("404");
    expect(await listKeptEmails({ to })).toEqual([]);

    process.env.DEV_MAILBOX = "1";
    process.env.SMTP_URL = "smtp://127.0.0.1:9";
    expect(await pageStatus()).toContain("404");
    expect(await listKeptEmails({ to })).toEqual([]);

    delete process.env.SMTP_URL;
    expect((await listKeptEmails({ to })).map((message) => message.subject)).toEqual(["kept"]);
  });
});
