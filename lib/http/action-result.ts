import { toPublicError } from "@/lib/errors";

/** What every server action returns: data, or an error a form can show (messages are i18n keys). */
export type ActionResult<T> =
  | ({ ok: true } & T)
  | { ok: false; code: string; message: string; fieldErrors?: Record<string, string> };

export async function runAction<T extends object>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, ...(await work()) };
  } catch (error) {
    // Next's redirect()/notFound() are thrown on purpose and must pass through.
    if (error && typeof error === "object" && "digest" in error && typeof error.digest === "string" && error.digest.startsWith("NEXT_")) throw error;
    const { code, message, fieldErrors } = toPublicError(error);
    // A busy or restarting database: the form says "try again" (nothing was changed).
    if (code === "UNAVAILABLE") return { ok: false, code, message: "errors.unavailable" };
    return { ok: false, code, message: code === "INTERNAL" ? "errors.generic" : message, fieldErrors };
  }
}
