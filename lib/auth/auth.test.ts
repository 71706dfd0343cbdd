import { afterAll, describe, expect, it } from "vitest";
import { Secret, TOTP } from "otpauth";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createOrgWithMember, uniqueClient, unique } from "@/lib/test/factories";
import { getOrgContext } from "@/lib/tenancy/context";
import { createOrganisation } from "@/lib/organisations/create-organisation-for-user";
import { signUp, signUpLimitPerIp } from "@/lib/organisations/sign-up";
import { issueAccountToken, hashAccountToken } from "./account-tokens";
import { changePassword } from "./change-password";
import { verifyEmail } from "./email-verification";
import { hashPassword, verifyPassword } from "./password";
import { requestPasswordReset, resetPassword } from "./password-reset";
import { safeRedirectPath } from "./safe-redirect";
import { endOtherSessions, endSession, listActiveSessions } from "./sessions";
import { signInLimits, signInWithPassword } from "./sign-in";
import { limitKeyPart } from "@/lib/crypto/secrets";
import { confirmTwoFactorSetup, disableTwoFactor, startTwoFactorSetup } from "./two-factor";
import { pinnedHeaders } from "@/lib/test/client-headers";

const password = "correct paard batterij nietje";
const base = "https://dpa.example.test";

const outcome = (promise: Promise<unknown>) =>
  promise.then(() => "ok", (error) => (error instanceof AppError ? `${error.code}:${error.message}` : String(error)));

function headersFrom(ip: string) {
  return pinnedHeaders(ip, { "user-agent": "vitest auth" });
}

/** A user with a known password (and a verified address unless told otherwise). */
async function createUser({ isVerified = true } = {}) {
  const email = `${unique("auth")}@example.test`;
  const user = await db.user.create({
    data: { email, name: "Anna de Boer", passwordHash: await hashPassword(password), emailVerifiedAt: isVerified ? new Date() : null },
  });
  return user;
}

function codeFor(email: string, secretBase32: string, offsetSteps = 0) {
  const totp = new TOTP({ issuer: "Verwerkersovereenkomst", label: email, secret: Secret.fromBase32(secretBase32) });
  return totp.generate({ timestamp: Date.now() + offsetSteps * 30_000 });
}

const organisation = {
  legalName: `Verified ${unique("bv")} B.V.`, registrationNumber: "12345678", country: "NL",
  addressLine: "Damrak 1", postalCode: "1012 LG", city: "Amsterdam", privacyEmail: "privacy@verified.test",
};

afterAll(async () => {
  await db.$disconnect();
});

describe("safeRedirectPath (item 5)", () => {
  it.each([
    ["/%5Cevil.example", "/app"],
    ["/\\evil.example", "/app"],
    ["//evil.example", "/app"],
    ["///evil.example", "/app"],
    ["/%2F%2Fevil.example", "/app"],
    ["/%5C%5Cevil.example", "/app"],
    ["\\\\evil.example", "/app"],
    ["https://evil.example/app", "/app"],
    ["http:evil.example", "/app"],
    ["javascript:alert(1)", "/app"],
    ["JaVaScRiPt:alert(1)", "/app"],
    ["java\tscript:alert(1)", "/app"],
    ["/\t/evil.example", "/app"],
    ["/\n/evil.example", "/app"],
    ["data:text/html,<script>alert(1)</script>", "/app"],
    ["evil.example", "/app"],
    ["", "/app"],
    ["/app/%zz", "/app"],
    ["https://dpa.example.test.evil.example/app", "/app"],
    ["/app/offertewerk", "/app/offertewerk"],
    ["/app/offertewerk/members?tab=1#x", "/app/offertewerk/members?tab=1#x"],
    ["/invite/abc", "/invite/abc"],
  ])("%j -> %s", (next, expected) => {
    expect(safeRedirectPath(next, base)).toBe(expected);
  });

  it("refuses anything but a string", () => {
    expect(safeRedirectPath(undefined, base)).toBe("/app");
    expect(safeRedirectPath(["/app/x"], base)).toBe("/app");
  });
});

