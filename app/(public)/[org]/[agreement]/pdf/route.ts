import { headers } from "next/headers";
import { getPublishedVersion } from "@/lib/agreements/get-published-version";
import { parseSlug, parseVersionNumber } from "@/components/agreement/public-params";
import { AppError } from "@/lib/errors";
import { clientInfo } from "@/lib/http/client-info";
import { getTranslator } from "@/lib/i18n/server";
import { getUnsignedVersionPdf } from "@/lib/pdf/get-unsigned-version-pdf";
import { assertPdfRequestAllowed, PdfRateLimited } from "@/lib/pdf/render-rate-limit";

// The unsigned PDF of the current version, or of version N with ?v=N (retired ones included).
// A published version never changes: its PDF is rendered once and kept in the database
// (lib/pdf/stored-pdf.ts). Requests are limited per client address.

type Published = Awaited<ReturnType<typeof getPublishedVersion>>;

const notFoundResponse = () =>
  new Response("Not found: this agreement or version does not exist.\n", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

export async function GET(request: Request, { params }: { params: Promise<{ org: string; agreement: string }> }) {
  const { org, agreement } = await params;
  const orgSlug = parseSlug(org);
  const agreementSlug = parseSlug(agreement);
  const requested = new URL(request.url).searchParams.get("v");
  const number = requested === null ? undefined : parseVersionNumber(requested);
  if (!orgSlug || !agreementSlug || number === null) return notFoundResponse();

  try {
    await assertPdfRequestAllowed("unsigned", clientInfo(await headers()).ip);
  } catch (error) {
    if (!(error instanceof PdfRateLimited)) throw error;
    const { t } = await getTranslator();
    return new Response(`${t("pdf.rateLimited")}\n`, {
      status: 429,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "Retry-After": String(error.retryAfterSeconds) },
    });
  }

  let published: Published;
  try {
    published = await getPublishedVersion(orgSlug, agreementSlug, number);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return notFoundResponse();
    throw error;
  }
  const { bytes } = await getUnsignedVersionPdf(published);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(bytes.length),
      "Content-Disposition": `inline; filename="${published.agreement.slug}-v${published.version.number}.pdf"`,
      "Cache-Control": "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
