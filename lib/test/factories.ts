// Test data with unique names, so test files can run in parallel on one database.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Role } from "@/lib/db";
import type { OrgContext } from "@/lib/tenancy/context";
import { encodePng } from "@/lib/images/png";
import { scribblePng } from "@/lib/signing/encode-png";

process.env.NEXTAUTH_SECRET ??= "test-secret-for-vitest-only";

export const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

export const testClient = { ip: "203.0.113.7", userAgent: "vitest" };

/** An organisation with one member of the given role, and that member's context. */
export async function createOrgWithMember(role: Role = "OWNER"): Promise<OrgContext> {
  const slug = unique("org");
  const org = await db.organisation.create({
    data: {
      slug,
      legalName: `Test ${slug} B.V.`,
      registrationNumber: "12345678",
      country: "NL",
      addressLine: "Teststraat 1",
      postalCode: "1234 AB",
      city: "Den Haag",
      privacyEmail: `privacy@${slug}.test`,
    },
  });
  return addMember({ userId: "", orgId: org.id, orgSlug: slug, role: "OWNER" }, role);
}

export async function addMember(ctx: OrgContext, role: Role): Promise<OrgContext> {
  const email = `${unique("user")}@example.test`;
  const user = await db.user.create({ data: { email, name: "Test User", passwordHash: "scrypt$x" } });
  await db.membership.create({ data: { userId: user.id, organisationId: ctx.orgId, role } });
  return { userId: user.id, orgId: ctx.orgId, orgSlug: ctx.orgSlug, role };
}

/** A real PNG (RGBA) with a dark stroke, or fully transparent when `isBlank`. */
export function signaturePng({ isBlank = false, width = 300, height = 100 } = {}): string {
  const png = isBlank ? encodePng(width, height, Buffer.alloc(width * height * 4)) : scribblePng(1, width, height);
  return `data:image/png;base64,${png.toString("base64")}`;
}

/**
 * A client with an address of its own (IPv6 documentation range), for tests that send signing
 * codes: those are limited per IP address, and test files share one database.
 */
export function uniqueClient(userAgent = "vitest") {
  const part = () => randomUUID().slice(0, 4);
  return { ip: `2001:db8:${part()}:${part()}::${part()}`, userAgent };
}
