import { Inflate } from "fflate";
import { importErrors } from "./errors";

// One entry of a ZIP read with bounded work. The central directory is walked once: at most
// MAX_ZIP_ENTRIES entries, every name at most once (a "zip bomb" repeats one compressed entry
// under many central-directory records), every record inside the file. The entry is then inflated
// in small input slices and abandoned the moment its output passes the cap, whatever sizes the
// headers claim.

export const MAX_ZIP_ENTRIES = 2000;
/** A real DPA's word/document.xml is well under 2 MB; 16 MB leaves room for pictures-free giants. */
export const MAX_INFLATED_BYTES = 16 * 1024 * 1024;
const INPUT_SLICE = 16 * 1024;

const u16 = (bytes: Uint8Array, at: number) => bytes[at] | (bytes[at + 1] << 8);
const u32 = (bytes: Uint8Array, at: number) => (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16)) + bytes[at + 3] * 0x1000000;

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 0x05 && bytes[at + 3] === 0x06) return at;
  }
  throw importErrors.invalidDocx();
}

type Entry = { method: number; flags: number; compressedSize: number; localOffset: number };

function findEntry(bytes: Uint8Array, wanted: string): Entry | null {
  const end = findEndOfCentralDirectory(bytes);
  const count = u16(bytes, end + 10);
  const directoryOffset = u32(bytes, end + 16);
  // 0xffff / 0xffffffff announce ZIP64, which no DOCX under the upload limit needs.
  if (count === 0xffff || directoryOffset === 0xffffffff) throw importErrors.invalidDocx();
  if (count > MAX_ZIP_ENTRIES) throw importErrors.docxTooLarge();
  const names = new Set<string>();
  const decoder = new TextDecoder("utf-8");
  let found: Entry | null = null;
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(bytes, at) !== 0x02014b50) throw importErrors.invalidDocx();
    const nameLength = u16(bytes, at + 28);
    const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (next > end) throw importErrors.invalidDocx();
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (names.has(name)) throw importErrors.invalidDocx();
    names.add(name);
    if (name === wanted) {
      found = { flags: u16(bytes, at + 8), method: u16(bytes, at + 10), compressedSize: u32(bytes, at + 20), localOffset: u32(bytes, at + 42) };
    }
    at = next;
  }
  return found;
}

/** The bytes of one entry, or null when the archive has no entry of that name. */
export function readZipEntry(bytes: Uint8Array, wanted: string, maxBytes = MAX_INFLATED_BYTES): Uint8Array | null {
  const entry = findEntry(bytes, wanted);
  if (!entry) return null;
  // Bit 0: encrypted.
  if (entry.flags & 1) throw importErrors.invalidDocx();
  const local = entry.localOffset;
  if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) throw importErrors.invalidDocx();
  const dataStart = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > bytes.length) throw importErrors.invalidDocx();
  const data = bytes.subarray(dataStart, dataEnd);

  if (entry.method === 0) {
    if (data.length > maxBytes) throw importErrors.docxTooLarge();
    return data;
  }
  if (entry.method !== 8) throw importErrors.invalidDocx();

  const chunks: Uint8Array[] = [];
  let size = 0;
  let isDone = false;
  const inflater = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > maxBytes) throw importErrors.docxTooLarge();
    chunks.push(chunk);
    if (final) isDone = true;
  });
  try {
    for (let offset = 0; offset < data.length && !isDone; offset += INPUT_SLICE) {
      const end = Math.min(offset + INPUT_SLICE, data.length);
      inflater.push(data.subarray(offset, end), end === data.length);
    }
  } catch (error) {
    if (error instanceof Error && error.message === "import.error.docxTooLarge") throw error;
    throw importErrors.invalidDocx();
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
