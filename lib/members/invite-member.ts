import "server-only";
import { db } from "@/lib/db";
import { recordEvent } from "@/lib/audit/record-event";
import { appUrl } from "@/lib/email/app-url";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { AppError, validationError } from "@/lib/errors";
import type { ClientInfo } from "@/lib/http/client-info";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";
import { inviteInput } from "./schemas";
import { invitationDays, newInvitationToken } from "./tokens";
import { transactionOptions } from "@/lib/db/transaction-options";

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Invites an address: a single-use link valid 7 days, of which only the hash is stored, and the
 * e-mail queued in the same transaction. A new invitation for the same address replaces the open one.
 */
export async function inviteMember(ctx: OrgContext, input: unknown, client: ClientInfo) {
  assertCan(ctx, "members.manage");
  const parsed = inviteInput.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, "validation.fix");
  const { email, role } = parsed.data;
  if (role === "OWNER") assertCan(ctx, "members.manageOwners");

  const { token, tokenHash } = newInvitationToken();
  const expiresAt = new Date(Date.now() + invitationDays * dayMs);
  return db.$transaction(async (tx) => {
    const existing = await tx.membership.findFirst({
      where: { organisationId: ctx.orgId, user: { email } },
      select: { id: true },
    });
    if (existing) throw new AppError("CONFLICT", "validation.fix", { email: "members.alreadyMember" });

    const now = new Date();
    const replaced = await tx.invitation.updateManyAndReturn({
      where: { organisationId: ctx.orgId, email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
      select: { id: true },
    });
    for (const old of replaced) {
      await recordEvent(tx, {
        type: "invitation.revoked",
        actorType: "USER",
        actorUserId: ctx.userId,
        organisationId: ctx.orgId,
        client,
        data: { invitationId: old.id, reason: "reinvited" },
      });
    }
    const invitation = await tx.invitation.create({
      data: { organisationId: ctx.orgId, email, role, tokenHash, invitedById: ctx.userId, expiresAt },
      select: { id: true, email: true, role: true, expiresAt: true },
    });
    // One after the other: a transaction has one connection.
    const org = await tx.organisation.findUniqueOrThrow({ where: { id: ctx.orgId }, select: { legalName: true } });
    const inviter = await tx.user.findUniqueOrThrow({ where: { id: ctx.userId }, select: { name: true, locale: true } });
    const language = inviter.locale === "en" ? "en" : "nl";
    await enqueueEmail(tx, {
      to: email,
      template: "invitation",
      language,
      organisationId: ctx.orgId,
      vars: {
        organisationName: org.legalName,
        inviterName: inviter.name,
        role: roleNames[language][role],
        expiresOn: expiresAt.toLocaleDateString(language === "en" ? "en-GB" : "nl-NL", { dateStyle: "long", timeZone: "Europe/Amsterdam" }),
      },
      secretVars: { acceptUrl: appUrl(`/invite/${token}`) },
    });
    await recordEvent(tx, {
      type: "member.invited",
      actorType: "USER",
      actorUserId: ctx.userId,
      organisationId: ctx.orgId,
      client,
      data: { invitationId: invitation.id, role },
    });
    return { invitation, token };
  }, transactionOptions.short);
}

const roleNames = {
  nl: { OWNER: "eigenaar", ADMIN: "beheerder", EDITOR: "redacteur", VIEWER: "lezer" },
  en: { OWNER: "owner", ADMIN: "admin", EDITOR: "editor", VIEWER: "viewer" },
} as const;
