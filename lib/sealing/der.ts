// A minimal DER encoder and reader: enough for the CMS signature, the RFC 3161 request and response,
// and the fields we take from certificates. Buffers in, buffers out, so a seal costs microseconds
// here (node-forge's ASN.1 works on binary strings and is only used to read the PKCS#12 file).

function encodeLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

/** Tag, length, value. Only low tag numbers (< 31), which is all CMS and X.509 need. */
export function tlv(tag: number, ...content: Buffer[]): Buffer {
  const body = content.length === 1 ? content[0]! : Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), encodeLength(body.length), body]);
}

export const sequence = (...content: Buffer[]) => tlv(0x30, ...content);

/** A DER SET OF: its elements sorted by their encodings (X.690 11.6), as signed attributes require. */
export function setOf(items: Buffer[]): Buffer {
  return tlv(0x31, ...[...items].sort(Buffer.compare));
}

export function oid(dotted: string): Buffer {
  const parts = dotted.split(".").map(Number);
  const bytes: number[] = [parts[0]! * 40 + parts[1]!];
  for (const part of parts.slice(2)) {
    const group: number[] = [part & 0x7f];
    for (let rest = Math.floor(part / 128); rest > 0; rest = Math.floor(rest / 128)) group.unshift((rest & 0x7f) | 0x80);
    bytes.push(...group);
  }
  return tlv(0x06, Buffer.from(bytes));
}

/** A non-negative INTEGER from its big-endian magnitude (a leading zero is added when the top bit is set). */
export function unsignedInteger(magnitude: Buffer | number): Buffer {
  const hex = typeof magnitude === "number" ? magnitude.toString(16) : "";
  let bytes = typeof magnitude === "number" ? Buffer.from(hex.length % 2 ? `0${hex}` : hex, "hex") : magnitude;
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0 && bytes[start + 1]! < 0x80) start++;
  bytes = bytes.subarray(start);
  return tlv(0x02, bytes[0]! >= 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
}

export const octetString = (bytes: Buffer) => tlv(0x04, bytes);
export const nullValue = () => Buffer.from([0x05, 0x00]);
export const booleanValue = (value: boolean) => Buffer.from([0x01, 0x01, value ? 0xff : 0x00]);

/** [n] constructed: EXPLICIT wrapping, or IMPLICIT replacement of a SET/SEQUENCE tag. */
export const contextConstructed = (n: number, ...content: Buffer[]) => tlv(0xa0 | n, ...content);

export function generalizedTime(date: Date): Buffer {
  const text = date.toISOString().replace(/[-:T]/g, "").replace(/\.(\d{3})Z$/, (_, ms: string) => (ms === "000" ? "Z" : `.${ms.replace(/0+$/, "")}Z`));
  return tlv(0x18, Buffer.from(text, "ascii"));
}

export type DerNode = {
  tag: number;
  /** The whole element: tag, length and content. */
  raw: Buffer;
  content: Buffer;
};

/** Reads one element at `offset`. Throws on indefinite or truncated lengths (not DER). */
export function readNode(buffer: Buffer, offset = 0): DerNode {
  if (offset + 2 > buffer.length) throw new Error("DER: truncated");
  const tag = buffer[offset]!;
  if ((tag & 0x1f) === 0x1f) throw new Error("DER: high tag numbers are not supported");
  let length = buffer[offset + 1]!;
  let header = 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4) throw new Error("DER: unsupported length");
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + buffer[offset + 2 + i]!;
    header += count;
  }
  const end = offset + header + length;
  if (end > buffer.length) throw new Error("DER: truncated");
  return { tag, raw: buffer.subarray(offset, end), content: buffer.subarray(offset + header, end) };
}

/** The elements inside a constructed element. */
export function childrenOf(node: DerNode): DerNode[] {
  const children: DerNode[] = [];
  for (let offset = 0; offset < node.content.length; ) {
    const child = readNode(node.content, offset);
    children.push(child);
    offset += child.raw.length;
  }
  return children;
}

export function decodeOid(node: DerNode): string {
  if (node.tag !== 0x06) throw new Error("DER: not an OBJECT IDENTIFIER");
  const bytes = node.content;
  const parts = [Math.floor(bytes[0]! / 40), bytes[0]! % 40];
  let value = 0;
  for (const byte of bytes.subarray(1)) {
    value = value * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      parts.push(value);
      value = 0;
    }
  }
  return parts.join(".");
}

export function decodeSmallInteger(node: DerNode): number {
  if (node.tag !== 0x02 || node.content.length > 6) throw new Error("DER: not a small INTEGER");
  return node.content.reduce((value, byte) => value * 256 + byte, 0);
}
