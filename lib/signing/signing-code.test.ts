import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createPublishedAgreement, createReadyDraft } from "@/lib/test/agreements";
import { createOrgWithMember, unique, uniqueClient } from "@/lib/test/factories";
import { readLatestSigningCode, requestSigningCode } from "@/lib/test/signing";
import { getSigningSession } from "./get-signing-session";
import { sendSigningCode } from "./send-signing-code";
import { SigningFlowError } from "./signing-codes";
import { startSigningSession } from "./start-signing-session";
import { verifySigningCode } from "./verify-signing-code";

type Refusal = { code: string; fieldErrors?: Record<string, string>; details?: Record<string, number> };

/** The refusal of a call that must fail (a call that succeeds fails the test). */
async function refusalOf(promise: Promise<unknown>): Promise<Refusal> {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { code: error.code, fieldErrors: error.fieldErrors, details: error instanceof SigningFlowError ? error.details : undefined };
  }
  throw new Error("expected a refusal, but the call succeeded");
}

const newEmail = () => `${unique("signer")}@klant.test`;
const wrongCodeFor = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

async function published() {
  return createPublishedAgreement(await createOrgWithMember("OWNER"));
}

async function sessionState(sessionId: string) {
  return db.signingSession.findUniqueOrThrow({ where: { id: sessionId }, select: { email: true, emailVerifiedAt: true } });
}

async function eventTypes(sessionId: string) {
  const events = await db.auditEvent.findMany({ where: { signingSessionId: sessionId }, orderBy: { seq: "asc" }, select: { type: true } });
  return events.map((event) => event.type);
}

/** Hourly limits count per clock hour: a test of them must not straddle the turn of the hour. */
async function awayFromTheHour() {
  const msToNextHour = 3_600_000 - (Date.now() % 3_600_000);
  if (msToNextHour < 20_000) await new Promise((resolve) => setTimeout(resolve, msToNextHour + 500));
}

