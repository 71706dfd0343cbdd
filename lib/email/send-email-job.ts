import "server-only";
import { z } from "zod";
import { recordEvent } from "@/lib/audit/record-event";
import { db } from "@/lib/db";
import { getBlob } from "@/lib/storage";
import type { Tx } from "@/lib/db";
import { isMailboxEnabled } from "./list-kept-emails";
import { renderMessage } from "./secret-vars";
import { emailFrom, smtpTransport, smtpUrl } from "./transport";
import { transactionOptions } from "@/lib/db/transaction-options";

/** What enqueueEmail puts in an "email.send" job. Ids only: the message itself is in its row. */
export const emailJobData = z.object({
  emailMessageId: z.string().min(1).max(64),
  template: z.string().max(40).optional(),
  signedAgreementId: z.string().min(1).max(64).optional(),
  signingSessionId: z.string().min(1).max(64).optional(),
});
export type EmailJobData = z.infer<typeof emailJobData>;

type Message = NonNullable<Awaited<ReturnType<typeof lockMessage>>>;

/** The row, locked until the transaction ends: a second worker on the same message waits, then sees SENT. */
async function lockMessage(tx: Tx, id: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "EmailMessage" WHERE "id" = ${id} FOR UPDATE`;
  return locked.length ? tx.emailMessage.findUnique({ where: { id } }) : null;
}

async function deliver(tx: Tx, message: Message, rendered: { subject: string; text: string }, url: string): Promise<void> {
  let attachments: { filename: string; content: Buffer; contentType: string }[] = [];
  if (message.attachmentId) {
    const document = await tx.document.findUnique({ where: { id: message.attachmentId }, select: { sha256: true, storage: true, prefixOf: true, size: true, contentType: true } });
    if (!document) throw new Error(`attachment document ${message.attachmentId} does not exist`);
    attachments = [{ filename: message.attachmentName ?? "document.pdf", content: await getBlob(document), contentType: document.contentType }];
  }
  await smtpTransport(url).sendMail({
    from: emailFrom(),
    to: message.to,
    subject: rendered.subject,
    text: rendered.text,
    attachments,
    headers: { "Auto-Submitted": "auto-generated" },
  });
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 1000);

/**
 * Sends one queued message (the "email.send" job), rendered with its secrets (lib/email/secret-vars.ts).
 * With SMTP_URL it goes out through nodemailer; without, it is only marked SENT (readable on
 * /mailbox when DEV_MAILBOX=1). A failed attempt is counted and
 * rethrown so pg-boss retries it; after the last attempt the message is FAILED. Either outcome is
 * recorded in the audit trail. A message that is not QUEUED any more is left alone, so a job that
 * runs twice never sends twice.
 */
export async function sendEmailJob(raw: unknown, { isLastAttempt }: { isLastAttempt: boolean }): Promise<void> {
  const parsed = emailJobData.safeParse(raw);
  if (!parsed.success) {
    console.error("[email.send] job without a valid message id; dropped");
    return; // retrying cannot make it valid
  }
  const job = parsed.data;
  const url = smtpUrl();

  const failure = await db.$transaction(
    async (tx) => {
      const message = await lockMessage(tx, job.emailMessageId);
      if (!message || message.status !== "QUEUED") return null;
      const event = {
        actorType: "SYSTEM" as const,
        organisationId: message.organisationId,
        signedAgreementId: job.signedAgreementId ?? null,
        signingSessionId: job.signingSessionId ?? null,
      };
      let rendered: { subject: string; text: string };
      try {
        rendered = renderMessage(message);
      } catch {
        // Retrying cannot help: the box was made with another NEXTAUTH_SECRET (or altered).
        await tx.emailMessage.update({
          where: { id: message.id },
          data: { status: "FAILED", encryptedVars: null, lastError: "the mail's encrypted variables cannot be opened (was NEXTAUTH_SECRET changed?)" },
        });
        await recordEvent(tx, { ...event, type: "email.failed", data: { template: job.template ?? null, messageId: message.id, attempts: message.attempts } });
        return null;
      }
      try {
        if (url) await deliver(tx, message, rendered, url);
      } catch (error) {
        const lastError = describe(error);
        await tx.emailMessage.update({
          where: { id: message.id },
          // After the last attempt the secrets go: nothing will ever send them.
          data: { attempts: { increment: 1 }, lastError, status: isLastAttempt ? "FAILED" : "QUEUED", ...(isLastAttempt ? { encryptedVars: null } : {}) },
        });
        if (isLastAttempt) {
          await recordEvent(tx, { ...event, type: "email.failed", data: { template: job.template ?? null, messageId: message.id, attempts: message.attempts + 1 } });
        }
        return lastError;
      }
      await tx.emailMessage.update({
        where: { id: message.id },
        data: {
          status: "SENT",
          sentAt: new Date(),
          ...(url ? { attempts: { increment: 1 } } : {}),
          // Sent: the secrets are gone from the database. Only the development mailbox keeps them
          // (encrypted) while it shows the mail, until retention removes it.
          ...(isMailboxEnabled() ? {} : { encryptedVars: null }),
        },
      });
      await recordEvent(tx, { ...event, type: "email.sent", data: { template: job.template ?? null, messageId: message.id, isKept: !url } });
      return null;
    },
    // Long enough for the SMTP timeouts in transport.ts.
    transactionOptions.email,
  );
  // The reason is in EmailMessage.lastError; the job's record keeps no addresses.
  if (failure) throw new Error(`sending e-mail ${job.emailMessageId} failed`);
}
