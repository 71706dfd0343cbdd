import { AppError } from "@/lib/errors";

/** The largest upload accepted, checked before the whole body is read. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export const importErrors = {
  tooLarge: () => new AppError("TOO_LARGE", "import.error.tooLarge"),
  empty: () => new AppError("VALIDATION", "import.error.empty"),
  unsupportedType: () => new AppError("VALIDATION", "import.error.unsupportedType"),
  encryptedPdf: () => new AppError("VALIDATION", "import.error.encryptedPdf"),
  unreadablePdf: () => new AppError("VALIDATION", "import.error.unreadablePdf"),
  noText: () => new AppError("VALIDATION", "import.error.noText"),
  invalidDocx: () => new AppError("VALIDATION", "import.error.invalidDocx"),
  /** Too many ZIP entries, or more text once unpacked than any real DPA has. */
  docxTooLarge: () => new AppError("TOO_LARGE", "import.error.docxTooLarge"),
  /** The reader ran out of its time or memory (lib/import/parse-in-worker.ts). */
  tooComplex: () => new AppError("VALIDATION", "import.error.tooComplex"),
  /** Every reader is busy and the queue is full. */
  busy: () => new AppError("RATE_LIMITED", "import.error.busy"),
  /** One person read too many files in ten minutes (read-uploaded-dpa.ts). */
  tooMany: () => new AppError("RATE_LIMITED", "import.error.tooMany"),
};
