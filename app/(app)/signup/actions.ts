"use server";
import { headers } from "next/headers";
import { signUp } from "@/lib/organisations/sign-up";
import { clientInfo } from "@/lib/http/client-info";
import { toPublicError } from "@/lib/errors";
import { formToObject } from "@/lib/http/form";
import { getLocale } from "@/lib/i18n/server";

export type SignUpState = { ok: boolean; message?: string; fieldErrors?: Record<string, string> };

export async function signUpAction(_previous: SignUpState, formData: FormData): Promise<SignUpState> {
  try {
    await signUp(formToObject(formData), clientInfo(await headers()), await getLocale());
    return { ok: true };
  } catch (error) {
    const { message, fieldErrors } = toPublicError(error);
    return { ok: false, message, fieldErrors };
  }
}
