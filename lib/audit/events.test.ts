import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { acceptInvitation } from "@/lib/members/accept-invitation";
import { changeRole } from "@/lib/members/change-role";
import { inviteMember } from "@/lib/members/invite-member";
import { removeMember } from "@/lib/members/remove-member";
import { revokeInvitation } from "@/lib/members/revoke-invitation";
import { createPublishedAgreement } from "@/lib/test/agreements";
import { addMember, createOrgWithMember, testClient, unique } from "@/lib/test/factories";
import { getRedline } from "@/lib/versions/get-redline";
import { recordRedlineExport } from "@/lib/versions/record-redline-export";
import {
  auditEventTypes,
  auditEvents,
  describeAuditActor,
  describeAuditEvent,
  type AuditEventData,
  type AuditEventType,
} from "./events";
import { getAuditOverview } from "./get-audit-overview";
import { recordEvent, type AuditInput } from "./record-event";

const hash = "ab".repeat(32);

// One example per type: the compiler refuses this object when a type of the catalogue has none.
const samples: { [T in AuditEventType]: AuditEventData<T> } = {
  "organisation.created": { slug: "bakkerij" },
  "user.signed_up": {},
  "user.signed_in": { sessionId: "s_1", secondFactor: "totp" },
  "user.email_verified": { via: "link" },
  "user.two_factor_enabled": { method: "totp", recoveryCodes: 10 },
  "user.two_factor_disabled": { method: "totp" },
  "user.recovery_code_used": { codesLeft: 9 },
  "user.password_changed": { sessionsEnded: 2 },
  "user.password_reset": { sessionsEnded: 1 },
  "user.session_ended": { sessionIds: ["s_2"], reason: "ended-by-user" },
  "member.invited": { invitationId: "inv_1", role: "EDITOR" },
  "invitation.revoked": { invitationId: "inv_1", reason: "reinvited" },
  "member.joined": { invitationId: "inv_1", membershipId: "m_1", role: "EDITOR" },
  "member.role_changed": { membershipId: "m_1", userId: "u_1", from: "EDITOR", to: "ADMIN" },
  "member.removed": { membershipId: "m_1", userId: "u_1", role: "VIEWER" },
  "member.left": { membershipId: "m_1", role: "VIEWER" },
  "agreement.created": { title: "Verwerkersovereenkomst", language: "nl", startFrom: "template" },
  "version.draft_started": { from: "v_1" },
  "version.translation_set": { translationOfId: "v_1" },
  "version.signed_by_processor": { contentHash: hash, method: "DRAWN" },
  "version.published": { number: 3, contentHash: hash, retiredVersionId: "v_2" },
  "version.redline_exported": { fromNumber: 2, toNumber: null },
  "signing.started": { expiresAt: "2026-01-01T00:00:00.000Z" },
  "agreement.viewed": { contentHash: hash },
  "signing.code_sent": { verificationId: "ev_1", expiresAt: "2026-01-01T00:10:00.000Z" },
  "signing.code_refused": { reason: "wrong", verificationId: "ev_1", attempts: 1 },
  "signing.code_accepted": { verificationId: "ev_1", attempts: 2 },
  "signing.email_asserted": { assertedBy: "support" },
  "signing.consent_given": { authority: true },
  "agreement.signed": { reference: "DPA-2026-ABC123", contentHash: hash, method: "TYPED" },
  "pdf.generated": { sha256: hash, bytes: 1234 },
  "pdf.sealed": { sha256: hash, level: "B-T" },
  "pdf.timestamp_failed": { error: "timeout" },
  "pdf.seal_failed": { error: "no key" },
  "pdf.downloaded": { via: "download-link", sha256: hash },
  "email.sent": { template: "signing-code", messageId: "msg_1", isKept: false },
  "email.failed": { template: "invitation", messageId: "msg_1", attempts: 2 },
};

