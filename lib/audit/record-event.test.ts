import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createPublishedAgreement } from "@/lib/test/agreements";
import { addMember, createOrgWithMember, testClient, unique } from "@/lib/test/factories";
import type { OrgContext } from "@/lib/tenancy/context";
import { eventHash } from "./chain";
import { describeAuditActor } from "./events";
import { eraseAuditPersonalData } from "./erase-personal-data";
import { getAuditOverview } from "./get-audit-overview";
import { getAuditTrail } from "./get-audit-trail";
import { listAuditTrail } from "./list-audit-trail";
import { checkPersonalData, piiKey } from "./pii";
import { recordEvent } from "./record-event";
import { verifyAuditChains } from "./verify-audit-chains";

/** A published agreement, a signing session with two events, a signed agreement with two more. */
async function signedThroughSession(ctx: OrgContext) {
  const { agreement, versionId } = await createPublishedAgreement(ctx);
  const email = `${unique("signer")}@bakkerij.test`;
  const session = await db.signingSession.create({ data: { versionId, email, expiresAt: new Date(Date.now() + 3_600_000) } });
  const event = { actorType: "SIGNER" as const, actorEmail: email, organisationId: ctx.orgId, agreementId: agreement.id, versionId, client: testClient };
  await db.$transaction((tx) => recordEvent(tx, { ...event, type: "signing.started", signingSessionId: session.id }));
  await db.$transaction((tx) => recordEvent(tx, { ...event, type: "signing.code_accepted", signingSessionId: session.id, data: { verificationId: "ev_1", attempts: 1 } }));
  const signed = await db.$transaction(async (tx) => {
    const controller = await tx.controller.create({
      data: { processorOrganisationId: ctx.orgId, legalName: "Bakkerij B.V.", registrationNumber: "58123947", addressLine: "Oudegracht 1", postalCode: "3511 AX", city: "Utrecht", country: "NL" },
    });
    const row = await tx.signedAgreement.create({
      data: {
        organisationId: ctx.orgId, agreementId: agreement.id, versionId, controllerId: controller.id, reference: unique("DPA-2026"),
        submissionKey: unique("sub"), signerKey: unique("signer"), downloadTokenHash: unique("dl"), signingSessionId: session.id, signedAt: new Date(),
      },
    });
    const ids = { signingSessionId: session.id, signedAgreementId: row.id };
    await recordEvent(tx, { ...event, ...ids, type: "signing.consent_given", data: { authority: true } });
    await recordEvent(tx, { ...event, ...ids, type: "agreement.signed", data: { reference: row.reference, contentHash: "ab".repeat(32), method: "TYPED" } });
    return row;
  });
  return { session, signed, email };
}

