"use server";
import { headers } from "next/headers";
import { requireUser } from "@/lib/auth/current-user";
import { changePassword } from "@/lib/auth/change-password";
import { resendEmailVerification, verifyEmail } from "@/lib/auth/email-verification";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { endOtherSessions, endSession } from "@/lib/auth/sessions";
import { confirmTwoFactorSetup, disableTwoFactor } from "@/lib/auth/two-factor";
import { toPublicError } from "@/lib/errors";
import { clientInfo } from "@/lib/http/client-info";
import { formToObject } from "@/lib/http/form";

// The account's own security (pages under /account): authenticate, hand the raw form to one
// service, map the outcome. Messages are i18n keys.

export type AccountState = { ok: boolean; message?: string; fieldErrors?: Record<string, string>; codes?: string[] };

async function run(work: () => Promise<Partial<AccountState> | void>, okMessage?: string): Promise<AccountState> {
  try {
    const result = await work();
    return { ok: true, message: okMessage, ...(result ?? {}) };
  } catch (error) {
    // requireUser() redirects by throwing; let Next handle it.
    if (error && typeof error === "object" && "digest" in error && String((error as { digest: unknown }).digest).startsWith("NEXT_REDIRECT")) throw error;
    const { message, fieldErrors } = toPublicError(error);
    return { ok: false, message, fieldErrors };
  }
}

const client = async () => clientInfo(await headers());

export async function resendVerificationAction(_previous: AccountState, _form: FormData): Promise<AccountState> {
  return run(async () => {
    const user = await requireUser();
    await resendEmailVerification(user.id);
  }, "account.verifyResent");
}

export async function confirmEmailAction(_previous: AccountState, form: FormData): Promise<AccountState> {
  return run(async () => {
    await verifyEmail(form.get("token"), await client());
  }, "account.verifyDone");
}

export async function forgotPasswordAction(_previous: AccountState, form: FormData): Promise<AccountState> {
  return run(async () => requestPasswordReset(formToObject(form), await client()), "account.forgotSent");
}

export async function resetPasswordAction(_previous: AccountState, form: FormData): Promise<AccountState> {
  return run(async () => {
    await resetPassword(form.get("token"), { password: form.get("password") }, await client());
  }, "account.resetDone");
}

export async function changePasswordAction(_previous: AccountState, form: FormData): Promise<AccountState> {
  return run(async () => {
    const user = await requireUser();
    await changePassword(user, formToObject(form), await client());
  }, "account.passwordChanged");
}

export async function endSessionAction(_previous: AccountState, form: FormData): Promise<AccountState> {
  return run(async () => {
    const user = await requireUser();
    await endSession(user, form.get("sessionId"), await client());
  }, "account.sessionEnded");
}

export async function endOtherSessionsAction(_previous: AccountState, _form: FormData): Promise<AccountState> {
  return run(async () => {
    const user = await requireUser();
    await endOtherSessions(user, await client());
  }, "account.sessionsEnded");
}

export async function confirmTwoFactorAction(_previous: AccountState, form: FormData): Promise<AccountState> {
  return run(async () => {
    const user = await requireUser();
    return { codes: await confirmTwoFactorSetup(user.id, formToObject(form), await client()) };
  });
}

export async function disableTwoFactorAction(_previous: AccountState, form: FormData): Promise<AccountState> {
  return run(async () => {
    const user = await requireUser();
    await disableTwoFactor(user.id, formToObject(form), await client());
  }, "account.twoFactorDisabled");
}
