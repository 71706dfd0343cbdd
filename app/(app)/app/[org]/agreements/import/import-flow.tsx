"use client";
import { useState } from "react";
import type { FileKind, ParsedDpa } from "@/lib/import/types";
import { ImportReview } from "./import-review";
import { UploadForm } from "./upload-form";

export type ReadResult = ParsedDpa & { kind: FileKind };

/** Upload or paste, then review. The read result lives only in the browser until it is confirmed. */
export function ImportFlow({ orgSlug }: { orgSlug: string }) {
  const [result, setResult] = useState<ReadResult | null>(null);
  return result ? (
    <ImportReview orgSlug={orgSlug} result={result} onStartOver={() => setResult(null)} />
  ) : (
    <UploadForm orgSlug={orgSlug} onRead={setResult} />
  );
}
