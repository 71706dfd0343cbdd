import "server-only";
import { renderRedlinePdf } from "@/lib/pdf/redline/render-redline-pdf";
import { getOrRenderStoredPdf } from "@/lib/pdf/stored-pdf";
import type { OrgContext } from "@/lib/tenancy/context";
import { getRedline, type RedlineView } from "./get-redline";

/**
 * The redline PDF between two versions of one of this organisation's agreements. Between two
 * published (or retired) versions it never changes: rendered once, dated by the later
 * publication, and served from the database after that. Against a draft it is rendered each time.
 */
export async function getRedlinePdf(
  ctx: OrgContext,
  agreementId: string,
  fromVersionId: string,
  toVersionId: string,
): Promise<{ view: RedlineView; bytes: Buffer; wasRendered: boolean }> {
  const view = await getRedline(ctx, agreementId, fromVersionId, toVersionId);
  const { from, to } = view;
  if (from.status === "DRAFT" || to.status === "DRAFT" || !from.publishedAt || !to.publishedAt) {
    return { view, bytes: await renderRedlinePdf(view, new Date()), wasRendered: true };
  }
  const createdAt = from.publishedAt > to.publishedAt ? from.publishedAt : to.publishedAt;
  const stored = await getOrRenderStoredPdf(
    { kind: "redline", versionId: to.id, fromVersionId: from.id, language: view.agreement.language },
    () => renderRedlinePdf(view, createdAt),
  );
  return { view, bytes: stored.bytes, wasRendered: stored.wasRendered };
}
