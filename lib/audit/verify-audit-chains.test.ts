// Tampering with the audit trail, and whether verifyAuditChains sees it. On a database of its own:
// the triggers are switched off inside transactions that are rolled back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma, Tx } from "@/lib/db";
import { eventHash } from "./chain";
import { eraseAuditPersonalData } from "./erase-personal-data";
import { createOwnDatabase, createTrail, whileTampered, type OwnDatabase, type TrailFixture } from "./test-fixture";
import { verifyAuditChains, type AuditProblem } from "./verify-audit-chains";

let own: OwnDatabase;
let trail: TrailFixture;

beforeAll(async () => {
  own = await createOwnDatabase("audit_verify");
  trail = await createTrail(own.client);
});

afterAll(async () => {
  await own?.drop();
});

const sa = () => `sa:${trail.signedAgreementId}`;
const ss = () => `ss:${trail.signingSessionId}`;
const at = (name: string) => trail.seq[name].toString();
const summary = (problems: AuditProblem[]) => problems.map(({ chainKey, seq, kind }) => ({ chainKey, seq, kind }));
const verify = (tx: Tx) => verifyAuditChains({}, tx);

async function tampered(tamper: (tx: Tx) => Promise<unknown>) {
  return whileTampered(own.client, tamper, verify);
}

async function eventRow(tx: Tx, name: string) {
  return tx.auditEvent.findUniqueOrThrow({ where: { seq: trail.seq[name] } });
}

