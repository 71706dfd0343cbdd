"use server";
import { headers } from "next/headers";
import { requireUser } from "@/lib/auth/current-user";
import { createOrganisation } from "@/lib/organisations/create-organisation-for-user";
import { clientInfo } from "@/lib/http/client-info";
import { toPublicError } from "@/lib/errors";
import { formToObject } from "@/lib/http/form";

export type NewOrganisationState = { ok: boolean; message?: string; fieldErrors?: Record<string, string>; orgSlug?: string };

export async function createOrganisationAction(_previous: NewOrganisationState, formData: FormData): Promise<NewOrganisationState> {
  try {
    const user = await requireUser();
    const organisation = await createOrganisation(user.id, formToObject(formData), clientInfo(await headers()));
    return { ok: true, orgSlug: organisation.slug };
  } catch (error) {
    const { message, fieldErrors } = toPublicError(error);
    return { ok: false, message, fieldErrors };
  }
}
