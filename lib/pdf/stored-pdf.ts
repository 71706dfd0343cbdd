import "server-only";
import { db } from "@/lib/db";
import { getBlob, putBlob } from "@/lib/storage";

// PDFs of immutable versions are rendered once and kept (RenderedPdf, bytes in lib/storage), so that no
// request, signed in or not, can make the server render the same published text again, and every
// instance serves the same bytes. Only callers that know the inputs are immutable use this: a
// draft changes, so a redline against a draft is rendered per request and never stored.

export type StoredPdfKey = {
  kind: "unsigned" | "redline";
  versionId: string;
  fromVersionId?: string;
  language: string;
  /** Whatever else decides the bytes (e.g. the processor signature's time). */
  variant?: string;
};

export type StoredPdf = { bytes: Buffer; sha256: string; wasRendered: boolean };

// Parallel requests in one process for a PDF not stored yet share one render.
const rendering = new Map<string, Promise<StoredPdf>>();

function uniqueKey(key: StoredPdfKey) {
  return { kind: key.kind, versionId: key.versionId, fromVersionId: key.fromVersionId ?? "", language: key.language, variant: key.variant ?? "" };
}

async function readStored(key: StoredPdfKey): Promise<{ bytes: Buffer; sha256: string } | null> {
  const row = await db.renderedPdf.findUnique({ where: { kind_versionId_fromVersionId_language_variant: uniqueKey(key) }, select: { storage: true, sha256: true } });
  return row ? { bytes: await getBlob(row), sha256: row.sha256 } : null;
}

async function renderAndStore(key: StoredPdfKey, render: () => Promise<Buffer>): Promise<StoredPdf> {
  const bytes = await render();
  const ref = await putBlob(bytes, "application/pdf");
  const sha256 = ref.sha256;
  // Another instance may have stored it meanwhile: the first row wins (ON CONFLICT DO NOTHING),
  // and everyone serves that row's bytes.
  const { count } = await db.renderedPdf.createMany({ data: [{ ...uniqueKey(key), sha256, storage: ref.storage, size: ref.size }], skipDuplicates: true });
  if (count === 1) return { bytes, sha256, wasRendered: true };
  const stored = await readStored(key);
  return stored ? { ...stored, wasRendered: true } : { bytes, sha256, wasRendered: true };
}

/** The stored PDF for this key, rendering and storing it the first time. */
export async function getOrRenderStoredPdf(key: StoredPdfKey, render: () => Promise<Buffer>): Promise<StoredPdf> {
  const stored = await readStored(key);
  if (stored) return { ...stored, wasRendered: false };
  const id = JSON.stringify(uniqueKey(key));
  let pending = rendering.get(id);
  if (!pending) {
    pending = renderAndStore(key, render).finally(() => rendering.delete(id));
    rendering.set(id, pending);
  }
  return pending;
}
