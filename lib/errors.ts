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

/** What a boundary shows for any error: the AppError's own words, or a generic line that leaks nothing. */
export function toPublicError(error: unknown): { status: number; code: string; message: string; fieldErrors?: FieldErrors } {
  if (error instanceof AppError) {
    return { status: error.status, code: error.code, message: error.message, fieldErrors: error.fieldErrors };
  }
  if (error instanceof ZodError) {
    const appError = validationError(error);
    return { status: 422, code: appError.code, message: appError.message, fieldErrors: appError.fieldErrors };
  }
  console.error("[unexpected error]", error);
  return { status: 500, code: "INTERNAL", message: "Something went wrong on our side. Please try again." };
}
