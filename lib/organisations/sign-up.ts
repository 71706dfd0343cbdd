import "server-only";
import { db, Prisma } from "@/lib/db";
import { AppError, validationError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { recordEvent } from "@/lib/audit/record-event";
import type { ClientInfo } from "@/lib/http/client-info";
import { signUpInput } from "./schemas";
import { createOrganisationInTx } from "./create-organisation";
import { transactionOptions } from "@/lib/db/transaction-options";

const emailTaken = () => new AppError("CONFLICT", "validation.fix", { email: "auth.emailTaken" });

/** A new person with a new organisation, both or neither. */
export async function signUp(input: unknown, client: ClientInfo) {
  const parsed = signUpInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, "validation.fix");
  const { name, email, password, organisation } = parsed.data;

  if (await db.user.findUnique({ where: { email }, select: { id: true } })) throw emailTaken();
  const passwordHash = await hashPassword(password);
  // A unique-index conflict means a parallel sign-up took the address or the slug: the address is
  // reported as taken, a slug race is simply retried.
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const user = await tx.user.create({ data: { name, email, passwordHash } });
        await recordEvent(tx, { type: "user.signed_up", actorType: "USER", actorUserId: user.id, client });
        const org = await createOrganisationInTx(tx, user.id, organisation, client);
        return { userId: user.id, orgSlug: org.slug };
      }, transactionOptions.short);
    } catch (error) {
      const isConflict = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!isConflict) throw error;
      if (await db.user.findUnique({ where: { email }, select: { id: true } })) throw emailTaken();
      if (attempt >= 2) throw error;
    }
  }
}