describe("sign-in throttling (item 6)", () => {
  it("of 30 parallel wrong passwords exactly `max` reach the password check, the rest are refused", async () => {
    const user = await createUser();
    const ip = uniqueClient().ip;
    const results = await Promise.all(
      Array.from({ length: 30 }, () => outcome(signInWithPassword({ email: user.email, password: "wrong password!" }, headersFrom(ip)))),
    );
    const checked = results.filter((result) => result === "UNAUTHENTICATED:auth.invalidCredentials");
    const refused = results.filter((result) => result === "RATE_LIMITED:auth.tooManyAttempts");
    expect(checked).toHaveLength(signInLimits.perEmail.max);
    expect(refused).toHaveLength(30 - signInLimits.perEmail.max);
    const row = await db.rateLimit.findFirstOrThrow({ where: { key: `sign-in:email:${limitKeyPart(user.email)}` } });
    expect(row.count).toBe(30);
    // Even the right password is refused now.
    expect(await outcome(signInWithPassword({ email: user.email, password }, headersFrom(ip)))).toBe("RATE_LIMITED:auth.tooManyAttempts");
  });

  it("a correct sign-in gives its count back and records user.signed_in", async () => {
    const user = await createUser();
    const ip = uniqueClient().ip;
    for (let i = 0; i < 8; i++) await signInWithPassword({ email: user.email, password }, headersFrom(ip));
    const row = await db.rateLimit.findFirstOrThrow({ where: { key: `sign-in:email:${limitKeyPart(user.email)}` } });
    expect(row.count).toBe(0);
    expect(await db.auditEvent.count({ where: { actorUserId: user.id, type: "user.signed_in" } })).toBe(8);
  });

});

describe("sign-up and e-mail verification (item 7)", () => {
  it("limits sign-ups per IP address: of 25 parallel ones exactly 20 create an account", async () => {
    const client = uniqueClient();
    const emails = Array.from({ length: 25 }, () => `${unique("burst")}@example.test`);
    const results = await Promise.all(emails.map((email) => outcome(signUp({ name: "Burst", email, password }, client))));
    expect(results.filter((result) => result === "ok")).toHaveLength(signUpLimitPerIp.max);
    expect(results.filter((result) => result === "RATE_LIMITED:auth.tooManySignUps")).toHaveLength(25 - signUpLimitPerIp.max);
    expect(await db.user.count({ where: { email: { in: emails } } })).toBe(signUpLimitPerIp.max);
  });

  it("an unverified account cannot create an organisation or act in one; the link verifies once", async () => {
    const email = `${unique("verify")}@example.test`;
    const { userId } = await signUp({ name: "Vera", email, password }, uniqueClient(), "en");
    const mail = await db.emailMessage.findFirstOrThrow({ where: { to: email } });
    expect(mail.subject).toBe("Confirm your e-mail address");
    expect(await outcome(createOrganisation(userId, organisation, uniqueClient()))).toBe("FORBIDDEN:account.verifyEmailFirst");
    expect(await db.membership.count({ where: { userId } })).toBe(0);

    const ctx = await createOrgWithMember("EDITOR");
    await db.membership.create({ data: { userId, organisationId: ctx.orgId, role: "EDITOR" } });
    expect(await outcome(getOrgContext(userId, ctx.orgSlug))).toBe("FORBIDDEN:account.verifyEmailFirst");

    const token = await db.$transaction((tx) => issueAccountToken(tx, userId, "VERIFY_EMAIL"));
    // The first link died when a new one was issued; only the hash of the new one is stored.
    expect(await db.accountToken.count({ where: { userId, usedAt: null } })).toBe(1);
    expect(await db.accountToken.count({ where: { tokenHash: hashAccountToken(token) } })).toBe(1);
    expect(await db.accountToken.count({ where: { tokenHash: token } })).toBe(0);

    const [first, second] = await Promise.all([outcome(verifyEmail(token, uniqueClient())), outcome(verifyEmail(token, uniqueClient()))]);
    expect([first, second].sort()).toEqual(["NOT_FOUND:account.linkInvalid", "ok"]);
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).emailVerifiedAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { actorUserId: userId, type: "user.email_verified" } })).toBe(1);
    expect((await getOrgContext(userId, ctx.orgSlug)).role).toBe("EDITOR");
    expect(await outcome(createOrganisation(userId, organisation, uniqueClient()))).toBe("ok");
  });

  it("an expired verification link is refused", async () => {
    const user = await createUser({ isVerified: false });
    const token = await db.$transaction((tx) => issueAccountToken(tx, user.id, "VERIFY_EMAIL"));
    await db.accountToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await outcome(verifyEmail(token, uniqueClient()))).toBe("NOT_FOUND:account.linkInvalid");
    expect(await outcome(verifyEmail("not-a-token", uniqueClient()))).toBe("NOT_FOUND:account.linkInvalid");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeNull();
  });
});

