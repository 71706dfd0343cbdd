import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoData } from "./seed";

process.env.NEXTAUTH_SECRET ??= "test-secret-for-vitest-only";

// Runs on the shared test database: the demo slugs are fixed, so this file is the only one that
// seeds, and it checks that a second run changes nothing.
describe("demo seed", () => {
  it("creates the demo processor with published DPAs and signed agreements, once", async () => {
    const first = await seedDemoData(process.env.DATABASE_URL!);
    const second = await seedDemoData(process.env.DATABASE_URL!);
    expect(second.created).toBe(false);
    expect(first.logins.map((l) => l.email)).toContain("sanne@offertewerk.nl");

    const org = await db.organisation.findUniqueOrThrow({ where: { slug: "offertewerk" } });
    const versions = await db.agreementVersion.findMany({
      where: { organisationId: org.id, status: "PUBLISHED" },
      include: { _count: { select: { articles: true, subProcessors: true, dataCategories: true } } },
    });
    expect(versions.map((v) => v.language).sort()).toEqual(["en", "nl"]);
    const dutch = versions.find((v) => v.language === "nl")!;
    expect(dutch._count.articles).toBe(13);
    expect(dutch._count.dataCategories).toBeGreaterThanOrEqual(3);
    const outsideEu = await db.subProcessor.count({ where: { versionId: dutch.id, NOT: { transferBasis: "NONE_NEEDED" } } });
    expect(outsideEu).toBeGreaterThanOrEqual(1);
    expect(await db.signedAgreement.count({ where: { organisationId: org.id } })).toBe(3);
  }, 120_000);
});
