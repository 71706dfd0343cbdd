import { createHash } from "node:crypto";
import type { VersionDoc } from "./types";

/**
 * JSON with object keys sorted and no whitespace, so that the same content always gives the same
 * bytes regardless of how it was assembled. Arrays keep their order: order is content.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([key, v]) => v !== undefined && key !== "id")
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, v]) => `${JSON.stringify(key)}:${canonicalJson(v)}`).join(",")}}`;
}

/** The SHA-256 (hex) a signer's evidence refers to. Database ids are not content and are left out. */
export function contentHash(doc: VersionDoc): string {
  const canonical = canonicalJson({ format: "dpa-version/1", ...doc });
  return createHash("sha256").update(canonical, "utf8").digest("hex");
}
