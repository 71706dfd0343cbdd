import "server-only";
import { AppError } from "@/lib/errors";
import { hit, type Limit } from "@/lib/rate-limit/rate-limit";

/** Enough for anyone checking their own documents; an upload costs a hash of up to 10 MB. */
export const VERIFY_LIMIT: Limit = { max: 30, windowSeconds: 600 };

/** Counts one verification for this IP address; refuses once it is over the limit. */
export async function assertVerifyAllowed(ip: string | null): Promise<void> {
  const result = await hit(`verify:ip:${ip ?? "unknown"}`, VERIFY_LIMIT);
  if (result.isLimited) throw new AppError("RATE_LIMITED", "verify.rateLimited");
}
