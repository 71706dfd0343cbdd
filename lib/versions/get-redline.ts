import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";
import { compareVersions, type Redline } from "./compare";
import { loadVersionDoc, type VersionLabel } from "./load-version";

const input = z.object({
  agreementId: z.string().trim().min(1).max(64),
  fromVersionId: z.string().trim().min(1).max(64),
  toVersionId: z.string().trim().min(1).max(64),
});

export type RedlineView = {
  agreement: { id: string; slug: string; title: string; language: "nl" | "en" };
  from: VersionLabel & { title: string };
  to: VersionLabel & { title: string };
  redline: Redline;
};

/** The changes between any two versions of one of this organisation's agreements (the draft included). */
export async function getRedline(ctx: OrgContext, agreementId: string, fromVersionId: string, toVersionId: string): Promise<RedlineView> {
  assertCan(ctx, "agreement.read");
  const parsed = input.safeParse({ agreementId, fromVersionId, toVersionId });
  // Ids come from the URL: anything malformed is simply not one of ours.
  if (!parsed.success) throw notFound();
  const agreement = await db.agreement.findFirst({
    where: { id: parsed.data.agreementId, organisationId: ctx.orgId },
    select: { id: true, slug: true, title: true, language: true },
  });
  if (!agreement) throw notFound();
  const [from, to] = await Promise.all([
    loadVersionDoc(ctx, agreement.id, parsed.data.fromVersionId),
    loadVersionDoc(ctx, agreement.id, parsed.data.toVersionId),
  ]);
  return {
    agreement,
    from: { ...from.label, title: from.doc.title },
    to: { ...to.label, title: to.doc.title },
    redline: compareVersions(from.doc, to.doc),
  };
}