describe("password reset and change (item 7)", () => {
  it("asking for a reset answers the same for an unknown address and mails only a known one", async () => {
    const user = await createUser();
    const unknown = `${unique("nobody")}@example.test`;
    expect(await outcome(requestPasswordReset({ email: unknown }, uniqueClient()))).toBe("ok");
    expect(await outcome(requestPasswordReset({ email: user.email }, uniqueClient()))).toBe("ok");
    expect(await db.emailMessage.count({ where: { to: unknown } })).toBe(0);
    expect(await db.emailMessage.count({ where: { to: user.email } })).toBe(1);
    const token = await db.accountToken.findFirstOrThrow({ where: { userId: user.id, purpose: "RESET_PASSWORD" } });
    const minutes = (token.expiresAt.getTime() - token.createdAt.getTime()) / 60_000;
    expect(minutes).toBeCloseTo(60, 0);
  });

  it("a reset link sets a new password once and ends every session", async () => {
    const user = await createUser();
    const ip = uniqueClient().ip;
    const a = await signInWithPassword({ email: user.email, password }, headersFrom(ip));
    const b = await signInWithPassword({ email: user.email, password }, headersFrom(ip));
    const token = await db.$transaction((tx) => issueAccountToken(tx, user.id, "RESET_PASSWORD"));
    const newPassword = "nieuwe fiets onder de brug";
    expect(await outcome(resetPassword(token, { password: newPassword }, uniqueClient()))).toBe("ok");
    expect(await outcome(resetPassword(token, { password: "nog een ander wachtwoord" }, uniqueClient()))).toBe("NOT_FOUND:account.linkInvalid");
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(newPassword, stored.passwordHash)).toBe(true);
    expect(await db.session.count({ where: { id: { in: [a.sessionId, b.sessionId] }, revokedAt: null } })).toBe(0);
    expect(await db.auditEvent.count({ where: { actorUserId: user.id, type: "user.password_reset" } })).toBe(1);
  });

  it("an expired reset link changes nothing", async () => {
    const user = await createUser();
    const token = await db.$transaction((tx) => issueAccountToken(tx, user.id, "RESET_PASSWORD"));
    await db.accountToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await outcome(resetPassword(token, { password: "nieuwe fiets onder de brug" }, uniqueClient()))).toBe("NOT_FOUND:account.linkInvalid");
    expect(await verifyPassword(password, (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash)).toBe(true);
  });

  it("changing the password asks for the current one and ends the other sessions only", async () => {
    const user = await createUser();
    const ip = uniqueClient().ip;
    const current = await signInWithPassword({ email: user.email, password }, headersFrom(ip));
    const other = await signInWithPassword({ email: user.email, password }, headersFrom(ip));
    const me = { id: user.id, sessionId: current.sessionId };
    const wrong = await changePassword(me, { currentPassword: "not it at all", newPassword: "nieuwe fiets onder de brug" }, uniqueClient()).catch((error) => error);
    expect(wrong.fieldErrors).toEqual({ currentPassword: "account.currentPasswordWrong" });
    expect(await changePassword(me, { currentPassword: password, newPassword: "nieuwe fiets onder de brug" }, uniqueClient())).toEqual({ sessionsEnded: 1 });
    expect((await db.session.findUniqueOrThrow({ where: { id: current.sessionId } })).revokedAt).toBeNull();
    expect((await db.session.findUniqueOrThrow({ where: { id: other.sessionId } })).revokedAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { actorUserId: user.id, type: "user.password_changed" } })).toBe(1);
  });
});

