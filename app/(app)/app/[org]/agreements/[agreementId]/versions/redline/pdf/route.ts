import { getCurrentUser } from "@/lib/auth/current-user";
import { toPublicError } from "@/lib/errors";
import { clientInfo } from "@/lib/http/client-info";
import { renderRedlinePdf } from "@/lib/pdf/redline/render-redline-pdf";
import { getOrgContext } from "@/lib/tenancy/context";
import { getRedline } from "@/lib/versions/get-redline";
import { recordRedlineExport } from "@/lib/versions/record-redline-export";

export async function GET(request: Request, { params }: { params: Promise<{ org: string; agreementId: string }> }) {
  const { org, agreementId } = await params;
  const url = new URL(request.url);
  try {
    const user = await getCurrentUser();
    if (!user) return new Response("Not found", { status: 404 });
    const ctx = await getOrgContext(user.id, org);
    const view = await getRedline(ctx, agreementId, url.searchParams.get("from") ?? "", url.searchParams.get("to") ?? "");
    const pdf = await renderRedlinePdf(view, new Date());
    await recordRedlineExport(ctx, view, clientInfo(request.headers));
    const name = (n: number | null) => (n === null ? "draft" : `v${n}`);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="redline-${view.agreement.slug}-${name(view.from.number)}-${name(view.to.number)}.pdf"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    const { status, message } = toPublicError(error);
    return new Response(status === 404 ? "Not found" : message, { status });
  }
}