describe("recordEvent", () => {
  it("chains the events of one organisation, hashing everything but the personal data", async () => {
    const ctx = await createOrgWithMember("OWNER");
    const first = await db.$transaction((tx) =>
      recordEvent(tx, { type: "member.invited", actorType: "USER", actorUserId: ctx.userId, actorEmail: "a@example.test", organisationId: ctx.orgId, client: testClient, data: { invitationId: "inv_1", role: "EDITOR" } }),
    );
    const second = await db.$transaction((tx) => recordEvent(tx, { type: "invitation.revoked", actorType: "SYSTEM", organisationId: ctx.orgId, data: { invitationId: "inv_1" } }));
    expect(first).toMatchObject({ chainKey: `org:${ctx.orgId}`, prevHash: null, data: { invitationId: "inv_1", role: "EDITOR" } });
    expect(second.prevHash).toBe(first.hash);
    for (const row of [first, second]) expect(eventHash({ ...row, chainKey: row.chainKey! })).toBe(row.hash);
    // The commitment holds the personal data without containing it.
    expect(first.piiCommitment).not.toContain("a@example.test");
    expect(checkPersonalData(first.piiCommitment!, { actorEmail: "a@example.test", ip: testClient.ip, userAgent: testClient.userAgent })).toEqual({ status: "ok" });
    expect(checkPersonalData(first.piiCommitment!, { actorEmail: "b@example.test", ip: null, userAgent: null })).toEqual({ status: "mismatch", fields: ["actorEmail"] });
    expect(piiKey()).not.toBeNull();
  });

  it("keeps one unbroken chain under 20 concurrent writers", async () => {
    const ctx = await createOrgWithMember("OWNER");
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.$transaction((tx) => recordEvent(tx, { type: "email.sent", actorType: "SYSTEM", organisationId: ctx.orgId, data: { template: null, messageId: `m${i}`, isKept: true } }), {
          maxWait: 20_000,
          timeout: 20_000,
        }),
      ),
    );
    const chain = await db.auditEvent.findMany({ where: { chainKey: `org:${ctx.orgId}` }, orderBy: { seq: "asc" } });
    expect(chain).toHaveLength(20);
    expect(chain[0].prevHash).toBeNull();
    for (let i = 1; i < chain.length; i++) expect(chain[i].prevHash).toBe(chain[i - 1].hash);
    expect(new Set(chain.map((e) => (e.data as { messageId: string }).messageId)).size).toBe(20);
    expect(await verifyAuditChains({ organisationId: ctx.orgId })).toMatchObject({ chains: 1, events: 20, problems: [] });
  });

  it("runs in a transaction of its own when given the client instead of one", async () => {
    const ctx = await createOrgWithMember("OWNER");
    const first = await recordEvent(db, { type: "signing.started", actorType: "SYSTEM", organisationId: ctx.orgId });
    const second = await recordEvent(db, { type: "signing.started", actorType: "SYSTEM", organisationId: ctx.orgId });
    expect(second.prevHash).toBe(first.hash);
  });

  it("continues the signing session's chain in the signed agreement's, and lists both as one trail", async () => {
    const ctx = await createOrgWithMember("OWNER");
    const { session, signed, email } = await signedThroughSession(ctx);
    const sessionEvents = await db.auditEvent.findMany({ where: { chainKey: `ss:${session.id}` }, orderBy: { seq: "asc" } });
    const signedEvents = await db.auditEvent.findMany({ where: { chainKey: `sa:${signed.id}` }, orderBy: { seq: "asc" } });
    expect(sessionEvents).toHaveLength(2);
    expect(signedEvents[0].prevHash).toBe(sessionEvents[1].hash);

    const trail = await listAuditTrail(signed.id);
    expect(trail.map((e) => e.type)).toEqual(["signing.started", "signing.code_accepted", "signing.consent_given", "agreement.signed"]);
    expect(trail[0]).toMatchObject({ at: sessionEvents[0].createdAt, type: "signing.started", actorEmail: email, ip: testClient.ip });
    expect(describeAuditActor(trail[0], "en")).toBe(`the signer (${email})`);
    expect(describeAuditActor(trail[0], "nl")).toBe(`de ondertekenaar (${email})`);
    expect(await listAuditTrail("no-such-id")).toEqual([]);
    await expect(verifyAuditChains({ organisationId: undefined })).rejects.toThrow(/organisationId is empty/);
    expect(await verifyAuditChains({ signedAgreementId: signed.id })).toMatchObject({ chains: 2, events: 4, problems: [] });
  });
});

