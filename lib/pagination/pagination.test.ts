import { describe, expect, it } from "vitest";
import { getAuditOverview } from "@/lib/audit/get-audit-overview";
import { db } from "@/lib/db";
import { listMembers } from "@/lib/members/list-members";
import { listSignedAgreements } from "@/lib/signing/list-signed-agreements";
import { createPublishedAgreement } from "@/lib/test/agreements";
import { addMember, createOrgWithMember, unique } from "@/lib/test/factories";
import type { OrgContext } from "@/lib/tenancy/context";
import { decodeCursor, encodeCursor, PAGE_MAX, pageNumber } from "./cursor";

/** `count` signed agreements stored directly (the signing flow has its own tests); some share a time. */
async function createSignedAgreements(ctx: OrgContext, count: number) {
  const { agreement, versionId } = await createPublishedAgreement(ctx);
  const controller = await db.controller.create({
    data: { processorOrganisationId: ctx.orgId, legalName: "Klant B.V.", registrationNumber: "58123947", country: "NL", addressLine: "Oudegracht 1", postalCode: "3511 AX", city: "Utrecht" },
  });
  const base = Date.UTC(2026, 10, 1);
  await db.signedAgreement.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      organisationId: ctx.orgId,
      agreementId: agreement.id,
      versionId,
      controllerId: controller.id,
      reference: `DPA-${unique("P").toUpperCase()}`,
      submissionKey: unique("submission"),
      signerKey: unique("signer"),
      downloadTokenHash: unique("token"),
      // Pairs of rows signed in the same millisecond: the id breaks the tie.
      signedAt: new Date(base + Math.floor(i / 2) * 60_000),
    })),
  });
  return db.signedAgreement.findMany({ where: { organisationId: ctx.orgId }, orderBy: [{ signedAt: "desc" }, { id: "desc" }], select: { id: true } });
}

describe("lists are read one bounded page at a time", () => {
  it("pages the dashboard's signed agreements: every row once, newest first, never more than PAGE_MAX", async () => {
    const owner = await createOrgWithMember("OWNER");
    const expected = await createSignedAgreements(owner, 130);
    const other = await createOrgWithMember("OWNER");
    await createSignedAgreements(other, 3);

    const seen: string[] = [];
    let cursor: string | null | undefined;
    let pages = 0;
    do {
      const page = await listSignedAgreements(owner, { cursor });
      expect(page.items.length).toBeLessThanOrEqual(50);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(expected.map((row) => row.id));

    // Asking for more than the maximum gets the maximum.
    expect((await listSignedAgreements(owner, { take: 10_000 })).items).toHaveLength(PAGE_MAX);
    // A cursor from a URL that is not one is the first page, not an error.
    for (const junk of ["%00", "not-base64!", encodeCursor({ at: new Date(0), id: "x" }).slice(0, 5), ["a", "b"], Buffer.from('{"at":1}').toString("base64url")]) {
      expect((await listSignedAgreements(owner, { cursor: junk })).items[0].id).toBe(expected[0].id);
    }
    // Another organisation's rows never appear, whatever the cursor.
    const otherPage = await listSignedAgreements(other, { cursor: encodeCursor({ at: new Date("2100-01-01"), id: "z" }) });
    expect(otherPage.items).toHaveLength(3);
  });

  it("pages the audit overview's signed agreements by PAGE_MAX", async () => {
    const owner = await createOrgWithMember("OWNER");
    const admin = await addMember(owner, "ADMIN");
    const expected = await createSignedAgreements(owner, 130);
    const first = await getAuditOverview(admin);
    expect(first.signedAgreements).toHaveLength(PAGE_MAX);
    expect(first.hasMore).toBe(true);
    expect(first.nextCursor).not.toBeNull();
    const second = await getAuditOverview(admin, { cursor: first.nextCursor });
    expect(second.signedAgreements).toHaveLength(30);
    expect(second.nextCursor).toBeNull();
    expect([...first.signedAgreements, ...second.signedAgreements].map((row) => row.id)).toEqual(expected.map((row) => row.id));
  });

  it("pages the members of an organisation by PAGE_MAX, every member once", async () => {
    const owner = await createOrgWithMember("OWNER");
    const users = await db.user.createManyAndReturn({
      data: Array.from({ length: 120 }, () => ({ email: `${unique("lid")}@team.test`, name: "Lid", passwordHash: "x" })),
      select: { id: true },
    });
    await db.membership.createMany({ data: users.map((user) => ({ userId: user.id, organisationId: owner.orgId, role: "VIEWER" as const })) });
    const first = await listMembers(owner);
    const second = await listMembers(owner, { page: "2" });
    expect([first.members.length, first.hasNextPage, second.members.length, second.hasNextPage]).toEqual([PAGE_MAX, true, 21, false]);
    expect(new Set([...first.members, ...second.members].map((member) => member.id)).size).toBe(121);
    // Nonsense page numbers are the first page; huge ones are refused as the first page too.
    for (const junk of ["0", "-1", "abc", "99999999", ["2"]]) expect((await listMembers(owner, { page: junk })).page).toBe(1);
  });

  it("decodes only what it encoded", () => {
    expect(pageNumber("1000")).toBe(1000);
    expect(pageNumber("1001")).toBe(1);
    const cursor = { at: new Date("2026-11-01T10:00:00.123Z"), id: "cm123" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor("x".repeat(500))).toBeNull();
    expect(decodeCursor(undefined)).toBeNull();
  });
});
