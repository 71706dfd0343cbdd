import "server-only";
import { db } from "@/lib/db";
import { validationError } from "@/lib/errors";
import { assertAccountCanAct } from "@/lib/auth/account-guard";
import type { ClientInfo } from "@/lib/http/client-info";
import { organisationInput } from "./schemas";
import { createOrganisationInTx } from "./create-organisation";
import { transactionOptions } from "@/lib/db/transaction-options";

/** A signed-in person creates another organisation and becomes its owner. */
export async function createOrganisation(userId: string, input: unknown, client: ClientInfo) {
  const parsed = organisationInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, "validation.fix");
  const account = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { emailVerifiedAt: true, totpEnabledAt: true } });
  // Only a verified address founds an organisation; two-factor is asked on entering it as owner.
  assertAccountCanAct(account, null);
  return db.$transaction((tx) => createOrganisationInTx(tx, userId, parsed.data, client), transactionOptions.short);
}
