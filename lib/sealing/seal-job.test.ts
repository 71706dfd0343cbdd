import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { signAgreement } from "@/lib/signing/sign-agreement";
import { getSignedPdfByToken } from "@/lib/signing/get-signed-pdf-by-token";
import { sha256Hex } from "@/lib/signing/tokens";
import { unsafeCreateVerifiedSigningSession } from "@/lib/signing/unsafe-create-verified-signing-session";
import { createPublishedAgreement } from "@/lib/test/agreements";
import { addMember, createOrgWithMember, signaturePng, testClient, unique } from "@/lib/test/factories";
import type { OrgContext } from "@/lib/tenancy/context";
import { enqueueSeal } from "./enqueue-seal";
import { listPendingSeals } from "./list-pending-seals";
import { handleSealJob } from "./seal-job";
import { forgetSealKey } from "./seal-key";
import { pdfsig, startTestTsa } from "./test-helpers";
import pg from "pg";
import { testOwnerUrl } from "@/scripts/db/database-roles";
import { getBlob } from "@/lib/storage";

beforeAll(() => {
  process.env.SEAL_DIR = mkdtempSync(join(tmpdir(), "seal-job-"));
  delete process.env.SEAL_P12_PATH;
  delete process.env.SEAL_TSA_URL;
  forgetSealKey();
});

/** A change the database refuses to the app (and to the owner with triggers on), for test fixtures. */
async function asOwnerWithoutTriggers(sql: string, values: unknown[]): Promise<void> {
  const owner = new pg.Client({ connectionString: testOwnerUrl() });
  await owner.connect();
  try {
    await owner.query("BEGIN");
    await owner.query("SET LOCAL session_replication_role = replica");
    await owner.query(sql, values);
    await owner.query("COMMIT");
  } finally {
    await owner.end();
  }
}

/**
 * A controller signs (the real signing service), then the agreement is put back to where a failed
 * inline seal leaves it: PENDING, serving the unsealed PDF.
 */
async function signedPendingAgreement(ctx?: OrgContext) {
  const org = ctx ?? (await createOrgWithMember("OWNER"));
  const { versionId } = await createPublishedAgreement(org);
  const email = `${unique("signer")}@klant.test`;
  const { sessionId } = await unsafeCreateVerifiedSigningSession(versionId, email, testClient, { assertedBy: "seal-job.test" });
  const result = await signAgreement(
    {
      versionId,
      submissionKey: unique("form-key-0123456789"),
      signingSessionId: sessionId,
      controller: { legalName: "Bakkerij Brood & Zo B.V.", registrationNumber: "58123947", addressLine: "Oudegracht 112", postalCode: "3511 AX", city: "Utrecht", country: "NL" },
      signer: { name: "Bram Visser", function: "Eigenaar", email, place: "Utrecht" },
      method: "DRAWN",
      imageDataUrl: signaturePng(),
      consent: true,
      authority: true,
    },
    testClient,
  );
  if (result.status !== "signed") throw new Error("expected a new signature");
  const row = await db.signedAgreement.findUniqueOrThrow({ where: { reference: result.reference }, include: { unsealedDocument: true } });
  const unsealed = row.unsealedDocument ?? (await db.document.findUniqueOrThrow({ where: { id: row.documentId! } }));
  // Un-sealing is what the database refuses (SignedAgreement_guard): done as the owner, triggers off.
  await asOwnerWithoutTriggers(
    `UPDATE "SignedAgreement" SET "documentId" = $2, "unsealedDocumentId" = $2, "pdfSha256" = $3, "sealStatus" = 'PENDING',
       "sealLevel" = NULL, "sealedAt" = NULL, "sealError" = 'inline sealing failed (test)', "sealAttempts" = 0 WHERE id = $1`,
    [row.id, unsealed.id, unsealed.sha256],
  );
  return { ctx: org, id: row.id, reference: result.reference, downloadToken: result.downloadToken, unsealed };
}

