"use server";
import { headers } from "next/headers";
import { runAction, type ActionResult } from "@/lib/http/action-result";
import { clientInfo } from "@/lib/http/client-info";
import { signAgreement } from "@/lib/signing/sign-agreement";

export type SignOutcome =
  | { status: "signed"; reference: string; signedAt: string; downloadPath: string }
  | { status: "already-signed"; reference: string; signedAt: string };

/** The controller signs: the form's object goes to the service as it is; the service parses it. */
export async function signAgreementAction(input: unknown): Promise<ActionResult<{ outcome: SignOutcome }>> {
  return runAction(async () => {
    const result = await signAgreement(input, clientInfo(await headers()));
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
