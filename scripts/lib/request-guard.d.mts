import type { IncomingMessage, ServerResponse } from "node:http";

export const ACTION_BODY_LIMIT: number;
export const OTHER_BODY_LIMIT: number;
/** `guard(request, response)` resolves to null when it answered (a refusal), else to the request to hand on. */
export function createRequestGuard(
  distDir: string,
  options?: { isDev?: boolean },
): (request: IncomingMessage, response: ServerResponse) => Promise<IncomingMessage | null>;
