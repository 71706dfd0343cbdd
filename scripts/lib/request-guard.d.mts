import type { IncomingMessage, ServerResponse } from "node:http";

export const ACTION_BODY_LIMIT: number;
export const OTHER_BODY_LIMIT: number;
/** `guard(request, response)` resolves to true when it answered the request (a refusal). */
export function createRequestGuard(
  distDir: string,
  options?: { isDev?: boolean },
): (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;