describe("the catalogue of audit events", () => {
  it("has a Dutch and an English sentence for every type, never the raw key", () => {
    expect(Object.keys(samples).sort()).toEqual([...auditEventTypes].sort());
    for (const type of auditEventTypes) {
      expect(auditEvents[type].data.safeParse(samples[type]).success, type).toBe(true);
      const nl = describeAuditEvent({ type, data: samples[type] }, "nl");
      const en = describeAuditEvent({ type, data: samples[type] }, "en");
      for (const sentence of [nl, en]) {
        expect(sentence, type).not.toBe(type);
        expect(sentence, type).not.toMatch(/undefined|null|\[object/);
        expect(sentence.length, type).toBeGreaterThan(8);
      }
      expect(nl, type).not.toBe(en);
    }
    expect(describeAuditEvent({ type: "version.published", data: samples["version.published"] }, "nl")).toMatch(/^Versie 3 gepubliceerd/);
    expect(describeAuditEvent({ type: "signing.code_refused", data: samples["signing.code_refused"] }, "en")).toBe(
      "Verification code refused: wrong code (try 1)",
    );
  });

  it("words the actor: the signer with the address, a member by name, the system", () => {
    const users = new Map([["u_1", "Sanne de Vries (sanne@example.test)"]]);
    const of = (actorType: "USER" | "SIGNER" | "SYSTEM" | "PUBLIC", rest: object = {}) => ({ type: "agreement.signed", data: {}, actorType, actorEmail: null, ...rest });
    expect(describeAuditActor(of("SIGNER", { actorEmail: "bram@bakkerij.test" }), "en")).toBe("the signer (bram@bakkerij.test)");
    expect(describeAuditActor(of("SIGNER", { actorEmail: "bram@bakkerij.test" }), "nl")).toBe("de ondertekenaar (bram@bakkerij.test)");
    expect(describeAuditActor(of("USER", { actorUserId: "u_1" }), "nl", users)).toBe("lid Sanne de Vries (sanne@example.test)");
    expect(describeAuditActor(of("SYSTEM"), "en")).toBe("the system");
    expect(describeAuditActor(of("PUBLIC", { type: "signing.started", signingSessionId: "ss_1" }), "en")).toBe("the signer (not yet confirmed)");
    expect(describeAuditActor(of("PUBLIC", { type: "pdf.downloaded" }), "nl")).toBe("houder van de downloadlink");
    for (const locale of ["nl", "en"] as const) {
      for (const actorType of ["USER", "SIGNER", "SYSTEM", "PUBLIC"] as const) {
        expect(describeAuditActor(of(actorType), locale)).not.toMatch(/visitor|bezoeker/);
      }
    }
  });

  it("shows an event from before the catalogue by its type instead of hiding it", () => {
    expect(describeAuditEvent({ type: "email.verified", data: {} }, "en")).toBe("email.verified");
    expect(describeAuditEvent({ type: "version.published", data: { number: "three" } }, "en")).toBe("version.published");
  });
});

describe("recordEvent", () => {
  it("refuses a type outside the catalogue and data that does not fit its type, and writes nothing", async () => {
    const ctx = await createOrgWithMember("OWNER");
    const base = { actorType: "SYSTEM" as const, organisationId: ctx.orgId };
    const attempts: AuditInput[] = [
      { ...base, type: "signing.code_refused_everywhere" } as unknown as AuditInput,
      { ...base, type: "member.invited", data: { invitationId: "inv_1" } } as unknown as AuditInput,
      { ...base, type: "member.invited", data: { invitationId: "inv_1", role: "KING" } } as unknown as AuditInput,
      // Personal data smuggled into the undeletable part of the row.
      { ...base, type: "member.invited", data: { invitationId: "inv_1", role: "EDITOR", email: "a@example.test" } } as unknown as AuditInput,
    ];
    await expect(db.$transaction((tx) => recordEvent(tx, attempts[0]))).rejects.toThrow(/unknown audit event type "signing.code_refused_everywhere"/);
    for (const attempt of attempts.slice(1)) {
      await expect(db.$transaction((tx) => recordEvent(tx, attempt))).rejects.toThrow(/data of "member.invited" does not fit/);
    }
    expect(await db.auditEvent.count({ where: { organisationId: ctx.orgId } })).toBe(0);
  });
});

describe("the organisation's activity on the audit page", () => {
  it("records publishing, invitations sent, accepted and revoked, role changes, removal and exports, in sentences", async () => {
    const owner = await createOrgWithMember("OWNER");
    const { agreement } = await createPublishedAgreement(owner);
    const editor = await addMember(owner, "EDITOR");
    const editorMembership = await db.membership.findFirstOrThrow({ where: { userId: editor.userId, organisationId: owner.orgId } });
    await db.user.update({ where: { id: editor.userId }, data: { name: "Eva Editor" } });

    const inviteeEmail = `${unique("invitee")}@example.test`;
    const { token } = await inviteMember(owner, { email: inviteeEmail, role: "VIEWER" }, testClient);
    const invitee = await db.user.create({ data: { email: inviteeEmail, name: "Ivo Invitee", passwordHash: "scrypt$x" } });
    await acceptInvitation(token, invitee, testClient);
    const second = await inviteMember(owner, { email: `${unique("other")}@example.test`, role: "EDITOR" }, testClient);
    await revokeInvitation(owner, second.invitation.id, testClient);
    await changeRole(owner, { membershipId: editorMembership.id, role: "ADMIN" }, testClient);
    await removeMember(owner, editorMembership.id, testClient);

    const versions = await db.agreementVersion.findMany({ where: { agreementId: agreement.id }, select: { id: true } });
    const view = await getRedline(owner, agreement.id, versions[0].id, versions[0].id);
    await recordRedlineExport(owner, view, testClient);

    const overview = await getAuditOverview(owner);
    const types = overview.activity.map((event) => event.type);
    for (const type of ["version.published", "member.invited", "member.joined", "invitation.revoked", "member.role_changed", "member.removed", "version.redline_exported"]) {
      expect(types, type).toContain(type);
    }
    const sentence = (type: string, locale: "nl" | "en") => {
      const event = overview.activity.find((e) => e.type === type)!;
      return `${describeAuditEvent(event, locale, overview.users)} | ${describeAuditActor(event, locale, overview.users)}`;
    };
    expect(sentence("version.published", "nl")).toMatch(/^Versie 1 gepubliceerd \(inhoud [0-9a-f]{12}…\) \| lid Test User \(user-/);
    expect(sentence("member.role_changed", "en")).toMatch(/^Role of Eva Editor \(user-[^)]+\) changed from editor to admin \| member Test User/);
    expect(sentence("member.removed", "nl")).toMatch(/^Eva Editor \(user-[^)]+\) \(beheerder\) verwijderd uit de organisatie/);
    expect(sentence("member.joined", "en")).toMatch(new RegExp(`^Invitation accepted: joined as viewer \\| member Ivo Invitee \\(${inviteeEmail}\\)`));
    expect(sentence("invitation.revoked", "en")).toMatch(/^Invitation revoked \|/);
    expect(sentence("version.redline_exported", "en")).toMatch(/^Changes from version 1 to version 1 downloaded as PDF \| member Test User/);

    // Another organisation sees none of it.
    expect((await getAuditOverview(await createOrgWithMember("OWNER"))).activity).toEqual([]);
  });
});
