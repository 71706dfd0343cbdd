"use server";
import { headers } from "next/headers";
import { signUp } from "@/lib/organisations/sign-up";
import { clientInfo } from "@/lib/http/client-info";
import { toPublicError } from "@/lib/errors";
import { formToObject } from "@/lib/http/form";

export type SignUpState = { ok: boolean; message?: string; fieldErrors?: Record<string, string>; orgSlug?: string };

export async function signUpAction(_previous: SignUpState, formData: FormData): Promise<SignUpState> {
  try {
    const result = await signUp(formToObject(formData), clientInfo(await headers()));
    return { ok: true, orgSlug: result.orgSlug };
  } catch (error) {
    const { message, fieldErrors } = toPublicError(error);
    return { ok: false, message, fieldErrors };
  }
}
