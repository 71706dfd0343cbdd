import { describe, expect, it } from "vitest";
import { db, type Role } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { publishVersion } from "@/lib/agreements/publish-version";
import { saveDraft } from "@/lib/agreements/save-draft";
import { signAsProcessor } from "@/lib/agreements/sign-as-processor";
import { changeRole } from "@/lib/members/change-role";
import { inviteMember } from "@/lib/members/invite-member";
import { createReadyDraft } from "@/lib/test/agreements";
import { addMember, createOrgWithMember, signaturePng, testClient, unique } from "@/lib/test/factories";
import { can, permissions } from "./permissions";

// Each role against the real services, as a server action would call them: the refusal comes from
// the service, whatever the page shows.

const outcome = (promise: Promise<unknown>) =>
  promise.then(() => "ok", (error) => (error instanceof AppError ? error.code : String(error)));

async function setup(role: Role) {
  const owner = await createOrgWithMember("OWNER");
  const actor = role === "OWNER" ? owner : await addMember(owner, role);
  const target = await addMember(owner, "EDITOR");
  const targetMembership = await db.membership.findUniqueOrThrow({ where: { userId_organisationId: { userId: target.userId, organisationId: owner.orgId } } });
  const ownerMembership = await db.membership.findUniqueOrThrow({ where: { userId_organisationId: { userId: owner.userId, organisationId: owner.orgId } } });
  const draft = await createReadyDraft(owner);
  return { owner, actor, targetMembership, ownerMembership, draft };
}

const expected: Record<Role, Record<string, "ok" | "FORBIDDEN">> = {
  VIEWER: { save: "FORBIDDEN", sign: "FORBIDDEN", publish: "FORBIDDEN", invite: "FORBIDDEN", changeRole: "FORBIDDEN", touchOwner: "FORBIDDEN" },
  EDITOR: { save: "ok", sign: "FORBIDDEN", publish: "FORBIDDEN", invite: "FORBIDDEN", changeRole: "FORBIDDEN", touchOwner: "FORBIDDEN" },
  ADMIN: { save: "ok", sign: "ok", publish: "ok", invite: "ok", changeRole: "ok", touchOwner: "FORBIDDEN" },
  OWNER: { save: "ok", sign: "ok", publish: "ok", invite: "ok", changeRole: "ok", touchOwner: "ok" },
};

describe.each(["VIEWER", "EDITOR", "ADMIN", "OWNER"] as const)("role %s", (role) => {
  it("is allowed exactly what its row of the table says, by the services", async () => {
    const { actor, draft, targetMembership, owner } = await setup(role);
    const { agreement, content } = draft;
    content.title = `Bewerkt door ${role}`;
    const save = await outcome(saveDraft(actor, { agreementId: agreement.id, revision: draft.revision, content }));
    const revision = save === "ok" ? draft.revision + 1 : draft.revision;
    const sign = await outcome(
      signAsProcessor(actor, { agreementId: agreement.id, revision, method: "DRAWN", imageDataUrl: signaturePng(), consent: true }, testClient),
    );
    const publish = await outcome(publishVersion(actor, { agreementId: agreement.id, changeSummary: "" }, testClient));
    const invite = await outcome(inviteMember(actor, { email: `${unique("p")}@example.test`, role: "VIEWER" }, testClient));
    const changed = await outcome(changeRole(actor, { membershipId: targetMembership.id, role: "VIEWER" }, testClient));
    // Make the target an owner (only an owner may), then try to demote that owner.
    const touchOwner = await outcome(changeRole(actor, { membershipId: targetMembership.id, role: "OWNER" }, testClient));
    expect({ save, sign, publish, invite, changeRole: changed, touchOwner }).toEqual(expected[role]);

    // Nothing changed where the role was refused.
    const version = await db.agreementVersion.findFirstOrThrow({ where: { agreementId: agreement.id }, orderBy: { createdAt: "asc" } });
    expect(version.title === `Bewerkt door ${role}`).toBe(expected[role].save === "ok");
    expect(version.status === "PUBLISHED").toBe(expected[role].publish === "ok");
    expect(await db.invitation.count({ where: { organisationId: owner.orgId } })).toBe(expected[role].invite === "ok" ? 1 : 0);
  });

  it("deletes the organisation only as owner", () => {
    expect(can(role, "organisation.delete")).toBe(role === "OWNER");
    expect(can(role, "members.manageOwners")).toBe(role === "OWNER");
  });
});

it("an admin cannot demote or remove an owner", async () => {
  const { owner, ownerMembership } = await setup("OWNER");
  const admin = await addMember(owner, "ADMIN");
  expect(await outcome(changeRole(admin, { membershipId: ownerMembership.id, role: "ADMIN" }, testClient))).toBe("FORBIDDEN");
  expect((await db.membership.findUniqueOrThrow({ where: { id: ownerMembership.id } })).role).toBe("OWNER");
});

it("every permission names only known roles", () => {
  for (const roles of Object.values(permissions)) for (const role of roles) expect(["OWNER", "ADMIN", "EDITOR", "VIEWER"]).toContain(role);
});