describe("eraseAuditPersonalData", () => {
  it("erases personal data and keeps the chains valid; the database refuses every other change", async () => {
    const ctx = await createOrgWithMember("OWNER");
    const { signed, email } = await signedThroughSession(ctx);
    const { count } = await db.$transaction((tx) => eraseAuditPersonalData(tx, { actorEmail: email }));
    expect(count).toBe(4);
    const trail = await listAuditTrail(signed.id);
    expect(trail.map((e) => [describeAuditActor(e, "en"), e.ip])).toEqual(Array(4).fill(["the signer", null]));
    expect(await verifyAuditChains({ organisationId: ctx.orgId })).toMatchObject({ problems: [] });
    // Nothing left to erase: nothing is updated.
    expect(await db.$transaction((tx) => eraseAuditPersonalData(tx, { actorEmail: email }))).toEqual({ count: 0 });

    const event = await db.auditEvent.findFirstOrThrow({ where: { signedAgreementId: signed.id } });
    const attempts = [
      db.$executeRaw`UPDATE "AuditEvent" SET type = 'edited' WHERE id = ${event.id}`,
      db.$executeRaw`UPDATE "AuditEvent" SET ip = '192.0.2.1' WHERE id = ${event.id}`,
      db.$executeRaw`UPDATE "AuditEvent" SET "actorEmail" = NULL, data = '{}' WHERE id = ${event.id}`,
      db.$executeRaw`UPDATE "AuditEvent" SET "actorEmail" = NULL WHERE id = ${event.id}`, // already erased: changes nothing
      db.$executeRaw`DELETE FROM "AuditEvent" WHERE id = ${event.id}`,
    ];
    for (const attempt of attempts) await expect(attempt).rejects.toThrow(/IM001[\s\S]*immutable: AuditEvent/);
  });

  it("erases only the fields asked for, and refuses an erasure without criteria", async () => {
    const ctx = await createOrgWithMember("OWNER");
    const { session, signed, email } = await signedThroughSession(ctx);
    await db.$transaction((tx) => eraseAuditPersonalData(tx, { signingSessionId: session.id }, { fields: ["ip"] }));
    const rows = await db.auditEvent.findMany({ where: { signingSessionId: session.id } });
    expect(rows.map((r) => [r.actorEmail, r.ip, r.userAgent])).toEqual(Array(4).fill([email, null, testClient.userAgent]));
    expect(await verifyAuditChains({ signedAgreementId: signed.id })).toMatchObject({ problems: [], personalData: { checked: 4 } });

    await expect(db.$transaction((tx) => eraseAuditPersonalData(tx, {}))).rejects.toThrow(/at least one criterion/);
    await expect(db.$transaction((tx) => eraseAuditPersonalData(tx, { actorEmail: undefined }))).rejects.toThrow(/at least one criterion/);
    await expect(db.$transaction((tx) => eraseAuditPersonalData(tx, { actorEmail: "" }))).rejects.toThrow(/empty/);
  });
});

describe("the audit pages' services", () => {
  it("show an owner or admin the organisation's trail; others get FORBIDDEN, other organisations NOT_FOUND", async () => {
    const owner = await createOrgWithMember("OWNER");
    const { signed } = await signedThroughSession(owner);
    const admin = await addMember(owner, "ADMIN");

    const overview = await getAuditOverview(admin);
    expect(overview.verification.problems).toEqual([]);
    expect(overview.signedAgreements).toEqual([expect.objectContaining({ id: signed.id, reference: signed.reference, problemCount: 0 })]);
    const detail = await getAuditTrail(owner, signed.id);
    expect(detail.events.map((e) => e.type)).toEqual(["signing.started", "signing.code_accepted", "signing.consent_given", "agreement.signed"]);
    expect(detail.verification).toMatchObject({ chains: 2, events: 4, problems: [] });

    const codeOf = (promise: Promise<unknown>) => promise.then(() => "resolved", (error) => (error instanceof AppError ? error.code : String(error)));
    for (const role of ["EDITOR", "VIEWER"] as const) {
      const member = await addMember(owner, role);
      expect(await codeOf(getAuditOverview(member))).toBe("FORBIDDEN");
      expect(await codeOf(getAuditTrail(member, signed.id))).toBe("FORBIDDEN");
    }
    const stranger = await createOrgWithMember("OWNER");
    expect(await codeOf(getAuditTrail(stranger, signed.id))).toBe("NOT_FOUND");
    expect(await codeOf(getAuditTrail(owner, { id: signed.id }))).toBe("NOT_FOUND");
    expect((await getAuditOverview(stranger)).signedAgreements).toEqual([]);
  });
});