const sealedEvents = (signedAgreementId: string) =>
  db.auditEvent.findMany({ where: { signedAgreementId, type: { in: ["pdf.sealed", "pdf.timestamp_failed"] } }, orderBy: { seq: "asc" } });

describe("handleSealJob", () => {
  it("seals the stored PDF, serves the sealed copy and records pdf.sealed in one go", async () => {
    const pending = await signedPendingAgreement();
    const before = await sealedEvents(pending.id);

    await handleSealJob({ signedAgreementId: pending.id });

    const row = await db.signedAgreement.findUniqueOrThrow({ where: { id: pending.id }, include: { document: true } });
    expect(row).toMatchObject({ sealStatus: "SEALED", sealLevel: "B-B", sealError: null, unsealedDocumentId: pending.unsealed.id, sealAttempts: 1 });
    expect(row.sealedAt).toBeInstanceOf(Date);
    expect(row.documentId).not.toBe(pending.unsealed.id);
    const sealed = await getBlob(row.document!);
    expect(row.document!.sha256).toBe(sha256Hex(sealed));
    expect(row.pdfSha256).toBe(row.document!.sha256);
    expect(row.document!.size).toBe(sealed.length);
    // The sealed PDF is the unsealed one plus an incremental update with the signature.
    expect(sealed.subarray(0, pending.unsealed.size).equals(await getBlob(pending.unsealed))).toBe(true);
    const report = pdfsig(sealed);
    expect(report).toContain("Signature Validation: Signature is Valid.");
    expect(report).toContain("Signature Type: ETSI.CAdES.detached");

    const events = (await sealedEvents(pending.id)).slice(before.length);
    expect(events.map((e) => e.type)).toEqual(["pdf.sealed"]);
    expect(events[0]).toMatchObject({ actorType: "SYSTEM", organisationId: pending.ctx.orgId, data: { level: "B-B", sha256: row.document!.sha256 } });

    // The controller's download link now serves the sealed bytes.
    const download = await getSignedPdfByToken(pending.downloadToken, { ip: "203.0.113.8", userAgent: "vitest" });
    expect(download.bytes.equals(sealed)).toBe(true);
  });

  it("is idempotent: a second run, or two at once, give one sealed document and one event", async () => {
    const pending = await signedPendingAgreement();
    const before = await sealedEvents(pending.id);
    await Promise.all([handleSealJob({ signedAgreementId: pending.id }), handleSealJob({ signedAgreementId: pending.id })]);
    await handleSealJob({ signedAgreementId: pending.id });
    const row = await db.signedAgreement.findUniqueOrThrow({ where: { id: pending.id } });
    expect(row.sealStatus).toBe("SEALED");
    expect((await sealedEvents(pending.id)).slice(before.length).map((e) => e.type)).toEqual(["pdf.sealed"]);
    // Exactly two documents for this agreement: the unsealed and the sealed one.
    expect(await db.document.count({ where: { OR: [{ signedAgreement: { id: pending.id } }, { unsealedOf: { id: pending.id } }] } })).toBe(2);
  });

  it("stores the attempt and the error, keeps the signature pending, and rethrows (pg-boss retries)", async () => {
    const pending = await signedPendingAgreement();
    process.env.SEAL_P12_PATH = join(tmpdir(), `${unique("missing")}.p12`);
    forgetSealKey();
    try {
      await expect(handleSealJob({ signedAgreementId: pending.id })).rejects.toThrow(/SEAL_P12_PATH cannot be read/);
      await expect(handleSealJob({ signedAgreementId: pending.id })).rejects.toThrow();
    } finally {
      delete process.env.SEAL_P12_PATH;
      forgetSealKey();
    }
    const failed = await db.signedAgreement.findUniqueOrThrow({ where: { id: pending.id } });
    expect(failed).toMatchObject({ sealStatus: "PENDING", sealAttempts: 2, documentId: pending.unsealed.id });
    expect(failed.sealError).toMatch(/SEAL_P12_PATH cannot be read \(ENOENT\)/);

    // The next attempt, with the key back, seals it.
    await handleSealJob({ signedAgreementId: pending.id });
    expect(await db.signedAgreement.findUniqueOrThrow({ where: { id: pending.id } })).toMatchObject({ sealStatus: "SEALED", sealAttempts: 3, sealError: null });
  });

  it("records a time-stamp failure beside pdf.sealed when the TSA cannot be reached", async () => {
    const pending = await signedPendingAgreement();
    const before = await sealedEvents(pending.id);
    const tsa = await startTestTsa("grant");
    const url = tsa.url;
    await tsa.close(); // nobody listens there any more
    process.env.SEAL_TSA_URL = url;
    try {
      await handleSealJob({ signedAgreementId: pending.id });
    } finally {
      delete process.env.SEAL_TSA_URL;
    }
    const events = (await sealedEvents(pending.id)).slice(before.length);
    expect(events.map((e) => e.type)).toEqual(["pdf.sealed", "pdf.timestamp_failed"]);
    expect(events[0]!.data).toMatchObject({ level: "B-B" });
    expect((events[1]!.data as { error: string }).error).toMatch(/cannot be reached/);
  });

  it("seals at B-T with a reachable TSA", async () => {
    const pending = await signedPendingAgreement();
    const tsa = await startTestTsa("grant");
    process.env.SEAL_TSA_URL = tsa.url;
    try {
      await handleSealJob({ signedAgreementId: pending.id });
    } finally {
      delete process.env.SEAL_TSA_URL;
      await tsa.close();
    }
    const row = await db.signedAgreement.findUniqueOrThrow({ where: { id: pending.id }, include: { document: true } });
    expect(row.sealLevel).toBe("B-T");
    expect(pdfsig(await getBlob(row.document!))).toContain("Signature is Valid.");
  });

  it("drops a job for an unknown signed agreement without retrying", async () => {
    await expect(handleSealJob({ signedAgreementId: "does-not-exist" })).resolves.toBeUndefined();
  });
});

