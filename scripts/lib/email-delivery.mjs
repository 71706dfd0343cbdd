// How e-mail leaves this app, decided once at start (scripts/start.ts, scripts/serve.mjs) from the
// environment the operator gave, before Next sets NODE_ENV=production for its own build:
//
//   SMTP_URL set              -> "smtp": sent; /mailbox does not exist
//   DEV_MAILBOX=1             -> "mailbox": kept in the database and readable at /mailbox (local demo
//                                and tests only; refused with NODE_ENV=production)
//   EMAIL_DELIVERY=none       -> "none": nothing is sent and nothing is readable (an explicit choice)
//   none of these             -> refused: a deployment must not lose or expose its mail silently
//
// `npm start` on the embedded database sets DEV_MAILBOX=1 itself (its banner says so).

/**
 * @param {Record<string, string | undefined>} env
 * @returns {{ mode: "smtp" | "mailbox" | "none" } | { problem: string }}
 */
export function resolveEmailDelivery(env) {
  const isProduction = env.NODE_ENV === "production";
  const wantsMailbox = env.DEV_MAILBOX === "1";
  if (wantsMailbox && isProduction) {
    return {
      problem:
        "DEV_MAILBOX=1 is refused with NODE_ENV=production: the development mailbox shows every signing code and link to anyone. Set SMTP_URL instead.",
    };
  }
  if (env.SMTP_URL) return { mode: "smtp" };
  if (wantsMailbox) return { mode: "mailbox" };
  if (env.EMAIL_DELIVERY === "none") return { mode: "none" };
  return {
    problem:
      "SMTP_URL is not set, so e-mail (signing codes, invitations, signed agreements) cannot be sent. " +
      "Set SMTP_URL=smtps://user:password@smtp.example.com:465, or for a local demo DEV_MAILBOX=1 (mail shown at /mailbox, never with NODE_ENV=production), " +
      "or EMAIL_DELIVERY=none to run without sending any e-mail.",
  };
}
