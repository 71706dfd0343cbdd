import { headers } from "next/headers";
import { getCurrentUser } from "@/lib/auth/current-user";
import { retryAfterHeader, toPublicError } from "@/lib/errors";
import { clientInfo } from "@/lib/http/client-info";
import { getTranslator } from "@/lib/i18n/server";
import { assertPdfRequestAllowed, PdfRateLimited } from "@/lib/pdf/render-rate-limit";
import { getOrgContext } from "@/lib/tenancy/context";
import { getRedlinePdf } from "@/lib/versions/get-redline-pdf";
import { recordRedlineExport } from "@/lib/versions/record-redline-export";

// The redline PDF between two versions. Between published versions it is rendered once and kept
// (lib/versions/get-redline-pdf.ts); requests are limited per client address.

export async function GET(request: Request, { params }: { params: Promise<{ org: string; agreementId: string }> }) {
  const { org, agreementId } = await params;
  const url = new URL(request.url);
  try {
    const user = await getCurrentUser();
    if (!user) return new Response("Not found", { status: 404 });
    await assertPdfRequestAllowed("redline", clientInfo(await headers()).ip);
    const ctx = await getOrgContext(user.id, org);
    const { view, bytes } = await getRedlinePdf(ctx, agreementId, url.searchParams.get("from") ?? "", url.searchParams.get("to") ?? "");
    await recordRedlineExport(ctx, view, clientInfo(request.headers));
    const name = (n: number | null) => (n === null ? "draft" : `v${n}`);
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="redline-${view.agreement.slug}-${name(view.from.number)}-${name(view.to.number)}.pdf"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof PdfRateLimited) {
      const { t } = await getTranslator();
      return new Response(t("pdf.rateLimited"), {
        status: 429,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": String(error.retryAfterSeconds) },
      });
    }
    const publicError = toPublicError(error);
    const { status, message } = publicError;
    return new Response(status === 404 ? "Not found" : message, { status, headers: retryAfterHeader(publicError) });
  }
}
