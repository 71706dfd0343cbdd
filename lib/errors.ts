import { ZodError } from "zod";

/** Every expected failure is an AppError: a code for programs, a message for people. */
export const errorStatus = {
  VALIDATION: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  TOO_LARGE: 413,
  // The database is busy, restarting or unreachable: nothing was decided, the same request may be sent again.
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;
export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: FieldErrors;

  constructor(code: ErrorCode, message: string, fieldErrors?: FieldErrors) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (what = "Not found") => new AppError("NOT_FOUND", what);

/** Turns a ZodError into one message per field (the first issue of each path). */
export function zodFieldErrors(error: ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    if (!(key in fields)) fields[key] = issue.message;
  }
  return fields;
}

export function validationError(error: ZodError, message = "Please correct the highlighted fields.") {
  return new AppError("VALIDATION", message, zodFieldErrors(error));
}

/** Seconds a client is asked to wait (Retry-After) before sending an UNAVAILABLE request again. */
export const RETRY_AFTER_SECONDS = 2;

// Prisma's codes for "no connection / no time": P1001 server unreachable, P1002 server timed out,
// P1008 operation timed out, P1017 server closed the connection, P2024 pool timeout, P2028
// transaction API error (transaction timed out or expired, or could not start in maxWait), P2034
// write conflict or deadlock (retryable).
const transientPrismaCodes = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028", "P2034"]);
// PostgreSQL's SQLSTATEs: class 08 connection exceptions, 40001 serialization failure, 40P01
// deadlock, 53300 too many connections, 55P03 lock not available, 57014 statement timeout
// (query_canceled), 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now
// (starting up / recovering).
const transientSqlStates = new Set(["40001", "40P01", "53300", "55P03", "57014", "57P01", "57P02", "57P03"]);
// Node's socket errors when the server is down or drops the connection.
const transientSocketCodes = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND", "EAI_AGAIN"]);
// Driver messages without a code (pg's "Connection terminated ...", Prisma's transaction states).
const transientMessage =
  /connection terminated|connection (?:was )?(?:closed|ended)|terminating connection|server closed the connection|timeout exceeded when trying to connect|client has encountered a connection error|cannot use a pool after calling end|transaction already closed|transaction not found|unable to start a transaction in the given time|expired transaction|timed out fetching a new connection|the database system is (?:starting up|shutting down|in recovery mode)|can't reach database server|is not currently accepting connections|statement timeout|canceling statement due to/i;

/**
 * True for failures that say nothing about the request, only that the database could not answer
 * it now (overload, restart, lost connection, timeout, serialization conflict): the caller may
 * retry the same request. Looks through Prisma's and the driver adapter's wrappers and `cause`.
 */
export function isTransientDatabaseError(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const current = pending.pop();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const record = current as Record<string, unknown>;
    const code = typeof record.code === "string" ? record.code : undefined;
    if (code && (transientPrismaCodes.has(code) || transientSqlStates.has(code) || transientSocketCodes.has(code) || code.startsWith("08"))) return true;
    if (typeof record.originalCode === "string" && (transientSqlStates.has(record.originalCode) || record.originalCode.startsWith("08"))) return true;
    // The driver adapter's error kinds (DriverAdapterError.cause.kind).
    if (typeof record.kind === "string" && /^(TransactionWriteConflict|SocketTimeout|ConnectionClosed|DatabaseNotReachable|TooManyConnections)$/.test(record.kind)) return true;
    // Errors and the adapter's plain error records (originalMessage) alike.
    for (const text of [record.message, record.originalMessage]) {
      if (typeof text === "string" && transientMessage.test(text)) return true;
    }
    pending.push(record.cause, record.meta, (record.meta as Record<string, unknown> | undefined)?.driverAdapterError);
    if (current instanceof AggregateError) pending.push(...current.errors);
  }
  return false;
}

/** What a boundary shows for any error: the AppError's own words, or a generic line that leaks nothing. */
export function toPublicError(error: unknown): {
  status: number;
  code: string;
  message: string;
  fieldErrors?: FieldErrors;
  /** Set for UNAVAILABLE: send it as the Retry-After header. */
  retryAfterSeconds?: number;
} {
  if (error instanceof AppError) {
    return {
      status: error.status,
      code: error.code,
      message: error.message,
      fieldErrors: error.fieldErrors,
      ...(error.code === "UNAVAILABLE" ? { retryAfterSeconds: RETRY_AFTER_SECONDS } : {}),
    };
  }
  if (error instanceof ZodError) {
    const appError = validationError(error);
    return { status: 422, code: appError.code, message: appError.message, fieldErrors: appError.fieldErrors };
  }
  if (isTransientDatabaseError(error)) {
    console.warn("[database unavailable]", error instanceof Error ? error.message : error);
    return {
      status: 503,
      code: "UNAVAILABLE",
      message: "The service is busy or restarting. Please send the same request again in a moment.",
      retryAfterSeconds: RETRY_AFTER_SECONDS,
    };
  }
  console.error("[unexpected error]", error);
  return { status: 500, code: "INTERNAL", message: "Something went wrong on our side. Please try again." };
}

/** The Retry-After header for an UNAVAILABLE answer (empty otherwise), to spread into a response's headers. */
export function retryAfterHeader(publicError: { retryAfterSeconds?: number }): Record<string, string> {
  return publicError.retryAfterSeconds ? { "Retry-After": String(publicError.retryAfterSeconds) } : {};
}
