import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { addMember, createOrgWithMember, testClient, unique } from "@/lib/test/factories";
import { acceptInvitation, findInvitation, signUpWithInvitation } from "./accept-invitation";
import { changeRole } from "./change-role";
import { inviteMember } from "./invite-member";
import { leaveOrganisation } from "./leave-organisation";
import { listMembers } from "./list-members";
import { removeMember } from "./remove-member";
import { revokeInvitation } from "./revoke-invitation";
import { hashInvitationToken } from "./tokens";
import { renderMessage } from "@/lib/email/secret-vars";

const outcome = (promise: Promise<unknown>) =>
  promise.then(() => "ok", (error) => (error instanceof AppError ? `${error.code}:${error.message}` : String(error)));

const newAddress = () => `${unique("invitee")}@example.test`;

async function newUser(email = newAddress()) {
  return db.user.create({ data: { email, name: "Invitee", passwordHash: "scrypt$x" } });
}

async function membershipOf(ctx: { userId: string; orgId: string }) {
  return db.membership.findUniqueOrThrow({ where: { userId_organisationId: { userId: ctx.userId, organisationId: ctx.orgId } } });
}

async function events(orgId: string, type: string) {
  return db.auditEvent.findMany({ where: { organisationId: orgId, type } });
}

describe("inviting", () => {
  it("stores only the hash of the token, queues the e-mail with the link and audits it", async () => {
    const owner = await createOrgWithMember("OWNER");
    const email = newAddress();
    const { invitation, token } = await inviteMember(owner, { email: ` ${email.toUpperCase()} `, role: "EDITOR" }, testClient);
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    const row = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(row.email).toBe(email);
    expect(row.tokenHash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    const days = (row.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    const mail = await db.emailMessage.findFirstOrThrow({ where: { to: email } });
    // Stored without the link; the mail as sent carries it (lib/email/secret-vars.ts).
    expect(mail.text).not.toContain(token);
    expect(renderMessage(mail).text).toContain(`/invite/${token}`);
    expect(mail.subject).toContain("Test");
    expect(await events(owner.orgId, "member.invited")).toHaveLength(1);
  });

  it("refuses an existing member with a field error, and a new invitation replaces the open one", async () => {
    const owner = await createOrgWithMember("OWNER");
    const member = await addMember(owner, "VIEWER");
    const memberEmail = (await db.user.findUniqueOrThrow({ where: { id: member.userId } })).email;
    const refused = await inviteMember(owner, { email: memberEmail, role: "EDITOR" }, testClient).catch((error) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused.fieldErrors).toEqual({ email: "members.alreadyMember" });

    const email = newAddress();
    const first = await inviteMember(owner, { email, role: "VIEWER" }, testClient);
    const second = await inviteMember(owner, { email, role: "EDITOR" }, testClient);
    const user = await newUser(email);
    expect(await outcome(acceptInvitation(first.token, user, testClient))).toBe("CONFLICT:members.invite.revoked");
    expect(await outcome(acceptInvitation(second.token, user, testClient))).toBe("ok");
    expect((await membershipOf({ userId: user.id, orgId: owner.orgId })).role).toBe("EDITOR");
    expect(await events(owner.orgId, "invitation.revoked")).toHaveLength(1);
  });

  it("refuses bad input with field errors and stores nothing", async () => {
    const owner = await createOrgWithMember("OWNER");
    const error = await inviteMember(owner, { email: "not-an-address", role: "KING" }, testClient).catch((e) => e);
    expect(error.code).toBe("VALIDATION");
    expect(Object.keys(error.fieldErrors).sort()).toEqual(["email", "role"]);
    expect(await db.invitation.count({ where: { organisationId: owner.orgId } })).toBe(0);
  });
});

describe("accepting an invitation", () => {
  it("works once, for the invited address only, and audits the new member", async () => {
    const owner = await createOrgWithMember("OWNER");
    const email = newAddress();
    const { token } = await inviteMember(owner, { email, role: "EDITOR" }, testClient);
    const stranger = await newUser();
    expect((await findInvitation(token, stranger)).state).toBe("foreign");
    expect(await outcome(acceptInvitation(token, stranger, testClient))).toBe("FORBIDDEN:members.invite.foreign");
    expect(await db.membership.count({ where: { userId: stranger.id } })).toBe(0);

    const invitee = await newUser(email);
    expect((await findInvitation(token, invitee)).state).toBe("open");
    expect(await acceptInvitation(token, invitee, testClient)).toEqual({ orgSlug: owner.orgSlug });
    expect((await membershipOf({ userId: invitee.id, orgId: owner.orgId })).role).toBe("EDITOR");
    expect(await events(owner.orgId, "member.joined")).toHaveLength(1);

    expect(await outcome(acceptInvitation(token, invitee, testClient))).toBe("CONFLICT:members.invite.used");
    expect((await findInvitation(token, null)).state).toBe("used");
  });

  it("refuses expired, revoked and unknown links and grants nothing", async () => {
    const owner = await createOrgWithMember("OWNER");
    const email = newAddress();
    const user = await newUser(email);
    const expired = await inviteMember(owner, { email, role: "ADMIN" }, testClient);
    await db.invitation.update({ where: { id: expired.invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await findInvitation(expired.token, user)).state).toBe("expired");
    expect(await outcome(acceptInvitation(expired.token, user, testClient))).toBe("CONFLICT:members.invite.expired");

    const revoked = await inviteMember(owner, { email, role: "ADMIN" }, testClient);
    await revokeInvitation(owner, revoked.invitation.id, testClient);
    expect((await findInvitation(revoked.token, user)).state).toBe("revoked");
    expect(await outcome(acceptInvitation(revoked.token, user, testClient))).toBe("CONFLICT:members.invite.revoked");

    for (const token of ["0".repeat(64), "short", "../../etc/passwd", 42]) {
      expect(await outcome(acceptInvitation(token, user, testClient))).toBe("NOT_FOUND:members.invite.unknown");
    }
    expect((await findInvitation("x".repeat(5000), null)).state).toBe("unknown");
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(0);
    expect(await events(owner.orgId, "invitation.revoked")).toHaveLength(2);
  });

  it("of two simultaneous accepts exactly one succeeds", async () => {
    const owner = await createOrgWithMember("OWNER");
    const email = newAddress();
    const { token } = await inviteMember(owner, { email, role: "VIEWER" }, testClient);
    const user = await newUser(email);
    const results = await Promise.all([1, 2, 3].map(() => outcome(acceptInvitation(token, user, testClient))));
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(results.filter((r) => r === "CONFLICT:members.invite.used")).toHaveLength(2);
    expect(await db.membership.count({ where: { userId: user.id, organisationId: owner.orgId } })).toBe(1);
  });

  it("a person without an account signs up with the invited address only and joins, without an organisation of their own", async () => {
    const owner = await createOrgWithMember("OWNER");
    const email = newAddress();
    const { token } = await inviteMember(owner, { email, role: "EDITOR" }, testClient);
    expect((await findInvitation(token, null)).hasAccount).toBe(false);
    const bad = await signUpWithInvitation(token, { name: "", password: "short" }, testClient).catch((e) => e);
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(["name", "password"]);

    const result = await signUpWithInvitation(token, { name: "Nieuwe Redacteur", password: "lange zin met woorden", email: "other@example.test" }, testClient);
    expect(result).toEqual({ orgSlug: owner.orgSlug, email });
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
    expect(user.memberships).toHaveLength(1);
    expect(user.memberships[0]).toMatchObject({ organisationId: owner.orgId, role: "EDITOR" });
    expect(await db.user.count({ where: { email: "other@example.test" } })).toBe(0);
    expect(await outcome(signUpWithInvitation(token, { name: "Again", password: "lange zin met woorden" }, testClient))).toBe("CONFLICT:members.invite.used");
  });
});

describe("managing members", () => {
  it("lists members for every role and refuses management by editors and viewers", async () => {
    const owner = await createOrgWithMember("OWNER");
    const editor = await addMember(owner, "EDITOR");
    const viewer = await addMember(owner, "VIEWER");
    const list = await listMembers(viewer);
    expect(list.members.map((m) => m.role)).toEqual(["OWNER", "EDITOR", "VIEWER"]);
    expect(list.members.find((m) => m.isYou)?.role).toBe("VIEWER");
    const editorMembership = await membershipOf(editor);
    for (const ctx of [editor, viewer]) {
      expect(await outcome(inviteMember(ctx, { email: newAddress(), role: "VIEWER" }, testClient))).toBe("FORBIDDEN:errors.forbidden");
      expect(await outcome(changeRole(ctx, { membershipId: editorMembership.id, role: "ADMIN" }, testClient))).toBe("FORBIDDEN:errors.forbidden");
      expect(await outcome(removeMember(ctx, editorMembership.id, testClient))).toBe("FORBIDDEN:errors.forbidden");
    }
    expect((await membershipOf(editor)).role).toBe("EDITOR");
  });

  it("an admin manages editors and viewers but cannot make, change or remove an owner", async () => {
    const owner = await createOrgWithMember("OWNER");
    const admin = await addMember(owner, "ADMIN");
    const editor = await addMember(owner, "EDITOR");
    const ownerMembership = await membershipOf(owner);
    const editorMembership = await membershipOf(editor);
    expect(await outcome(inviteMember(admin, { email: newAddress(), role: "OWNER" }, testClient))).toBe("FORBIDDEN:errors.forbidden");
    expect(await outcome(changeRole(admin, { membershipId: editorMembership.id, role: "OWNER" }, testClient))).toBe("FORBIDDEN:errors.forbidden");
    expect(await outcome(changeRole(admin, { membershipId: ownerMembership.id, role: "VIEWER" }, testClient))).toBe("FORBIDDEN:errors.forbidden");
    expect(await outcome(removeMember(admin, ownerMembership.id, testClient))).toBe("FORBIDDEN:errors.forbidden");
    expect(await outcome(changeRole(admin, { membershipId: editorMembership.id, role: "VIEWER" }, testClient))).toBe("ok");
    expect((await membershipOf(editor)).role).toBe("VIEWER");
    expect(await outcome(removeMember(admin, editorMembership.id, testClient))).toBe("ok");
    expect(await db.membership.count({ where: { id: editorMembership.id } })).toBe(0);
    expect((await membershipOf(owner)).role).toBe("OWNER");
    const changed = await events(owner.orgId, "member.role_changed");
    expect(changed).toHaveLength(1);
    expect(changed[0].data).toMatchObject({ from: "EDITOR", to: "VIEWER" });
    expect(await events(owner.orgId, "member.removed")).toHaveLength(1);
  });

  it("another organisation's membership or invitation is not found", async () => {
    const owner = await createOrgWithMember("OWNER");
    const stranger = await createOrgWithMember("OWNER");
    const strangerMembership = await membershipOf(stranger);
    const { invitation } = await inviteMember(stranger, { email: newAddress(), role: "VIEWER" }, testClient);
    expect(await outcome(changeRole(owner, { membershipId: strangerMembership.id, role: "VIEWER" }, testClient))).toBe("NOT_FOUND:Not found");
    expect(await outcome(removeMember(owner, strangerMembership.id, testClient))).toBe("NOT_FOUND:Not found");
    expect(await outcome(revokeInvitation(owner, invitation.id, testClient))).toBe("NOT_FOUND:Not found");
    expect((await membershipOf(stranger)).role).toBe("OWNER");
  });
});

describe("the last owner", () => {
  it("cannot leave, be demoted or be removed; with a second owner they can", async () => {
    const owner = await createOrgWithMember("OWNER");
    const ownerMembership = await membershipOf(owner);
    expect(await outcome(leaveOrganisation(owner, testClient))).toBe("CONFLICT:members.lastOwner");
    expect(await outcome(changeRole(owner, { membershipId: ownerMembership.id, role: "ADMIN" }, testClient))).toBe("CONFLICT:members.lastOwner");
    expect(await outcome(removeMember(owner, ownerMembership.id, testClient))).toBe("CONFLICT:members.lastOwner");

    const second = await addMember(owner, "OWNER");
    expect(await outcome(leaveOrganisation(owner, testClient))).toBe("ok");
    expect(await db.membership.count({ where: { id: ownerMembership.id } })).toBe(0);
    expect(await events(owner.orgId, "member.left")).toHaveLength(1);
    expect(await outcome(leaveOrganisation(second, testClient))).toBe("CONFLICT:members.lastOwner");
  });

  it("two owners demoting each other at the same time leave exactly one owner", async () => {
    for (let round = 0; round < 5; round++) {
      const a = await createOrgWithMember("OWNER");
      const b = await addMember(a, "OWNER");
      const [aMembership, bMembership] = await Promise.all([membershipOf(a), membershipOf(b)]);
      const results = await Promise.all([
        outcome(changeRole(a, { membershipId: bMembership.id, role: "VIEWER" }, testClient)),
        outcome(changeRole(b, { membershipId: aMembership.id, role: "VIEWER" }, testClient)),
      ]);
      expect(results.sort()).toEqual(["CONFLICT:members.lastOwner", "ok"].sort());
      expect(await db.membership.count({ where: { organisationId: a.orgId, role: "OWNER" } })).toBe(1);
    }
  });
});