describe("verifyAuditChains", () => {
  it("finds nothing wrong in an untouched trail, and checks the personal data", async () => {
    const result = await verifyAuditChains({}, own.client);
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ chains: 3, events: 10, legacyEvents: 0, personalData: { checked: 10, unchecked: 0 } });
  });

  it("links the signed agreement's first event to the last event of its signing session", async () => {
    const [s3, a1] = await Promise.all([eventRow(own.client, "s3"), eventRow(own.client, "a1")]);
    expect(a1.prevHash).toBe(s3.hash);
    const s1 = await eventRow(own.client, "s1");
    expect(s1.prevHash).toBeNull();
  });

  it("detects an edited event in the signed agreement's chain (data) and in the session's (type)", async () => {
    const result = await tampered(async (tx) => {
      await tx.$executeRaw`UPDATE "AuditEvent" SET data = '{"reference": "DPA-2026-OTHER1"}' WHERE seq = ${trail.seq.a2}`;
      await tx.$executeRaw`UPDATE "AuditEvent" SET type = 'code.refused' WHERE seq = ${trail.seq.s2}`;
    });
    expect(summary(result.problems)).toEqual([
      { chainKey: sa(), seq: at("a2"), kind: "edited" },
      { chainKey: ss(), seq: at("s2"), kind: "edited" },
    ]);
  });

  it("detects edited personal data, but not erased personal data", async () => {
    const edited = await tampered((tx) => tx.$executeRaw`UPDATE "AuditEvent" SET ip = '192.0.2.99' WHERE seq = ${trail.seq.s1}`);
    expect(summary(edited.problems)).toEqual([{ chainKey: ss(), seq: at("s1"), kind: "edited" }]);
    expect(edited.problems[0].detail).toContain("ip");

    const erased = await whileTampered(
      own.client,
      async () => {},
      async (tx) => {
        const { count } = await eraseAuditPersonalData(tx, { signingSessionId: trail.signingSessionId }, { fields: ["ip"] });
        expect(count).toBe(6); // a3 has no IP address
        return verify(tx);
      },
    );
    expect(erased.problems).toEqual([]);
  });

  it("detects a deleted event in the middle of either chain", async () => {
    const result = await tampered(async (tx) => {
      await tx.$executeRaw`DELETE FROM "AuditEvent" WHERE seq IN (${trail.seq.s2}, ${trail.seq.a3})`;
    });
    expect(summary(result.problems)).toEqual([
      { chainKey: sa(), seq: at("a4"), kind: "missing" },
      { chainKey: ss(), seq: at("s3"), kind: "missing" },
    ]);
  });

  it("detects a deleted first event, and the deleted last event of the session (anchored by the signed agreement)", async () => {
    const first = await tampered((tx) => tx.$executeRaw`DELETE FROM "AuditEvent" WHERE seq = ${trail.seq.a1}`);
    expect(summary(first.problems)).toEqual([{ chainKey: sa(), seq: at("a2"), kind: "missing" }]);

    const lastOfSession = await tampered((tx) => tx.$executeRaw`DELETE FROM "AuditEvent" WHERE seq = ${trail.seq.s3}`);
    expect(summary(lastOfSession.problems)).toEqual([{ chainKey: sa(), seq: at("a1"), kind: "missing" }]);

    const firstOfSession = await tampered((tx) => tx.$executeRaw`DELETE FROM "AuditEvent" WHERE seq = ${trail.seq.s1}`);
    expect(summary(firstOfSession.problems)).toEqual([{ chainKey: ss(), seq: at("s2"), kind: "missing" }]);
  });

  it("detects an event inserted into the middle of a chain, even with a correct hash and link", async () => {
    const result = await tampered(async (tx) => {
      await insertForged(tx, "a2", trail.gaps.betweenA2A3, { type: "signing.consent_given" });
    });
    expect(summary(result.problems)).toEqual([{ chainKey: sa(), seq: trail.gaps.betweenA2A3.toString(), kind: "inserted" }]);
  });

  it("detects an event inserted into the session's chain before signing", async () => {
    const result = await tampered(async (tx) => {
      await insertForged(tx, "s3", trail.gaps.beforeSigning, { type: "email.verified" });
    });
    expect(summary(result.problems)).toEqual([{ chainKey: ss(), seq: trail.gaps.beforeSigning.toString(), kind: "inserted" }]);
  });

  it("detects events added at the end that do not follow the chain, and unchained events", async () => {
    const result = await tampered(async (tx) => {
      await insertForged(tx, "a2", null, { type: "pdf.downloaded" }); // links back past a3 and a4
      await tx.$executeRaw`INSERT INTO "AuditEvent" (id, type, "actorType", "chainKey") VALUES ('nohash', 'pdf.downloaded', 'PUBLIC', ${sa()})`;
      await tx.$executeRaw`INSERT INTO "AuditEvent" (id, type, "actorType") VALUES ('unchained', 'pdf.downloaded', 'PUBLIC')`;
    });
    expect(result.problems.map((p) => [p.chainKey, p.kind, p.eventId])).toEqual([
      [sa(), "inserted", "forged"],
      [sa(), "inserted", "nohash"],
      ["unchained", "inserted", "unchained"],
    ]);
  });

  it("detects a signed agreement moved away from its signing session", async () => {
    const result = await tampered((tx) =>
      tx.$executeRaw`UPDATE "SignedAgreement" SET "signingSessionId" = NULL WHERE id = ${trail.signedAgreementId}`,
    );
    expect(summary(result.problems)).toEqual([{ chainKey: sa(), seq: at("a1"), kind: "broken-link" }]);
  });

  it("verifies one organisation's chains, or one signed agreement's", async () => {
    const byOrganisation = await verifyAuditChains({ organisationId: trail.organisationId }, own.client);
    expect(byOrganisation).toMatchObject({ chains: 3, events: 10, problems: [] });
    const bySigned = await verifyAuditChains({ signedAgreementId: trail.signedAgreementId }, own.client);
    expect(bySigned).toMatchObject({ chains: 2, events: 7, problems: [] });
    const ofNobody = await verifyAuditChains({ organisationId: "no-such-organisation" }, own.client);
    expect(ofNobody).toMatchObject({ chains: 0, events: 0, problems: [] });
  });
});

/** A forged event with a correct hash, linked to `after`; at `seq`, or at the end when null. */
async function insertForged(tx: Tx, after: string, seq: bigint | null, change: { type: string }) {
  const previous = await eventRow(tx, after);
  const fields = { ...previous, ...change, chainKey: previous.chainKey!, createdAt: new Date(previous.createdAt.getTime() + 1), prevHash: previous.hash };
  const hash = eventHash(fields);
  await tx.auditEvent.create({
    data: {
      id: "forged",
      ...(seq === null ? {} : { seq }),
      chainKey: fields.chainKey,
      type: fields.type,
      actorType: fields.actorType,
      actorUserId: fields.actorUserId,
      actorEmail: null,
      organisationId: fields.organisationId,
      agreementId: fields.agreementId,
      versionId: fields.versionId,
      signedAgreementId: fields.signedAgreementId,
      signingSessionId: fields.signingSessionId,
      createdAt: fields.createdAt,
      data: fields.data as Prisma.InputJsonValue,
      piiCommitment: fields.piiCommitment,
      prevHash: fields.prevHash,
      hash,
    },
  });
}
