import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { renderMessage } from "./secret-vars";
import { smtpUrl } from "./transport";

/**
 * The development mailbox (/mailbox) exists only when explicitly enabled with DEV_MAILBOX=1 and
 * mail is not really sent (no SMTP_URL): it shows every kept message, signing codes and download
 * links included, to anyone. Otherwise it is gone (404). scripts/serve.mjs refuses DEV_MAILBOX=1
 * with NODE_ENV=production; `npm start` sets it only for the embedded database.
 */
export function isMailboxEnabled(): boolean {
  return process.env.DEV_MAILBOX === "1" && smtpUrl() === null;
}

// PostgreSQL text cannot hold NUL: such a filter is ignored rather than sent to the database.
const filter = z.object({ to: z.string().trim().max(254).refine((value) => !value.includes("\0")).optional().catch(undefined) });

export type KeptEmail = {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: "QUEUED" | "SENT" | "FAILED";
  attachmentName: string | null;
  createdAt: Date;
};

/**
 * The newest kept messages first, optionally only those to one address (any case), as they were
 * sent: secrets are opened from the encrypted copy while it is kept (lib/email/secret-vars.ts).
 */
export async function listKeptEmails(raw: { to?: unknown }, limit = 50): Promise<KeptEmail[]> {
  if (!isMailboxEnabled()) return [];
  const { to } = filter.parse(raw);
  const messages = await db.emailMessage.findMany({
    where: to ? { to: { equals: to, mode: "insensitive" } } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, to: true, subject: true, text: true, language: true, encryptedVars: true, status: true, attachmentName: true, createdAt: true },
  });
  return messages.map(({ encryptedVars, language, ...message }) => {
    let rendered = { subject: message.subject, text: message.text };
    try {
      rendered = renderMessage({ ...message, language, encryptedVars });
    } catch {
      // Another NEXTAUTH_SECRET: the redacted copy is all there is.
    }
    return { ...message, ...rendered };
  });
}
