import "server-only";
import { AppError } from "@/lib/errors";
import { ipKey } from "@/lib/rate-limit/ip-key";
import { hit, type Limit } from "@/lib/rate-limit/rate-limit";

/** Per client address (IPv6 by /64), every request counted: a reader downloads a few, a crawler is slowed. */
export const PDF_ROUTE_LIMITS = {
  unsigned: { max: 60, windowSeconds: 600 },
  redline: { max: 30, windowSeconds: 600 },
} satisfies Record<string, Limit>;

export class PdfRateLimited extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super("RATE_LIMITED", "pdf.rateLimited");
  }
}

/** Counts one PDF request of this kind for this address; refuses once over the limit. */
export async function assertPdfRequestAllowed(kind: keyof typeof PDF_ROUTE_LIMITS, ip: string | null): Promise<void> {
  const result = await hit(`pdf:${kind}:${ipKey(ip)}`, PDF_ROUTE_LIMITS[kind]);
  if (result.isLimited) throw new PdfRateLimited(Math.max(1, result.retryAfterSeconds));
}
