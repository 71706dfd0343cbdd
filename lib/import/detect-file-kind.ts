import { importErrors } from "./errors";
import type { FileKind } from "./types";

// The type of an upload is decided by its bytes, never by its name or the browser's MIME type.

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  return signature.every((byte, i) => bytes[offset + i] === byte);
}

const pdfSignature = [...Buffer.from("%PDF-")];
const zipSignature = [0x50, 0x4b, 0x03, 0x04];

export function detectFileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) throw importErrors.empty();
  // The PDF header may follow a few bytes of junk (the specification allows 1024).
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i <= head.length - pdfSignature.length; i++) if (startsWith(head, pdfSignature, i)) return "pdf";
  if (startsWith(bytes, zipSignature)) return "docx";
  if (bytes.includes(0)) throw importErrors.unsupportedType();
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw importErrors.unsupportedType();
  }
  return "text";
}
