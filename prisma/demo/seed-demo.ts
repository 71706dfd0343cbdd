import { db } from "../../lib/db";
import { hashPassword } from "../../lib/auth/password";
import { sealedTotpSecretFor } from "../../lib/auth/two-factor";
import { getOrgContext } from "../../lib/tenancy/context";
import { seedAgreements } from "./seed-agreements";

const password = "demo-wachtwoord-2026";
/**
 * Owners and admins sign in with a TOTP code (lib/auth/two-factor.ts). The demo owners share this
 * published key, like the published password: add it to any authenticator app, and the e2e
 * helpers compute the code from it (e2e/helpers.ts). The same rule holds for demo data as for
 * everyone else; only the key is known.
 */
export const demoTotpSecret = "VERWERKERSOVEREENKOMSTDEMO234567";

export const demoLogins = [
  { email: "sanne@offertewerk.nl", password, organisation: "Offertewerk B.V.", role: "OWNER", totpSecret: demoTotpSecret },
  { email: "daan@offertewerk.nl", password, organisation: "Offertewerk B.V.", role: "EDITOR" },
  { email: "eva@offertewerk.nl", password, organisation: "Offertewerk B.V.", role: "VIEWER" },
  { email: "bram@bakkerijbrood.nl", password, organisation: "Bakkerij Brood & Zo B.V.", role: "OWNER", totpSecret: demoTotpSecret },
];

const organisations = {
  processor: {
    slug: "offertewerk",
    legalName: "Offertewerk B.V.",
    registrationNumber: "69284017",
    country: "NL",
    addressLine: "Keizersgracht 221",
    postalCode: "1016 DV",
    city: "Amsterdam",
    privacyEmail: "privacy@offertewerk.nl",
  },
  controller: {
    slug: "bakkerij-brood-zo",
    legalName: "Bakkerij Brood & Zo B.V.",
    registrationNumber: "58123947",
    country: "NL",
    addressLine: "Oudegracht 112",
    postalCode: "3511 AX",
    city: "Utrecht",
    privacyEmail: "privacy@bakkerijbrood.nl",
  },
};

const people = [
  { email: "sanne@offertewerk.nl", name: "Sanne de Vries", org: "processor", role: "OWNER" },
  { email: "daan@offertewerk.nl", name: "Daan Jansen", org: "processor", role: "EDITOR" },
  { email: "eva@offertewerk.nl", name: "Eva Bakker", org: "processor", role: "VIEWER" },
  { email: "bram@bakkerijbrood.nl", name: "Bram Visser", org: "controller", role: "OWNER" },
] as const;

/** Returns false when the demo data is already there. */
export async function seedDemo(): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  const created = await db.$transaction(async (tx) => {
    // Two instances starting at once: the lock makes the second wait, then see the data.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(727001)`;
    if (await tx.organisation.findUnique({ where: { slug: organisations.processor.slug } })) return false;
    const orgs = {
      processor: await tx.organisation.create({ data: organisations.processor }),
      controller: await tx.organisation.create({ data: organisations.controller }),
    };
    for (const person of people) {
      // Seeded as verified; owners with the demo TOTP key (see demoTotpSecret).
      const user = await tx.user.create({ data: { email: person.email, name: person.name, passwordHash, emailVerifiedAt: new Date() } });
      if (person.role === "OWNER") {
        await tx.user.update({ where: { id: user.id }, data: { totpSecretEncrypted: sealedTotpSecretFor(user.id, demoTotpSecret), totpEnabledAt: new Date() } });
      }
      await tx.membership.create({ data: { userId: user.id, organisationId: orgs[person.org].id, role: person.role } });
    }
    return true;
  }, { timeout: 60_000 });
  // Demo data seeded before e-mail verification and two-factor existed: bring its people up to date.
  for (const person of people) {
    const user = await db.user.findUnique({ where: { email: person.email }, select: { id: true, emailVerifiedAt: true, totpSecretEncrypted: true } });
    if (!user) continue;
    if (!user.emailVerifiedAt) await db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
    if (person.role === "OWNER" && !user.totpSecretEncrypted) {
      await db.user.update({ where: { id: user.id }, data: { totpSecretEncrypted: sealedTotpSecretFor(user.id, demoTotpSecret), totpEnabledAt: new Date() } });
    }
  }
  // The agreements go through the real services (their own transactions), as a processor would;
  // if an earlier start died half-way through them, they are completed now.
  const owner = await db.user.findUniqueOrThrow({ where: { email: people[0].email } });
  const ctx = await getOrgContext(owner.id, organisations.processor.slug);
  if ((await db.agreement.count({ where: { organisationId: ctx.orgId } })) > 0) return created;
  await seedAgreements(ctx);
  return true;
}
