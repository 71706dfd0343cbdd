// What `npm start` may do with the environment it was given (see scripts/start.ts).
import { resolveEmailDelivery } from "./email-delivery.mjs";

export type Startup = { shouldSeedDemo: boolean; emailMode: "smtp" | "mailbox" | "none"; emailNote?: "embedded-mailbox" };

/**
 * What this start may do, from the operator's environment (before Next sets NODE_ENV itself):
 * demo data only into the embedded database or with --demo, never with NODE_ENV=production; e-mail
 * as scripts/lib/email-delivery.mjs decides, where the embedded database (a local demo) turns the
 * development mailbox on unless SMTP_URL or DEV_MAILBOX says otherwise. Throws with a clear message.
 */
export function decideStartup(env: Record<string, string | undefined>, argv: string[]): Startup {
  const isEmbedded = !env.DATABASE_URL;
  const isProduction = env.NODE_ENV === "production";
  const wantsDemo = argv.includes("--demo");
  if (wantsDemo && isProduction) {
    throw new Error("--demo is refused with NODE_ENV=production: the demo accounts have published passwords.");
  }
  const isEmbeddedMailbox = isEmbedded && !isProduction && !env.SMTP_URL && env.DEV_MAILBOX === undefined;
  const delivery = resolveEmailDelivery(isEmbeddedMailbox ? { ...env, DEV_MAILBOX: "1" } : env);
  if ("problem" in delivery) throw new Error(delivery.problem);
  return {
    shouldSeedDemo: !isProduction && (isEmbedded || wantsDemo),
    emailMode: delivery.mode,
    ...(isEmbeddedMailbox ? { emailNote: "embedded-mailbox" as const } : {}),
  };
}

