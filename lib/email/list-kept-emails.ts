import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
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

const filter = z.object({ to: z.string().trim().max(254).optional().catch(undefined) });

export type KeptEmail = {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: "QUEUED" | "SENT" | "FAILED";
  attachmentName: string | null;
  createdAt: Date;
};

/** The newest kept messages first, optionally only those to one address (any case). */
export async function listKeptEmails(raw: { to?: unknown }, limit = 50): Promise<KeptEmail[]> {
  if (!isMailboxEnabled()) return [];
  const { to } = filter.parse(raw);
  return db.emailMessage.findMany({
    where: to ? { to: { equals: to, mode: "insensitive" } } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, to: true, subject: true, text: true, status: true, attachmentName: true, createdAt: true },
  });
}
