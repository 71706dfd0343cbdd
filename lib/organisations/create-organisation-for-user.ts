import "server-only";
import { db } from "@/lib/db";
import { validationError } from "@/lib/errors";
import type { ClientInfo } from "@/lib/http/client-info";
import { organisationInput } from "./schemas";
import { createOrganisationInTx } from "./create-organisation";
import { transactionOptions } from "@/lib/db/transaction-options";

/** A signed-in person creates another organisation and becomes its owner. */
export async function createOrganisation(userId: string, input: unknown, client: ClientInfo) {
  const parsed = organisationInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, "validation.fix");
  return db.$transaction((tx) => createOrganisationInTx(tx, userId, parsed.data, client), transactionOptions.short);
}
