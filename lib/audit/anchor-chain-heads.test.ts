import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Tx } from "@/lib/db";
import type { AuditInput } from "./record-event";
import { anchorChainHeads, anchorKey, checkAnchors } from "./anchor-chain-heads";
import { createOwnDatabase, createTrail, type OwnDatabase, type TrailFixture } from "./test-fixture";
import { verifyAuditChains } from "./verify-audit-chains";

let own: OwnDatabase;
let trail: TrailFixture;

beforeAll(async () => {
  own = await createOwnDatabase("anchors");
  trail = await createTrail(own.client);
});

afterAll(async () => {
  await own?.drop();
});

describe("anchors of the audit chains' heads", () => {
  it("anchors each chain's head once, with a MAC the database cannot make, and again when the head moves", async () => {
    expect(await anchorChainHeads(own.client)).toEqual({ anchored: 3 });
    const anchors = await own.client.auditAnchor.findMany({ orderBy: { chainKey: "asc" } });
    expect(anchors.map((a) => [a.chainKey, a.headSeq])).toEqual([
      [`org:${trail.organisationId}`, trail.seq.o3],
      [`sa:${trail.signedAgreementId}`, trail.seq.a4],
      [`ss:${trail.signingSessionId}`, trail.seq.s3],
    ]);
    expect(await anchorChainHeads(own.client)).toEqual({ anchored: 0 });
    const verification = await verifyAuditChains({}, own.client);
    expect(verification.anchors).toEqual({ checked: 3, unchecked: 0 });
    expect(verification.problems).toEqual([]);
  });

  it("are append-only: the database refuses to change or delete one", async () => {
    await expect(own.client.$executeRaw`UPDATE "AuditAnchor" SET "headSeq" = 1`).rejects.toThrow(/immutable/);
    await expect(own.client.$executeRaw`DELETE FROM "AuditAnchor"`).rejects.toThrow(/immutable/);
    await expect(own.client.$executeRawUnsafe(`TRUNCATE "AuditAnchor"`)).rejects.toThrow(/immutable/);
  });

  it("reports an anchor forged by someone without the key, and cannot check without the key", async () => {
    await own.client.auditAnchor.create({
      data: { chainKey: `ss:${trail.signingSessionId}`, headSeq: trail.seq.s3 + 1_000_000n, headHash: "ab".repeat(32), keyId: (await own.client.auditAnchor.findFirstOrThrow()).keyId, mac: "00".repeat(32) },
    });
    const { problems } = await checkAnchors(own.client, [`ss:${trail.signingSessionId}`]);
    expect(problems).toEqual([expect.objectContaining({ kind: "anchor", chainKey: `ss:${trail.signingSessionId}`, detail: expect.stringMatching(/MAC does not verify/) })]);
    expect(await checkAnchors(own.client, null, null)).toMatchObject({ checked: 0, unchecked: 3 });
    // The forged anchor's huge seq does not make the job skip chains whose head moves later.
    const { recordEvent } = await import("./record-event");
    await own.client.$transaction((tx) =>
      recordEvent(tx as unknown as Tx, { type: "organisation.created", actorType: "SYSTEM", organisationId: trail.organisationId, data: { slug: "anchor" } }),
    );
    expect(await anchorChainHeads(own.client)).toEqual({ anchored: 1 });
    expect(anchorKey({ AUDIT_ANCHOR_KEY: "k" })?.toString()).toBe("k");
    expect(anchorKey({})).toBeNull();
  });
});
