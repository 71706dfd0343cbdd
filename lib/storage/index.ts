import "server-only";
import { createHash } from "node:crypto";
import { postgresStore } from "./postgres-store";
import { s3ConfigFromEnv, s3Store } from "./s3-store";
import type { BlobStore, StorageBackend, StoredRef } from "./types";

// Stored files (signed PDFs, rendered PDFs) behind one small interface, content-addressed by SHA-256:
// the same bytes are stored once, whoever stores them. PostgreSQL (StoredBlob) by default; S3-compatible
// object storage when S3_BUCKET is set, so that the database does not grow with the files. The row that
// refers to a content records its backend, so contents stored before a switch stay readable.
// See docs/decisions/014-storage.md.

export type { StoredRef, StorageBackend, BlobStore } from "./types";

let configured: BlobStore | undefined;
let s3: BlobStore | undefined;

function s3FromEnv(): BlobStore | null {
  if (s3) return s3;
  const config = s3ConfigFromEnv();
  if (!config) return null;
  s3 = s3Store(config);
  return s3;
}

/** The backend new contents go to: S3 when S3_BUCKET is set, PostgreSQL otherwise. */
export function currentStore(): BlobStore {
  configured ??= s3FromEnv() ?? postgresStore;
  return configured;
}

function storeFor(backend: StorageBackend): BlobStore {
  if (backend === "postgres") return postgresStore;
  const store = s3FromEnv();
  if (!store) throw new Error("a stored file is in S3 but S3_BUCKET is not set");
  return store;
}

export const sha256Hex = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Stores the bytes (once per distinct content) and returns where they are. Call it before the transaction that refers to them. */
export async function putBlob(bytes: Uint8Array, contentType: string, sha256 = sha256Hex(bytes)): Promise<StoredRef> {
  const store = currentStore();
  await store.put(sha256, bytes, contentType);
  return { storage: store.backend, sha256, size: bytes.length };
}

/**
 * What a row refers to: a content's hash, its backend and, for a content kept as the start of another
 * (an unsealed PDF inside its sealed copy), that content's hash and this one's size.
 */
export type BlobRef = { storage: string; sha256: string; prefixOf?: string | null; size?: number };

/** The bytes of a stored content; they are checked against the hash, so a backend cannot serve other bytes. */
export async function getBlob(ref: BlobRef): Promise<Buffer> {
  const backend = ref.storage === "s3" ? "s3" : ref.storage === "postgres" ? "postgres" : null;
  if (!backend) throw new Error(`unknown storage backend "${ref.storage}"`);
  const address = ref.prefixOf ?? ref.sha256;
  const stored = await storeFor(backend).get(address);
  if (!stored) throw new Error(`stored content ${address} is missing from ${backend}`);
  const bytes = ref.prefixOf ? stored.subarray(0, ref.size ?? -1) : stored;
  if (sha256Hex(bytes) !== ref.sha256) throw new Error(`stored content ${ref.sha256} in ${backend} does not match its hash`);
  return bytes;
}

/**
 * Where `prefix` can be kept without storing it: inside `whole` when whole starts with it (a sealed PDF
 * is its unsealed PDF plus an incremental update). Returns the hash of whole, or null.
 */
export function prefixOf(prefix: Uint8Array, whole: Uint8Array, wholeSha256: string): string | null {
  return whole.length > prefix.length && Buffer.from(whole.buffer, whole.byteOffset, prefix.length).equals(prefix) ? wholeSha256 : null;
}

/** For tests: forget the configured backend so that the next call reads the environment again. */
export function resetStorageForTests(): void {
  configured = undefined;
  s3 = undefined;
}
