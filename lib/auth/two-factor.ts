import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";
import { z } from "zod";
import { db, type Role } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import { AppError } from "@/lib/errors";
import type { ClientInfo } from "@/lib/http/client-info";
import { hit } from "@/lib/rate-limit/rate-limit";
import { verifyPassword } from "./password";
import { decryptSecret, encryptSecret } from "./secret-box";

const issuer = "Verwerkersovereenkomst";
const secretPurpose = (userId: string) => `totp:${userId}`;
export const recoveryCodeCount = 10;

/** Owners and admins publish, sign and manage members: they must sign in with a second factor. */
export function requiresTwoFactor(role: Role): boolean {
  return role === "OWNER" || role === "ADMIN";
}

function totpFor(email: string, secretBase32: string) {
  return new TOTP({ issuer, label: email, algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secretBase32) });
}

/** One step either side (30 s) for clocks that drift. */
function isValidTotp(email: string, secretBase32: string, code: string): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  return totpFor(email, secretBase32).validate({ token: code, window: 1 }) !== null;
}

export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(normaliseRecoveryCode(code)).digest("hex");
}

const normaliseRecoveryCode = (code: string) => code.toLowerCase().replace(/[^a-z0-9]/g, "");

function newRecoveryCode(): string {
  // 80 random bits as 16 base32 characters, in four groups for reading aloud.
  const alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
  const bytes = randomBytes(16);
  const chars = Array.from(bytes, (byte) => alphabet[byte % 32]).join("");
  return chars.match(/.{4}/g)!.join("-");
}

/** The setup screen: a secret kept encrypted until confirmed with a first code; the same one on reload. */
export async function startTwoFactorSetup(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, totpSecretEncrypted: true, totpEnabledAt: true } });
  if (user.totpEnabledAt) throw new AppError("CONFLICT", "account.twoFactorAlreadyOn");
  let secretBase32 = user.totpSecretEncrypted ? decryptSecret(user.totpSecretEncrypted, secretPurpose(userId)) : null;
  if (!secretBase32) {
    secretBase32 = new Secret({ size: 20 }).base32;
    await db.user.updateMany({
      where: { id: userId, totpEnabledAt: null },
      data: { totpSecretEncrypted: encryptSecret(secretBase32, secretPurpose(userId)) },
    });
  }
  const uri = totpFor(user.email, secretBase32).toString();
  const qrDataUrl = await QRCode.toDataURL(uri, { errorCorrectionLevel: "M", margin: 1, width: 220 });
  return { secretBase32, uri, qrDataUrl };
}

const codeInput = z.object({ code: z.string().trim().max(40) });

/** The first code proves the app has the secret: two-factor is on, and ten recovery codes are shown once. */
export async function confirmTwoFactorSetup(userId: string, input: unknown, client: ClientInfo): Promise<string[]> {
  const parsed = codeInput.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", "validation.fix", { code: "account.totpCodeInvalid" });
  const limited = await hit(`totp-setup:${userId}`, { max: 10, windowSeconds: 15 * 60 });
  if (limited.isLimited) throw new AppError("RATE_LIMITED", "auth.tooManyAttempts");
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, totpSecretEncrypted: true, totpEnabledAt: true } });
  if (user.totpEnabledAt) throw new AppError("CONFLICT", "account.twoFactorAlreadyOn");
  if (!user.totpSecretEncrypted) throw new AppError("CONFLICT", "account.twoFactorSetupExpired");
  const secretBase32 = decryptSecret(user.totpSecretEncrypted, secretPurpose(userId));
  if (!isValidTotp(user.email, secretBase32, parsed.data.code)) {
    throw new AppError("VALIDATION", "validation.fix", { code: "account.totpCodeInvalid" });
  }
  const codes = Array.from({ length: recoveryCodeCount }, newRecoveryCode);
  await db.$transaction(async (tx) => {
    const switched = await tx.user.updateMany({
      where: { id: userId, totpEnabledAt: null, totpSecretEncrypted: user.totpSecretEncrypted },
      data: { totpEnabledAt: new Date() },
    });
    if (switched.count === 0) throw new AppError("CONFLICT", "account.twoFactorAlreadyOn");
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })) });
    await recordEvent(tx, { type: "user.two_factor_enabled", actorType: "USER", actorUserId: userId, client, data: { method: "totp", recoveryCodes: recoveryCodeCount } });
  });
  return codes;
}

const disableInput = z.object({ password: z.string().max(200), code: z.string().trim().max(40) });

/** Turning it off asks for the password and a current code (or a recovery code). */
export async function disableTwoFactor(userId: string, input: unknown, client: ClientInfo) {
  const parsed = disableInput.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", "validation.fix", { code: "account.totpCodeInvalid" });
  const limited = await hit(`totp-disable:${userId}`, { max: 5, windowSeconds: 15 * 60 });
  if (limited.isLimited) throw new AppError("RATE_LIMITED", "auth.tooManyAttempts");
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true, totpEnabledAt: true } });
  if (!user.totpEnabledAt) throw new AppError("CONFLICT", "account.twoFactorAlreadyOff");
  if (!(await verifyPassword(parsed.data.password, user.passwordHash))) {
    throw new AppError("VALIDATION", "validation.fix", { password: "account.currentPasswordWrong" });
  }
  if (!(await verifySecondFactor(userId, parsed.data.code, client))) {
    throw new AppError("VALIDATION", "validation.fix", { code: "account.totpCodeInvalid" });
  }
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { totpEnabledAt: null, totpSecretEncrypted: null } });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await recordEvent(tx, { type: "user.two_factor_disabled", actorType: "USER", actorUserId: userId, client, data: { method: "totp" } });
  });
}

/**
 * A 6-digit code from the authenticator app, or one of the recovery codes (spent in one atomic
 * UPDATE, so it works once even when sent twice at the same moment). Callers count attempts.
 */
export async function verifySecondFactor(userId: string, code: string, client: ClientInfo): Promise<"totp" | "recovery-code" | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, totpSecretEncrypted: true, totpEnabledAt: true } });
  if (!user?.totpEnabledAt || !user.totpSecretEncrypted) return null;
  const trimmed = code.trim();
  if (/^\d{6}$/.test(trimmed)) {
    return isValidTotp(user.email, decryptSecret(user.totpSecretEncrypted, secretPurpose(userId)), trimmed) ? "totp" : null;
  }
  if (normaliseRecoveryCode(trimmed).length !== 16) return null;
  return db.$transaction(async (tx) => {
    const spent = await tx.recoveryCode.updateMany({
      where: { userId, codeHash: hashRecoveryCode(trimmed), usedAt: null },
      data: { usedAt: new Date() },
    });
    if (spent.count === 0) return null;
    const left = await tx.recoveryCode.count({ where: { userId, usedAt: null } });
    await recordEvent(tx, { type: "user.recovery_code_used", actorType: "USER", actorUserId: userId, client, data: { codesLeft: left } });
    return "recovery-code" as const;
  });
}

/** For the security page. */
export async function getTwoFactorStatus(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { totpEnabledAt: true } });
  const codesLeft = user.totpEnabledAt ? await db.recoveryCode.count({ where: { userId, usedAt: null } }) : 0;
  return { isEnabled: !!user.totpEnabledAt, enabledAt: user.totpEnabledAt, codesLeft };
}

/** Seeds a known secret (demo data only: the secret is published with the demo password). */
export function sealedTotpSecretFor(userId: string, secretBase32: string): string {
  return encryptSecret(secretBase32, secretPurpose(userId));
}
