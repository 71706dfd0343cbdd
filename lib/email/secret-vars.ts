import "server-only";
import { z } from "zod";
import { decryptJson, encryptJson } from "@/lib/crypto/secrets";
import { emailTemplates, renderEmail, type EmailLanguage, type EmailTemplate } from "./templates";

// Secrets in mail (a signing code, an invitation, download or reset link) are template variables
// like any other, but they are never stored in plain text: the message row keeps subject and text
// with each secret redacted, plus the template and all its variables in an AES-256-GCM box (key
// derived from NEXTAUTH_SECRET, bound to the recipient). The sender opens the box and renders the
// real mail at send time, then the box is cleared; the development mailbox opens it while kept.

const linkRemoved: Record<EmailLanguage, string> = { nl: "[link verwijderd]", en: "[link removed]" };
export const redactedCode = "••••••";

/** What a secret looks like in the stored copy: "[link removed]" for a URL, dots for a code. */
export function redactionFor(value: string, language: EmailLanguage): string {
  return /^https?:\/\//i.test(value.trim()) ? linkRemoved[language] : redactedCode;
}

const boxContent = z.object({
  template: z.enum(emailTemplates),
  vars: z.record(z.string(), z.string()),
});
type BoxContent = z.infer<typeof boxContent>;

const associatedData = (to: string) => `email-vars:${to.toLowerCase()}`;

export function sealEmailVars(to: string, content: { template: EmailTemplate; vars: Record<string, string> }): Uint8Array<ArrayBuffer> {
  return new Uint8Array(encryptJson("email-vars", content, associatedData(to)));
}

export function openEmailVars(to: string, box: Uint8Array): BoxContent {
  return boxContent.parse(decryptJson("email-vars", box, associatedData(to)));
}

/** The stored copy of a mail: rendered with every secret variable redacted. */
export function renderRedactedEmail(
  template: EmailTemplate,
  language: EmailLanguage,
  vars: Record<string, string>,
  secretVars: Record<string, string>,
) {
  const redacted = Object.fromEntries(Object.entries(secretVars).map(([name, value]) => [name, redactionFor(value, language)]));
  return renderEmail(template, language, { ...vars, ...redacted });
}

type StoredMessage = { to: string; subject: string; text: string; language: EmailLanguage; encryptedVars: Uint8Array | null };

/**
 * The mail as it is (to be) sent: rendered from the box while there is one, else the stored copy.
 * Throws when the box cannot be opened (NEXTAUTH_SECRET changed since it was queued).
 */
export function renderMessage(message: StoredMessage): { subject: string; text: string } {
  if (!message.encryptedVars) return { subject: message.subject, text: message.text };
  const { template, vars } = openEmailVars(message.to, message.encryptedVars);
  return renderEmail(template, message.language, vars);
}
