import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { smtpUrl } from "./transport";

/**
 * The development mailbox (/mailbox) exists only while mail is not really sent: without SMTP_URL
 * every message is kept in the database, and this is the only way to read it (the demo's signing
 * codes and download links included). With SMTP_URL set it is gone (404).
 */
export function isMailboxEnabled(): boolean {
  return smtpUrl() === null;
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
