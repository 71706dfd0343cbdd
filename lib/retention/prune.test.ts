// Issue 8, item 16: the retention job deletes what is due and keeps the evidence of signatures.
// A database of its own: pruning works on whole tables, and "retention.prune" is scheduled here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useOwnDatabase } from "@/lib/email/test-helpers";
import { pinnedHeaders } from "@/lib/test/client-headers";

beforeAll(async () => {
  await useOwnDatabase("retention");
  process.env.NEXTAUTH_URL = "https://dpa.example.test";
}, 60_000);

afterAll(async () => {
  const { stopWorkers } = await import("@/lib/jobs/worker");
  await stopWorkers();
});

const dayMs = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * dayMs);

describe("pruneExpiredData", () => {
  it("deletes what is past retention and keeps a signature's evidence", async () => {
    const { db } = await import("@/lib/db");
    const { createOrgWithMember, signaturePng, uniqueClient, unique } = await import("@/lib/test/factories");
    const { createPublishedAgreement } = await import("@/lib/test/agreements");
    const { verifiedSigningSession, requestSigningCode } = await import("@/lib/test/signing");
    const { signAgreement } = await import("@/lib/signing/sign-agreement");
    const { requestDownloadLink } = await import("@/lib/email/request-download-link");
    const { pruneExpiredData } = await import("./prune");

    // Rate-limit windows: one from two days ago, one current.
    const oldKey = unique("old-window");
    const newKey = unique("new-window");
    await db.rateLimit.createMany({ data: [{ key: oldKey, windowStart: daysAgo(2), count: 3 }, { key: newKey, windowStart: new Date(), count: 1 }] });

    // Sign-in sessions: expired 31 days ago, ended 31 days ago, ended yesterday, active.
    const owner = await createOrgWithMember("OWNER");
    const sessions = await Promise.all(
      [
        { expiresAt: daysAgo(31) },
        { expiresAt: new Date(Date.now() + dayMs), revokedAt: daysAgo(31) },
        { expiresAt: new Date(Date.now() + dayMs), revokedAt: daysAgo(1) },
        { expiresAt: new Date(Date.now() + dayMs) },
      ].map((data) => db.session.create({ data: { userId: owner.userId, ...data } })),
    );

    // A signing session that never led to a signature, and one that did; both expired 31 days ago.
    const { versionId } = await createPublishedAgreement(owner);
    const dropout = `${unique("dropout")}@example.test`;
    const { sessionId: unfinished } = await requestSigningCode(versionId, dropout, uniqueClient());
    const signer = `${unique("signer")}@example.test`;
    const signedSession = await verifiedSigningSession(versionId, signer, uniqueClient());
    const signed = await signAgreement(
      {
        versionId,
        signingSessionId: signedSession,
        submissionKey: unique("retention-form-key-0123"),
        controller: { legalName: "Bewaar B.V.", registrationNumber: "11223344", addressLine: "Markt 1", postalCode: "6811 CG", city: "Arnhem", country: "NL" },
        signer: { name: "Rita Retentie", function: "Directeur", email: signer, place: "Arnhem" },
        method: "DRAWN",
        imageDataUrl: signaturePng(),
        consent: true,
        authority: true,
      },
      uniqueClient(),
    );
    if (signed.status !== "signed") throw new Error("expected a new signature");
    await db.signingSession.updateMany({ where: { id: { in: [unfinished, signedSession] } }, data: { expiresAt: daysAgo(31) } });
    const signedRow = await db.signedAgreement.findUniqueOrThrow({ where: { reference: signed.reference } });

    // A replaced download link from 91 days ago, beside the current one.
    await requestDownloadLink({ reference: signed.reference, email: signer, language: "nl" }, uniqueClient());
    await db.downloadLink.updateMany({ where: { signedAgreementId: signedRow.id, replacedAt: { not: null } }, data: { replacedAt: daysAgo(91) } });

    // Mail: every message so far is marked sent; the signed-agreement mails 31 days ago.
    await db.emailMessage.updateMany({ data: { status: "SENT", sentAt: new Date() } });
    const oldMail = await db.emailMessage.findFirstOrThrow({ where: { dedupeKey: `signed:${signedRow.id}:controller` } });
    await db.$executeRaw`UPDATE "EmailMessage" SET "createdAt" = ${daysAgo(31)} WHERE "id" = ${oldMail.id}`;
    const queuedOld = await db.emailMessage.create({ data: { to: "queued@example.test", subject: "s", text: "still queued", language: "nl", createdAt: daysAgo(31) } });

    const auditBefore = await db.auditEvent.count();
    const counts = await pruneExpiredData();

    expect(counts).toMatchObject({ rateLimits: 1, sessions: 2, signingSessions: 1, emailVerifications: 1, emailBodies: 1, downloadLinks: 1 });
    expect(counts.auditEventsErased).toBeGreaterThanOrEqual(2); // signing.started, signing.code_sent

    expect((await db.rateLimit.findMany({ where: { key: { in: [oldKey, newKey] } } })).map((row) => row.key)).toEqual([newKey]);
    expect((await db.session.findMany({ where: { userId: owner.userId } })).map((s) => s.id).sort()).toEqual([sessions[2]!.id, sessions[3]!.id].sort());

    // The dropout's session and code are gone; its audit events stay, without personal data.
    expect(await db.signingSession.findUnique({ where: { id: unfinished } })).toBeNull();
    expect(await db.emailVerification.count({ where: { signingSessionId: unfinished } })).toBe(0);
    const dropoutEvents = await db.auditEvent.findMany({ where: { signingSessionId: unfinished } });
    expect(dropoutEvents.length).toBeGreaterThanOrEqual(2);
    expect(dropoutEvents.every((event) => event.actorEmail === null && event.ip === null && event.userAgent === null)).toBe(true);

    // Evidence: the signed agreement's session, its verification, signature and audit events.
    expect(await db.signingSession.findUnique({ where: { id: signedSession } })).not.toBeNull();
    expect(await db.emailVerification.count({ where: { signingSessionId: signedSession } })).toBe(1);
    expect(await db.signature.count({ where: { signedAgreementId: signedRow.id } })).toBe(1);
    const evidence = await db.auditEvent.findMany({ where: { signingSessionId: signedSession } });
    expect(evidence.some((event) => event.actorEmail === signer)).toBe(true);
    expect(await db.auditEvent.count()).toBe(auditBefore);

    // The old mail keeps who, what and when, not its body; newer and unsent mail is untouched.
    const pruned = await db.emailMessage.findUniqueOrThrow({ where: { id: oldMail.id } });
    expect(pruned).toMatchObject({ to: signer, subject: oldMail.subject, status: "SENT", text: "", encryptedVars: null, attachmentId: oldMail.attachmentId });
    expect((await db.emailMessage.findUniqueOrThrow({ where: { id: queuedOld.id } })).text).toBe("still queued");
    expect(await db.emailMessage.count({ where: { text: { not: "" } } })).toBeGreaterThan(1);

    // Only the current download link is left.
    expect(await db.downloadLink.count({ where: { signedAgreementId: signedRow.id } })).toBe(1);

    // Run twice: nothing more to do.
    expect(await pruneExpiredData()).toEqual({ rateLimits: 0, sessions: 0, signingSessions: 0, emailVerifications: 0, auditEventsErased: 0, emailBodies: 0, downloadLinks: 0 });
  });

  it("keeps no e-mail address in rate-limit keys (sign-in, signing code, download link)", async () => {
    const { db } = await import("@/lib/db");
    const { createOrgWithMember, uniqueClient, unique } = await import("@/lib/test/factories");
    const { createPublishedAgreement } = await import("@/lib/test/agreements");
    const { requestSigningCode } = await import("@/lib/test/signing");
    const { requestDownloadLink } = await import("@/lib/email/request-download-link");
    const { signInWithPassword } = await import("@/lib/auth/sign-in");
    const owner = await createOrgWithMember("OWNER");
    const { versionId } = await createPublishedAgreement(owner);
    const local = unique("limited");
    const email = `${local}@example.test`;
    await requestSigningCode(versionId, email, uniqueClient());
    await requestDownloadLink({ reference: "DPA-2026-NOPE00", email }, uniqueClient());
    await signInWithPassword({ email, password: "wrong-password" }, pinnedHeaders("192.0.2.44")).catch(() => null);
    const keys = (await db.rateLimit.findMany({ select: { key: true } })).map((row) => row.key);
    const { limitKeyPart } = await import("@/lib/crypto/secrets");
    const part = limitKeyPart(email);
    expect(keys).toEqual(expect.arrayContaining([`sign-in:email:${part}`, `signing-code:email:${part}`, `download-link:email:${part}`]));
    expect(keys.filter((key) => key.toLowerCase().includes(local))).toEqual([]);
  });

  it("is scheduled daily with pg-boss", async () => {
    const { db } = await import("@/lib/db");
    const { startWorkers, RETENTION_CRON } = await import("@/lib/jobs/worker");
    await startWorkers({ pollingIntervalSeconds: 0.5, queues: ["retention.prune"] });
    const schedules = await db.$queryRaw<{ name: string; cron: string; timezone: string }[]>`SELECT name, cron, timezone FROM pgboss.schedule`;
    expect(schedules).toEqual([{ name: "retention.prune", cron: RETENTION_CRON, timezone: "UTC" }]);
  });
});
