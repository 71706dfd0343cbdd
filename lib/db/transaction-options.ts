// Timeouts of every interactive transaction (`db.$transaction(async (tx) => ...)`), chosen for the
// work each carries. Prisma's defaults (maxWait 2 s to get a connection, timeout 5 s for the whole
// transaction) are too short under load: the pool is small (DATABASE_POOL_SIZE, 10) and PDF
// rendering and sealing occupy the one event loop between a transaction's statements, so a
// transaction of a few milliseconds of SQL can take seconds of wall time. Past these limits Prisma
// rolls back and throws P2028, which the boundaries answer as 503 UNAVAILABLE with Retry-After
// (lib/errors.ts), never as 500. The pool's statement timeout (lib/db/client.ts) stops a single
// statement earlier than these.

/** Options for `db.$transaction(fn, options)`, in milliseconds. */
export type TransactionOptions = { maxWait: number; timeout: number };

export const transactionOptions = {
  /** A few small rows: sessions, codes, members, invitations, drafts, audit events, e-mail state. */
  short: { maxWait: 10_000, timeout: 15_000 },
  /** Reads or writes one stored PDF (a few MB) with its audit event: downloads, the seal job. */
  document: { maxWait: 10_000, timeout: 20_000 },
  /** Writes a whole agreement (articles, clauses, annexes): saving, copying a template, publishing. */
  agreement: { maxWait: 10_000, timeout: 30_000 },
  /** Sends one e-mail over SMTP inside the transaction that marks it sent: the SMTP timeouts of lib/email/transport.ts. */
  email: { maxWait: 10_000, timeout: 120_000 },
  /**
   * A controller's signature: the PDFs, the signed agreement, the signature, audit events and jobs.
   * Under a burst of signers requests queue for one of the pool's connections: wait longer for one
   * than give up (the signer then sees "try again", and the retry with the same form is cheap).
   */
  signing: { maxWait: 15_000, timeout: 30_000 },
} as const satisfies Record<string, TransactionOptions>;
