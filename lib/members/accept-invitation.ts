import "server-only";
import { db, Prisma, type Tx } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import { hashPassword } from "@/lib/auth/password";
import { AppError, validationError } from "@/lib/errors";
import type { ClientInfo } from "@/lib/http/client-info";
import { invitationToken, invitedSignUpInput } from "./schemas";
import { hashInvitationToken } from "./tokens";
import { transactionOptions } from "@/lib/db/transaction-options";

export type InvitationState = "open" | "unknown" | "expired" | "used" | "revoked" | "foreign";

/** Why a link gives no access. The message key names the reason; the page explains it. */
const refused = (state: Exclude<InvitationState, "open">) =>
  new AppError(state === "unknown" ? "NOT_FOUND" : state === "foreign" ? "FORBIDDEN" : "CONFLICT", `members.invite.${state}`);

/** What the invitation page shows for a link, before anything is accepted. */
export async function findInvitation(token: string, user: { email: string } | null) {
  const parsed = invitationToken.safeParse(token);
  if (!parsed.success) return { state: "unknown" as const };
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(parsed.data) },
    select: {
      email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true,
      organisation: { select: { legalName: true, slug: true } },
      invitedBy: { select: { name: true } },
    },
  });
  if (!invitation) return { state: "unknown" as const };
  const state = stateOf(invitation, user?.email ?? null);
  const hasAccount = !user && state === "open" ? (await db.user.count({ where: { email: invitation.email } })) > 0 : false;
  return {
    state,
    // The invited address is shown to the holder of the link only: the link went to that address.
    invitation: {
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
      organisationName: invitation.organisation.legalName,
      orgSlug: invitation.organisation.slug,
      inviterName: invitation.invitedBy.name,
    },
    hasAccount,
  };
}

function stateOf(
  invitation: { email: string; expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null },
  email: string | null,
): InvitationState {
  if (invitation.revokedAt) return "revoked";
  if (invitation.acceptedAt) return "used";
  if (invitation.expiresAt.getTime() <= Date.now()) return "expired";
  if (email !== null && email.toLowerCase() !== invitation.email) return "foreign";
  return "open";
}

/** The signed-in user joins: the link works once, only before it expires and only for the invited address. */
export async function acceptInvitation(token: unknown, user: { id: string }, client: ClientInfo) {
  const parsed = invitationToken.safeParse(token);
  if (!parsed.success) throw refused("unknown");
  const tokenHash = hashInvitationToken(parsed.data);
  return db.$transaction(async (tx) => {
    const account = await tx.user.findUnique({ where: { id: user.id }, select: { id: true, email: true } });
    if (!account) throw refused("foreign");
    return acceptInTx(tx, tokenHash, account, client);
  }, transactionOptions.short);
}

/** A person without an account: creates only the user, with the invited address, and joins. */
export async function signUpWithInvitation(token: unknown, input: unknown, client: ClientInfo) {
  const parsedToken = invitationToken.safeParse(token);
  if (!parsedToken.success) throw refused("unknown");
  const parsed = invitedSignUpInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, "validation.fix");
  const tokenHash = hashInvitationToken(parsedToken.data);

  const invitation = await db.invitation.findUnique({ where: { tokenHash }, select: { email: true, expiresAt: true, acceptedAt: true, revokedAt: true } });
  if (!invitation) throw refused("unknown");
  const state = stateOf(invitation, null);
  if (state !== "open") throw refused(state);
  if (parsed.data.password.toLowerCase().includes(invitation.email.split("@")[0])) {
    throw new AppError("VALIDATION", "validation.fix", { password: "validation.passwordCommon" });
  }
  const passwordHash = await hashPassword(parsed.data.password);
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        // The invitation link reached this mailbox: the address is verified by it.
        data: { email: invitation.email, name: parsed.data.name, passwordHash, emailVerifiedAt: new Date() },
        select: { id: true, email: true } });
      await recordEvent(tx, { type: "user.signed_up", actorType: "USER", actorUserId: created.id, client, data: { via: "invitation" } });
      const joined = await acceptInTx(tx, tokenHash, created, client);
      return { ...joined, email: created.email };
    }, transactionOptions.short);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "members.invite.accountExists");
    }
    throw error;
  }
}

async function acceptInTx(tx: Tx, tokenHash: string, account: { id: string; email: string }, client: ClientInfo) {
  // Compare-and-set in one statement: of two tabs accepting at once, exactly one gets the row.
  const [accepted] = await tx.$queryRaw<{ id: string; organisationId: string; role: string }[]>`
    UPDATE "Invitation" SET "acceptedAt" = now()
    WHERE "tokenHash" = ${tokenHash} AND "acceptedAt" IS NULL AND "revokedAt" IS NULL AND "expiresAt" > now()
      AND "email" = ${account.email.toLowerCase()}
    RETURNING id, "organisationId", role::text AS role`;
  if (!accepted) {
    const invitation = await tx.invitation.findUnique({ where: { tokenHash }, select: { email: true, expiresAt: true, acceptedAt: true, revokedAt: true } });
    if (!invitation) throw refused("unknown");
    const state = stateOf(invitation, account.email);
    throw refused(state === "open" ? "expired" : state);
  }
  const role = accepted.role as "OWNER" | "ADMIN" | "EDITOR" | "VIEWER";
  // Accepting a link sent to the account's own address proves that address too.
  await tx.user.updateMany({ where: { id: account.id, emailVerifiedAt: null }, data: { emailVerifiedAt: new Date() } });
  // Already a member (say, through an earlier invitation): the link is spent, the role stays as it is.
  const existing = await tx.membership.findUnique({
    where: { userId_organisationId: { userId: account.id, organisationId: accepted.organisationId } },
    select: { id: true },
  });
  if (!existing) {
    const membership = await tx.membership.create({
      data: { userId: account.id, organisationId: accepted.organisationId, role },
      select: { id: true },
    });
    await recordEvent(tx, {
      type: "member.joined",
      actorType: "USER",
      actorUserId: account.id,
      organisationId: accepted.organisationId,
      client,
      data: { invitationId: accepted.id, membershipId: membership.id, role },
    });
  }
  const org = await tx.organisation.findUniqueOrThrow({ where: { id: accepted.organisationId }, select: { slug: true } });
  return { orgSlug: org.slug };
}