describe("enqueueSeal", () => {
  it("queues a pdf.seal job inside the caller's transaction, only when it commits", async () => {
    const pending = await signedPendingAgreement();
    await db.$transaction(async (tx) => enqueueSeal(tx, pending.id));
    const rolledBack = `${pending.id}-rolled-back`;
    await expect(
      db.$transaction(async (tx) => {
        await enqueueSeal(tx, rolledBack);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    const jobs = await db.$queryRaw<{ data: { signedAgreementId: string } }[]>`
      SELECT data FROM pgboss.job WHERE name = 'pdf.seal' AND data->>'signedAgreementId' IN (${pending.id}, ${rolledBack})`;
    expect(jobs.map((job) => job.data.signedAgreementId)).toEqual([pending.id]);
  });
});

describe("listPendingSeals", () => {
  it("lists the organisation's PDFs pending for more than five minutes, and no one else's", async () => {
    const owner = await createOrgWithMember("OWNER");
    const recent = await signedPendingAgreement(owner);
    const old = await signedPendingAgreement(owner);
    const ctx = await addMember(owner, "VIEWER"); // reading is enough
    await asOwnerWithoutTriggers(`UPDATE "SignedAgreement" SET "signedAt" = $2, "sealAttempts" = 3 WHERE id = $1`, [old.id, new Date(Date.now() - 6 * 60_000)]);

    const listed = await listPendingSeals(ctx);
    expect(listed.map((row) => row.reference)).toEqual([old.reference]);
    expect(listed[0]).toMatchObject({ attempts: 3, lastError: "inline sealing failed (test)", controller: "Bakkerij Brood & Zo B.V." });
    expect((await listPendingSeals(ctx, 0)).map((row) => row.reference).sort()).toEqual([old.reference, recent.reference].sort());

    const otherTenant = await createOrgWithMember("OWNER");
    expect(await listPendingSeals(otherTenant, 0)).toEqual([]);

    await handleSealJob({ signedAgreementId: old.id });
    expect(await listPendingSeals(ctx)).toEqual([]);
  });
});
