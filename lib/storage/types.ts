/** Where a stored content lives; recorded on each row that refers to it (Document.storage, RenderedPdf.storage). */
export type StorageBackend = "postgres" | "s3";

/** A stored content: addressed by its SHA-256, so the same bytes are stored once. */
export type StoredRef = { storage: StorageBackend; sha256: string; size: number };

/** One backend of lib/storage. put is idempotent: storing bytes already there stores nothing. */
export interface BlobStore {
  readonly backend: StorageBackend;
  put(sha256: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The bytes, or null when this backend holds no content with this hash. */
  get(sha256: string): Promise<Buffer | null>;
}