describe("sessions (item 7)", () => {
  it("lists the user's sessions, ends one, ends all others; another user's session is not found", async () => {
    const user = await createUser();
    const stranger = await createUser();
    const ip = uniqueClient().ip;
    const [s1, s2, s3] = [
      await signInWithPassword({ email: user.email, password }, headersFrom(ip)),
      await signInWithPassword({ email: user.email, password }, headersFrom(ip)),
      await signInWithPassword({ email: user.email, password }, headersFrom(ip)),
    ];
    const theirs = await signInWithPassword({ email: stranger.email, password }, headersFrom(ip));
    const me = { id: user.id, sessionId: s1.sessionId };
    const listed = await listActiveSessions(me);
    expect(listed.map((session) => session.id).sort()).toEqual([s1.sessionId, s2.sessionId, s3.sessionId].sort());
    expect(listed.find((session) => session.isCurrent)?.id).toBe(s1.sessionId);
    expect(listed[0]).toMatchObject({ ip, userAgent: "vitest auth" });

    expect(await outcome(endSession(me, theirs.sessionId, uniqueClient()))).toBe("NOT_FOUND:account.sessionNotFound");
    expect((await db.session.findUniqueOrThrow({ where: { id: theirs.sessionId } })).revokedAt).toBeNull();
    await endSession(me, s2.sessionId, uniqueClient());
    expect((await listActiveSessions(me)).map((session) => session.id).sort()).toEqual([s1.sessionId, s3.sessionId].sort());
    expect(await endOtherSessions(me, uniqueClient())).toBe(1);
    expect((await listActiveSessions(me)).map((session) => session.id)).toEqual([s1.sessionId]);
    expect(await db.auditEvent.count({ where: { actorUserId: user.id, type: "user.session_ended" } })).toBe(2);
  });
});

