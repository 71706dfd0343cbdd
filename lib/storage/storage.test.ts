import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPublishedAgreement } from "@/lib/test/agreements";
import { createOrgWithMember, signaturePng, uniqueClient, unique } from "@/lib/test/factories";
import { verifiedSigningSession } from "@/lib/test/signing";
import { getSignedPdf } from "@/lib/signing/get-signed-pdf";
import { getSignedPdfByToken } from "@/lib/signing/get-signed-pdf-by-token";
import { signAgreement } from "@/lib/signing/sign-agreement";
import { getBlob, putBlob, resetStorageForTests, sha256Hex } from "./index";
import { postgresStore } from "./postgres-store";
import { s3Store } from "./s3-store";

// A real S3-compatible server (s3rver) on a free loopback port, started by this test.
const bucket = "dpa-test";
let server: S3rver;
let endpoint: string;
let directory: string;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), "s3rver-"));
  server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
  const address = await server.run();
  endpoint = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  for (const name of ["S3_BUCKET", "S3_ENDPOINT", "S3_REGION", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_FORCE_PATH_STYLE", "S3_PREFIX"]) delete process.env[name];
  resetStorageForTests();
  await server?.close();
  rmSync(directory, { recursive: true, force: true });
});

const config = (prefix: string) => ({ bucket, endpoint, region: "us-east-1", accessKeyId: "S3RVER", secretAccessKey: "S3RVER", forcePathStyle: true, prefix });

async function objectKeys(prefix: string): Promise<string[]> {
  const client = new S3Client({ region: "us-east-1", endpoint, forcePathStyle: true, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } });
  const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }));
  return (listed.Contents ?? []).map((object) => object.Key!);
}

async function signOne() {
  const ctx = await createOrgWithMember("OWNER");
  const { versionId } = await createPublishedAgreement(ctx);
  const email = `${unique("signer")}@example.test`;
  const client = uniqueClient();
  const result = await signAgreement(
    {
      versionId,
      signingSessionId: await verifiedSigningSession(versionId, email, client),
      submissionKey: unique("storage-test-key-0123"),
      controller: { legalName: "Drukkerij De Pers B.V.", registrationNumber: "33445566", addressLine: "Markt 1", postalCode: "6811 CG", city: "Arnhem", country: "NL" },
      signer: { name: "Ilse Bos", function: "Directeur", email, place: "Arnhem" },
      method: "DRAWN",
      imageDataUrl: signaturePng(),
      consent: true,
      authority: true,
    },
    client,
  );
  if (result.status !== "signed") throw new Error("expected a new signature");
  return { ctx, client, result };
}

