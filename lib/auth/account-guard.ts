import "server-only";
import type { Role } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requiresTwoFactor } from "./two-factor";

export type AccountStatus = { emailVerifiedAt: Date | null; totpEnabledAt: Date | null };

/** Messages the pages recognise to send the person to the step they still owe. */
export const verifyEmailFirst = "account.verifyEmailFirst";
export const setUpTwoFactorFirst = "account.twoFactorRequired";

/**
 * Before an account acts: its e-mail address is verified; as owner or admin of the organisation
 * it acts in, it signs in with a second factor (TOTP).
 */
export function assertAccountCanAct(account: AccountStatus, role: Role | null): void {
  if (!account.emailVerifiedAt) throw new AppError("FORBIDDEN", verifyEmailFirst);
  if (role && requiresTwoFactor(role) && !account.totpEnabledAt) throw new AppError("FORBIDDEN", setUpTwoFactorFirst);
}
