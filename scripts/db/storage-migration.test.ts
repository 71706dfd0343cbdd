// The data part of migration content_addressed_storage (issue 9, item 8), run on rows as they were
// stored before it: the bytes of Document and RenderedPdf move to StoredBlob, once per distinct content.
import fs from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOwnDatabase, type OwnDatabase } from "@/lib/audit/test-fixture";
import { migrationsDir } from "./migrations";

let own: OwnDatabase;
beforeAll(async () => {
  own = await createOwnDatabase("storage_migration");
});
afterAll(async () => {
  await own?.drop();
});

/** The two INSERT ... SELECT statements that copy the bytes. */
function copyStatements(): string[] {
  const folder = fs.readdirSync(migrationsDir).find((name) => name.endsWith("_content_addressed_storage"))!;
  const sql = fs.readFileSync(path.join(migrationsDir, folder, "migration.sql"), "utf8");
  return sql
    .replace(/^\s*--.*$/gm, "")
    .split(";")
    .map((statement) => statement.trim())
    .filter((statement) => statement.startsWith('INSERT INTO "StoredBlob"'));
}

describe("migration content_addressed_storage", () => {
  it("moves every stored PDF's bytes to StoredBlob, storing the same bytes once", async () => {
    const run = (sql: string) => own.client.$executeRawUnsafe(sql);
    // The columns as they were before the migration.
    await run(`ALTER TABLE "Document" ADD COLUMN "bytes" BYTEA`);
    await run(`ALTER TABLE "RenderedPdf" ADD COLUMN "bytes" BYTEA`);
    const a = Buffer.from("%PDF-1.7 a");
    const b = Buffer.from("%PDF-1.7 b");
    const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
    await own.client.$executeRawUnsafe(
      `INSERT INTO "Document" (id, sha256, "contentType", bytes, size) VALUES ('d1', $1, 'application/pdf', $2, $3), ('d2', $1, 'application/pdf', $2, $3)`,
      sha(a), a, a.length,
    );
    await own.client.$executeRawUnsafe(
      `INSERT INTO "RenderedPdf" (id, kind, "versionId", language, sha256, bytes, size) VALUES ('r1', 'unsigned', 'v1', 'nl', $1, $2, $3), ('r2', 'unsigned', 'v2', 'nl', $4, $5, $6)`,
      sha(a), a, a.length, sha(b), b, b.length,
    );

    const statements = copyStatements();
    expect(statements).toHaveLength(2);
    for (const statement of statements) await run(statement);

    const blobs = await own.client.$queryRawUnsafe<{ sha256: string; bytes: Uint8Array; size: number }[]>(
      `SELECT sha256, bytes, size FROM "StoredBlob" ORDER BY sha256`,
    );
    expect(blobs.map((blob) => [blob.sha256, Buffer.from(blob.bytes).toString(), blob.size])).toEqual(
      [[sha(a), a.toString(), a.length], [sha(b), b.toString(), b.length]].sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    );
  });
});