describe("the S3 backend", () => {
  it("stores, reads and stores the same bytes once", async () => {
    const prefix = `${unique("unit")}/`;
    const store = s3Store(config(prefix));
    const bytes = randomBytes(200_000);
    const sha256 = sha256Hex(bytes);
    expect(await store.get(sha256)).toBeNull();
    await store.put(sha256, bytes, "application/pdf");
    await store.put(sha256, bytes, "application/pdf");
    expect(Buffer.compare((await store.get(sha256))!, bytes)).toBe(0);
    expect(await objectKeys(prefix)).toEqual([`${prefix}sha256/${sha256}`]);
  });

  it("keeps a signed agreement's PDFs in S3, serves them through the download functions, and the database holds no PDF bytes", async () => {
    const prefix = `${unique("signed")}/`;
    Object.assign(process.env, {
      S3_BUCKET: bucket, S3_ENDPOINT: endpoint, S3_REGION: "us-east-1", S3_ACCESS_KEY_ID: "S3RVER", S3_SECRET_ACCESS_KEY: "S3RVER", S3_FORCE_PATH_STYLE: "true", S3_PREFIX: prefix,
    });
    resetStorageForTests();
    try {
      const { ctx, client, result } = await signOne();
      const row = await db.signedAgreement.findUniqueOrThrow({ where: { reference: result.reference }, include: { document: true, unsealedDocument: true } });
      const documents = [row.document!, row.unsealedDocument!];
      expect(documents.map((document) => document.storage)).toEqual(["s3", "s3"]);

      const dashboard = await getSignedPdf(ctx, row.id, client);
      const byLink = await getSignedPdfByToken(result.downloadToken, client);
      expect(sha256Hex(dashboard.bytes)).toBe(row.pdfSha256);
      expect(Buffer.compare(byLink.bytes, dashboard.bytes)).toBe(0);
      expect(dashboard.bytes.subarray(0, 5).toString()).toBe("%PDF-");

      // Sealed inline: the unsealed PDF is the start of the sealed one and is kept as that prefix,
      // so one object holds both; none of it is in PostgreSQL.
      expect(row.unsealedDocument!.prefixOf).toBe(row.document!.sha256);
      expect(await objectKeys(prefix)).toEqual([`${prefix}sha256/${row.document!.sha256}`]);
      const unsealed = await getBlob(row.unsealedDocument!);
      expect(sha256Hex(unsealed)).toBe(row.unsealedDocument!.sha256);
      expect(unsealed.length).toBeLessThan(dashboard.bytes.length);
      expect(await db.storedBlob.count({ where: { sha256: { in: documents.map((document) => document.sha256) } } })).toBe(0);
      const [{ bytes }] = await db.$queryRaw<{ bytes: bigint }[]>`
        SELECT coalesce(sum(octet_length("bytes")), 0)::bigint AS "bytes" FROM "StoredBlob" WHERE "sha256" = ANY(${documents.map((document) => document.sha256)})`;
      expect(Number(bytes)).toBe(0);
    } finally {
      for (const name of ["S3_BUCKET", "S3_ENDPOINT", "S3_PREFIX"]) delete process.env[name];
      resetStorageForTests();
    }
  });
});

describe("the PostgreSQL backend (the default)", () => {
  it("stores the same bytes once, and a stored content never changes", async () => {
    const bytes = randomBytes(50_000);
    const first = await putBlob(bytes, "application/pdf");
    const second = await putBlob(Buffer.from(bytes), "application/pdf");
    expect(first).toEqual({ storage: "postgres", sha256: sha256Hex(bytes), size: bytes.length });
    expect(second).toEqual(first);
    expect(await db.storedBlob.count({ where: { sha256: first.sha256 } })).toBe(1);
    expect(Buffer.compare(await getBlob(first), bytes)).toBe(0);
    expect(await postgresStore.get("0".repeat(64))).toBeNull();
    await expect(db.$executeRaw`UPDATE "StoredBlob" SET "bytes" = '\\x00' WHERE "sha256" = ${first.sha256}`).rejects.toThrow(/immutable/);
    await expect(db.$executeRaw`DELETE FROM "StoredBlob" WHERE "sha256" = ${first.sha256}`).rejects.toThrow(/immutable/);
  });

  it("keeps one copy of a signed agreement: the sealed PDF, with the unsealed one as its start", async () => {
    const { ctx, client, result } = await signOne();
    const row = await db.signedAgreement.findUniqueOrThrow({ where: { reference: result.reference }, include: { document: true, unsealedDocument: true } });
    expect(row.sealStatus).toBe("SEALED");
    const [sealed, unsealed] = [row.document!, row.unsealedDocument!];
    expect([sealed.storage, unsealed.storage, unsealed.prefixOf]).toEqual(["postgres", "postgres", sealed.sha256]);
    const blobs = await db.storedBlob.findMany({ where: { sha256: { in: [sealed.sha256, unsealed.sha256] } }, select: { sha256: true, size: true } });
    expect(blobs).toEqual([{ sha256: sealed.sha256, size: sealed.size }]);
    expect(sha256Hex(await getBlob(unsealed))).toBe(unsealed.sha256);
    expect(sha256Hex((await getSignedPdf(ctx, row.id, client)).bytes)).toBe(row.pdfSha256);
    console.info("stored bytes of one signed agreement:", { before: sealed.size + unsealed.size, after: sealed.size });
  });

  it("refuses to serve bytes that do not match their hash", async () => {
    await expect(getBlob({ storage: "postgres", sha256: "f".repeat(64) })).rejects.toThrow(/missing/);
    await expect(getBlob({ storage: "elsewhere", sha256: "f".repeat(64) })).rejects.toThrow(/unknown storage/);
  });
});
