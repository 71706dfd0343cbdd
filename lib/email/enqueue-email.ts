import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/db";
import { enqueueJob } from "@/lib/jobs/queue";
import type { EmailJobData } from "./send-email-job";
import { emailTemplates, renderEmail, type EmailLanguage, type EmailTemplate } from "./templates";

export type { EmailTemplate } from "./templates";

export type EmailInput = {
  to: string;
  template: EmailTemplate;
  language: EmailLanguage;
  vars: Record<string, string>;
  /** Links and codes that must not be kept in plain text (the merge with issue 8's secrets work takes the real handling). */
  secretVars?: Record<string, string>;
  organisationId?: string | null;
  attachmentDocumentId?: string;
  attachmentName?: string;
  dedupeKey?: string;
  /** Where "email.sent" / "email.failed" go in the audit trail (the agreement's or the session's chain). */
  signedAgreementId?: string;
  signingSessionId?: string;
};

const emailInput = z.object({
  to: z.email().max(254),
  template: z.enum(emailTemplates),
  language: z.enum(["nl", "en"]),
  vars: z.record(z.string(), z.string().max(2000)),
  secretVars: z.record(z.string(), z.string().max(2000)).optional(),
  organisationId: z.string().min(1).nullish(),
  attachmentDocumentId: z.string().min(1).optional(),
  attachmentName: z.string().min(1).max(200).optional(),
  dedupeKey: z.string().min(1).max(200).optional(),
  signedAgreementId: z.string().min(1).max(64).optional(),
  signingSessionId: z.string().min(1).max(64).optional(),
});

/** Retries of one mail: 30 s, doubling (see lib/jobs/install.ts). Tests shorten the first delay. */
function retryOptions() {
  return { retryLimit: 10, retryDelay: Number(process.env.EMAIL_RETRY_DELAY_SECONDS) || 30, retryBackoff: true };
}

/**
 * Queues a mail in the caller's transaction: the message row and its "email.send" job land together
 * with the change that caused them, or not at all. With a dedupeKey that was used before, the
 * earlier message is returned and nothing new is queued.
 */
export async function enqueueEmail(tx: Tx, mail: EmailInput): Promise<{ id: string }> {
  const input = emailInput.parse(mail);
  const { subject, text } = renderEmail(input.template, input.language, { ...input.vars, ...input.secretVars });
  // ON CONFLICT DO NOTHING: a concurrent transaction with the same key waits for ours and then
  // inserts nothing, instead of failing (a unique violation would abort the caller's transaction).
  const created = await tx.emailMessage.createManyAndReturn({
    data: [
      {
        to: input.to,
        subject,
        text,
        language: input.language,
        organisationId: input.organisationId ?? null,
        attachmentId: input.attachmentDocumentId ?? null,
        attachmentName: input.attachmentDocumentId ? (input.attachmentName ?? "document.pdf") : null,
        dedupeKey: input.dedupeKey ?? null,
      },
    ],
    skipDuplicates: true,
    select: { id: true },
  });
  const [message] = created;
  if (!message) {
    if (!input.dedupeKey) throw new Error("e-mail message was not stored");
    return tx.emailMessage.findUniqueOrThrow({ where: { dedupeKey: input.dedupeKey }, select: { id: true } });
  }
  const job: EmailJobData = {
    emailMessageId: message.id,
    template: input.template,
    signedAgreementId: input.signedAgreementId,
    signingSessionId: input.signingSessionId,
  };
  await enqueueJob(tx, "email.send", job, retryOptions());
  return message;
}
