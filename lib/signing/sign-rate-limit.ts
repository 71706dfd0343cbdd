import "server-only";
import { AppError } from "@/lib/errors";
import type { ClientInfo } from "@/lib/http/client-info";
import { hit, type Limit } from "@/lib/rate-limit/rate-limit";

/**
 * Signing requests per IP address and minute: plenty for the people of one office network, and
 * each one can cost a PDF render. SIGN_RATE_LIMIT_PER_MINUTE raises it (the benchmark signs
 * hundreds of times from one address).
 */
export function signLimit(): Limit {
  const configured = Number(process.env.SIGN_RATE_LIMIT_PER_MINUTE);
  return { max: Number.isInteger(configured) && configured > 0 ? configured : 20, windowSeconds: 60 };
}

export class SignRateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super("RATE_LIMITED", "signing.tooManySignatures");
  }
}

/** Counts one signing request of this address (before its body is read); refuses over the limit. */
export async function assertSignAllowed(client: ClientInfo): Promise<void> {
  const result = await hit(`sign:ip:${client.ip ?? "unknown"}`, signLimit());
  if (result.isLimited) throw new SignRateLimitedError(Math.max(1, result.retryAfterSeconds));
}
