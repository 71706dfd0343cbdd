import "server-only";
import { db } from "@/lib/db";
import type { BlobStore } from "./types";

/** The default backend: StoredBlob, one row per distinct content (ON CONFLICT DO NOTHING). */
export const postgresStore: BlobStore = {
  backend: "postgres",
  async put(sha256, bytes, contentType) {
    await db.storedBlob.createMany({ data: [{ sha256, contentType, bytes: new Uint8Array(bytes), size: bytes.length }], skipDuplicates: true });
  },
  async get(sha256) {
    const row = await db.storedBlob.findUnique({ where: { sha256 }, select: { bytes: true } });
    return row ? Buffer.from(row.bytes) : null;
  },
};