describe("the signer proves their e-mail address with a code", () => {
  it("sends a 6-digit code kept only as a hash, and accepts it once, verifying the session's address", async () => {
    const { versionId } = await published();
    const email = newEmail();
    const client = uniqueClient();
    const { sessionId, expiresAt } = await startSigningSession(versionId, client);
    expect(sessionId).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(119 * 60_000);

    const sent = await sendSigningCode(sessionId, email.toUpperCase(), client);
    expect(sent.email).toBe(email);
    const code = await readLatestSigningCode(email);
    expect(code).toMatch(/^\d{6}$/);
    const stored = await db.emailVerification.findFirstOrThrow({ where: { signingSessionId: sessionId } });
    expect(stored.codeHash).not.toContain(code);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(10 * 60_000);
    expect(await getSigningSession(sessionId)).toMatchObject({ versionId, verifiedEmail: null, pendingEmail: email });

    const verified = await verifySigningCode(sessionId, ` ${code.slice(0, 3)} ${code.slice(3)} `, client);
    expect(verified.email).toBe(email);
    expect(await sessionState(sessionId)).toMatchObject({ email, emailVerifiedAt: verified.verifiedAt });
    expect(await getSigningSession(sessionId)).toMatchObject({ verifiedEmail: email, pendingEmail: null });
    expect(await eventTypes(sessionId)).toEqual(["signing.started", "agreement.viewed", "signing.code_sent", "signing.code_accepted"]);

    // Used once: the same code again is refused as used.
    expect(await refusalOf(verifySigningCode(sessionId, code, client))).toMatchObject({ code: "VALIDATION", fieldErrors: { code: "signing.codeUsed" } });
  });

  it("refuses a wrong, an expired and a replaced code, and a code from another session, changing nothing", async () => {
    const { versionId } = await published();
    const email = newEmail();
    const { sessionId, code, client } = await requestSigningCode(versionId, email);

    // Wrong: the tries left are told.
    expect(await refusalOf(verifySigningCode(sessionId, wrongCodeFor(code), client))).toEqual({
      code: "VALIDATION",
      fieldErrors: { code: "signing.codeWrong" },
      details: { triesLeft: 4 },
    });
    // Malformed: not a try.
    expect(await refusalOf(verifySigningCode(sessionId, "12a456", client))).toMatchObject({ fieldErrors: { code: "signing.codeFormat" } });

    // From another session (of the same address): never valid here.
    const other = await requestSigningCode(versionId, email, client);
    expect(other.code).not.toBe(code);
    if (other.code !== code) {
      expect(await refusalOf(verifySigningCode(sessionId, other.code, client))).toMatchObject({ fieldErrors: { code: "signing.codeWrong" } });
    }

    // Replaced: a new code makes the earlier one worthless.
    await sendSigningCode(sessionId, email, client);
    const newest = await readLatestSigningCode(email);
    if (newest !== code) {
      expect(await refusalOf(verifySigningCode(sessionId, code, client))).toMatchObject({ fieldErrors: { code: "signing.codeWrong" } });
    }

    // Expired: ten minutes later the right code is refused.
    await db.emailVerification.updateMany({ where: { signingSessionId: sessionId, consumedAt: null }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await refusalOf(verifySigningCode(sessionId, newest, client))).toMatchObject({ fieldErrors: { code: "signing.codeExpired" } });

    expect(await sessionState(sessionId)).toEqual({ email: null, emailVerifiedAt: null });
    const types = await eventTypes(sessionId);
    expect(types.filter((type) => type === "signing.code_refused").length).toBeGreaterThanOrEqual(3);
    expect(types).not.toContain("signing.code_accepted");

    // The other session still takes its own code.
    expect((await verifySigningCode(other.sessionId, other.code, client)).email).toBe(email);
  });

  it("counts 19 parallel wrong codes as 19 tries and burns the code, recording only the first 3 refusals", async () => {
    const { versionId } = await published();
    const { sessionId, code, client } = await requestSigningCode(versionId, newEmail());
    const wrong = wrongCodeFor(code);
    const refusals = await Promise.all(Array.from({ length: 19 }, () => refusalOf(verifySigningCode(sessionId, wrong, client))));
    expect(refusals.every((refusal) => refusal.code === "VALIDATION")).toBe(true);

    const verification = await db.emailVerification.findFirstOrThrow({ where: { signingSessionId: sessionId } });
    expect(verification.attempts).toBe(19);
    expect(verification.consumedAt).toBeNull();
    const messages = refusals.map((refusal) => refusal.fieldErrors?.code);
    expect(messages.filter((message) => message === "signing.codeWrong")).toHaveLength(4);
    expect(messages.filter((message) => message === "signing.codeBurned")).toHaveLength(15);

    expect(await refusalOf(verifySigningCode(sessionId, code, client))).toMatchObject({ fieldErrors: { code: "signing.codeBurned" } });
    expect(await sessionState(sessionId)).toEqual({ email: null, emailVerifiedAt: null });
    // 20 refusals of one code, 3 rows in the undeletable audit trail (and in the signed PDF).
    expect((await eventTypes(sessionId)).filter((type) => type === "signing.code_refused")).toHaveLength(3);
  });

  it("limits code checks to 20 an hour per session and 60 an hour per IPv6 /64, recording nothing when limited", async () => {
    await awayFromTheHour();
    const { versionId } = await published();
    const email = newEmail();
    const { sessionId, code, client } = await requestSigningCode(versionId, email);
    // A new code every few tries keeps each code alive: only the session limit can refuse.
    for (let i = 0; i < 20; i++) {
      if (i % 4 === 0 && i > 0) await sendSigningCode(sessionId, email, client);
      expect((await refusalOf(verifySigningCode(sessionId, wrongCodeFor(code), client))).code).toBe("VALIDATION");
    }
    const rowsBefore = await db.auditEvent.count({ where: { signingSessionId: sessionId } });
    const limited = await refusalOf(verifySigningCode(sessionId, code, client));
    expect(limited).toMatchObject({ code: "RATE_LIMITED", fieldErrors: { code: "signing.tooManyChecks" } });
    expect(limited.details?.retryAfterMinutes).toBeGreaterThanOrEqual(1);
    expect(await db.auditEvent.count({ where: { signingSessionId: sessionId } })).toBe(rowsBefore);

    // Many sessions from one /64 (each its own address in it): the 61st check is refused.
    const prefix = uniqueClient().ip.split("::")[0];
    const clientAt = (i: number) => ({ ip: `${prefix}:${(i + 1).toString(16)}:0:0:1`, userAgent: "vitest" });
    let refusedAt = -1;
    for (let i = 0; i < 61 && refusedAt < 0; i++) {
      const own = clientAt(i);
      const started = await startSigningSession(versionId, uniqueClient());
      const refusal = await refusalOf(verifySigningCode(started.sessionId, "123456", own));
      if (refusal.code === "RATE_LIMITED") refusedAt = i;
    }
    expect(refusedAt).toBe(60);
  });

  it("accepts the right code on the fifth try, not after five wrong ones", async () => {
    const { versionId } = await published();
    const { sessionId, code, client } = await requestSigningCode(versionId, newEmail());
    for (let i = 0; i < 4; i++) await refusalOf(verifySigningCode(sessionId, wrongCodeFor(code), client));
    expect((await verifySigningCode(sessionId, code, client)).email).toBeTruthy();
  });

  it("sends at most 5 codes an hour to one address, and from one IP address", async () => {
    await awayFromTheHour();
    const { versionId } = await published();
    const email = newEmail();
    // Each from another IP address: only the address limit applies.
    for (let i = 0; i < 5; i++) {
      const client = uniqueClient();
      const { sessionId } = await startSigningSession(versionId, client);
      await sendSigningCode(sessionId, email, client);
    }
    const client = uniqueClient();
    const { sessionId } = await startSigningSession(versionId, client);
    const sixth = await refusalOf(sendSigningCode(sessionId, email, client));
    expect(sixth).toMatchObject({ code: "RATE_LIMITED", fieldErrors: { email: "signing.tooManyCodes" } });
    expect(sixth.details?.retryAfterMinutes).toBeGreaterThanOrEqual(1);
    expect(sixth.details?.retryAfterMinutes).toBeLessThanOrEqual(60);
    expect(await db.emailVerification.count({ where: { email } })).toBe(5);
    expect(await db.emailMessage.count({ where: { to: email } })).toBe(5);

    // One IP address, five addresses: the sixth is refused.
    const shared = uniqueClient();
    const { sessionId: sharedSession } = await startSigningSession(versionId, shared);
    for (let i = 0; i < 5; i++) await sendSigningCode(sharedSession, newEmail(), shared);
    const other = newEmail();
    expect(await refusalOf(sendSigningCode(sharedSession, other, shared))).toMatchObject({ code: "RATE_LIMITED" });
    expect(await db.emailMessage.count({ where: { to: other } })).toBe(0);
  });

  it("refuses codes for expired or used sessions and for versions that cannot be signed", async () => {
    const { versionId } = await published();
    const client = uniqueClient();
    const { sessionId } = await startSigningSession(versionId, client);
    await db.signingSession.update({ where: { id: sessionId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await refusalOf(sendSigningCode(sessionId, newEmail(), client))).toMatchObject({ fieldErrors: { sessionId: "signing.sessionExpired" } });
    expect(await refusalOf(verifySigningCode(sessionId, "123456", client))).toMatchObject({ fieldErrors: { sessionId: "signing.sessionExpired" } });
    expect(await refusalOf(sendSigningCode("not-a-session-id-at-all", newEmail(), client))).toMatchObject({ fieldErrors: { sessionId: "signing.sessionExpired" } });
    expect(await getSigningSession(sessionId)).toBeNull();

    const { sessionId: open } = await startSigningSession(versionId, client);
    expect(await refusalOf(sendSigningCode(open, "not an address", client))).toMatchObject({ fieldErrors: { email: "validation.email" } });
    expect(await refusalOf(verifySigningCode(open, "123456", client))).toMatchObject({ fieldErrors: { code: "signing.codeNotSent" } });

    const draft = await createReadyDraft(await createOrgWithMember("OWNER"));
    const draftVersion = await db.agreementVersion.findFirstOrThrow({ where: { agreementId: draft.agreement.id } });
    expect(await refusalOf(startSigningSession(draftVersion.id, client))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusalOf(startSigningSession("no-such-version", client))).toMatchObject({ code: "NOT_FOUND" });
  });
});
