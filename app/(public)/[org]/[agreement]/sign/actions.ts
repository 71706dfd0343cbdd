"use server";
import { headers } from "next/headers";
import { runAction, type ActionResult } from "@/lib/http/action-result";
import { clientInfo } from "@/lib/http/client-info";
import { getSigningSession } from "@/lib/signing/get-signing-session";
import { sendSigningCode } from "@/lib/signing/send-signing-code";
import { signAgreement } from "@/lib/signing/sign-agreement";
import { assertSignAllowed } from "@/lib/signing/sign-rate-limit";
import { SigningFlowError } from "@/lib/signing/signing-codes";
import { startSigningSession } from "@/lib/signing/start-signing-session";
import { verifySigningCode } from "@/lib/signing/verify-signing-code";

export type SignOutcome =
  | { status: "signed"; reference: string; signedAt: string; downloadPath: string }
  | { status: "already-signed"; reference: string; signedAt: string };

/** A refusal may carry numbers its message needs (minutes to wait, tries left). */
type StepResult<T> = ActionResult<T> & { details?: Record<string, number> };

async function runStep<T extends object>(work: () => Promise<T>): Promise<StepResult<T>> {
  let details: Record<string, number> | undefined;
  const result = await runAction(async () => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof SigningFlowError) details = error.details;
      throw error;
    }
  });
  return result.ok || !details ? result : { ...result, details };
}

/** Starts a signing session for a published version (the e-mail step's first request). */
export async function startSigningSessionAction(versionId: unknown): Promise<StepResult<{ sessionId: string }>> {
  return runStep(async () => {
    const { sessionId } = await startSigningSession(versionId, clientInfo(await headers()));
    return { sessionId };
  });
}

/** What the form needs after a reload; null when the session can no longer be used. */
export async function getSigningSessionAction(sessionId: unknown) {
  const state = await getSigningSession(sessionId);
  return state ? { versionId: state.versionId, verifiedEmail: state.verifiedEmail, pendingEmail: state.pendingEmail } : null;
}

export async function sendSigningCodeAction(input: { sessionId: unknown; email: unknown }): Promise<StepResult<{ email: string; resendAfterSeconds: number }>> {
  return runStep(async () => {
    const sent = await sendSigningCode(input?.sessionId, input?.email, clientInfo(await headers()));
    return { email: sent.email, resendAfterSeconds: sent.resendAfterSeconds };
  });
}

export async function verifySigningCodeAction(input: { sessionId: unknown; code: unknown }): Promise<StepResult<{ email: string }>> {
  return runStep(async () => {
    const verified = await verifySigningCode(input?.sessionId, input?.code, clientInfo(await headers()));
    return { email: verified.email };
  });
}

/** The controller signs: the form's object goes to the service as it is; the service parses it. */
export async function signAgreementAction(input: unknown): Promise<ActionResult<{ outcome: SignOutcome }>> {
  return runAction(async () => {
    const client = clientInfo(await headers());
    await assertSignAllowed(client);
    const result = await signAgreement(input, client);
    const outcome: SignOutcome =
      result.status === "signed"
        ? {
            status: "signed",
            reference: result.reference,
            signedAt: result.signedAt.toISOString(),
            downloadPath: `/d/${result.downloadToken}`,
          }
        : { status: "already-signed", reference: result.reference, signedAt: result.signedAt.toISOString() };
    return { outcome };
  });
}