describe("TOTP two-factor (item 7)", () => {
  it("is set up with a first code, stores the secret encrypted and ten hashed recovery codes", async () => {
    const user = await createUser();
    const setup = await startTwoFactorSetup(user.id);
    expect(setup.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(setup.uri).toContain(`secret=${setup.secretBase32}`);
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.totpSecretEncrypted).toMatch(/^v1\./);
    expect(stored.totpSecretEncrypted).not.toContain(setup.secretBase32);
    expect(stored.totpEnabledAt).toBeNull();
    // A reload shows the same secret.
    expect((await startTwoFactorSetup(user.id)).secretBase32).toBe(setup.secretBase32);

    expect(await outcome(confirmTwoFactorSetup(user.id, { code: "000000" }, uniqueClient()))).toBe("VALIDATION:validation.fix");
    const codes = await confirmTwoFactorSetup(user.id, { code: codeFor(user.email, setup.secretBase32) }, uniqueClient());
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const rows = await db.recoveryCode.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(10);
    for (const code of codes) expect(rows.some((row) => row.codeHash === code)).toBe(false);
    expect(await db.auditEvent.count({ where: { actorUserId: user.id, type: "user.two_factor_enabled" } })).toBe(1);
  });

  it("sign-in asks for the code after the password, refuses a wrong one, takes a recovery code once", async () => {
    const user = await createUser();
    const setup = await startTwoFactorSetup(user.id);
    const codes = await confirmTwoFactorSetup(user.id, { code: codeFor(user.email, setup.secretBase32) }, uniqueClient());
    const ip = uniqueClient().ip;
    expect(await outcome(signInWithPassword({ email: user.email, password }, headersFrom(ip)))).toBe("UNAUTHENTICATED:auth.totpRequired");
    expect(await outcome(signInWithPassword({ email: user.email, password, code: "123456" === codeFor(user.email, setup.secretBase32) ? "654321" : "123456" }, headersFrom(ip)))).toBe("UNAUTHENTICATED:auth.totpInvalid");
    expect(await outcome(signInWithPassword({ email: user.email, password: "wrong password!", code: codeFor(user.email, setup.secretBase32) }, headersFrom(ip)))).toBe("UNAUTHENTICATED:auth.invalidCredentials");
    const signedIn = await signInWithPassword({ email: user.email, password, code: codeFor(user.email, setup.secretBase32) }, headersFrom(ip));
    expect(signedIn.sessionId).toBeTruthy();
    // A code from five minutes ago is refused.
    expect(await outcome(signInWithPassword({ email: user.email, password, code: codeFor(user.email, setup.secretBase32, -10) }, headersFrom(ip)))).toBe("UNAUTHENTICATED:auth.totpInvalid");

    const results = await Promise.all([0, 1].map(() => outcome(signInWithPassword({ email: user.email, password, code: codes[0].toUpperCase() }, headersFrom(ip)))));
    expect(results.sort()).toEqual(["UNAUTHENTICATED:auth.totpInvalid", "ok"]);
    expect(await db.recoveryCode.count({ where: { userId: user.id, usedAt: { not: null } } })).toBe(1);
    const event = await db.auditEvent.findFirstOrThrow({ where: { actorUserId: user.id, type: "user.recovery_code_used" } });
    expect(event.data).toMatchObject({ codesLeft: 9 });
  });

  it("owners and admins must set it up before they act in their organisation; editors need not", async () => {
    const owner = await createOrgWithMember("OWNER");
    await db.user.update({ where: { id: owner.userId }, data: { emailVerifiedAt: new Date() } });
    expect(await outcome(getOrgContext(owner.userId, owner.orgSlug))).toBe("FORBIDDEN:account.twoFactorRequired");
    const editor = await createUser();
    await db.membership.create({ data: { userId: editor.id, organisationId: owner.orgId, role: "EDITOR" } });
    expect((await getOrgContext(editor.id, owner.orgSlug)).role).toBe("EDITOR");

    const ownerUser = await db.user.findUniqueOrThrow({ where: { id: owner.userId } });
    const setup = await startTwoFactorSetup(owner.userId);
    await confirmTwoFactorSetup(owner.userId, { code: codeFor(ownerUser.email, setup.secretBase32) }, uniqueClient());
    expect((await getOrgContext(owner.userId, owner.orgSlug)).role).toBe("OWNER");

    // Turning it off asks for the password and a code, and the owner is asked again.
    await db.user.update({ where: { id: owner.userId }, data: { passwordHash: await hashPassword(password) } });
    expect(await outcome(disableTwoFactor(owner.userId, { password: "wrong password!", code: codeFor(ownerUser.email, setup.secretBase32) }, uniqueClient()))).toBe("VALIDATION:validation.fix");
    await disableTwoFactor(owner.userId, { password, code: codeFor(ownerUser.email, setup.secretBase32) }, uniqueClient());
    expect(await db.recoveryCode.count({ where: { userId: owner.userId } })).toBe(0);
    expect(await db.auditEvent.count({ where: { actorUserId: owner.userId, type: "user.two_factor_disabled" } })).toBe(1);
    expect(await outcome(getOrgContext(owner.userId, owner.orgSlug))).toBe("FORBIDDEN:account.twoFactorRequired");
  });
});
