import "server-only";
import nodemailer from "nodemailer";
import type { Transporter } from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";

export const defaultEmailFrom = "Verwerkersovereenkomst <no-reply@localhost>";

export function emailFrom(): string {
  return process.env.EMAIL_FROM || defaultEmailFrom;
}

/** Without SMTP_URL mail is kept in the database and shown on /mailbox instead of being sent. */
export function smtpUrl(): string | null {
  return process.env.SMTP_URL || null;
}

const state = globalThis as unknown as { smtp?: { url: string; transport: Transporter } };

/**
 * The transport for SMTP_URL (e.g. smtps://user:password@smtp.example.com:465), made once. A
 * connection per message: mail is rare here, and a restarted server needs no reconnect logic.
 * The timeouts are short because a send holds a row lock: a hanging server fails the attempt.
 */
export function smtpTransport(url: string): Transporter {
  if (state.smtp?.url !== url) {
    state.smtp?.transport.close();
    const options: SMTPTransport.Options = { url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 };
    const transport = nodemailer.createTransport(options);
    state.smtp = { url, transport };
  }
  return state.smtp.transport;
}
