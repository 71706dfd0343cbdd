import { getPublishedVersion } from "@/lib/agreements/get-published-version";
import { parseSlug, parseVersionNumber } from "@/components/agreement/public-params";
import { AppError } from "@/lib/errors";
import { renderUnsignedAgreementPdf } from "@/lib/pdf";

// The unsigned PDF of the current version, or of version N with ?v=N (retired ones included).
// A published version never changes, so its PDF is rendered once per process and kept in memory.

const maxCachedPdfs = 32;
const renderedPdfs = new Map<string, Promise<Buffer>>();

type Published = Awaited<ReturnType<typeof getPublishedVersion>>;

function cachedPdf({ version, processorSignature }: Published): Promise<Buffer> {
  const key = [version.id, version.contentHash, processorSignature?.signedAt.toISOString() ?? ""].join(":");
  let pdf = renderedPdfs.get(key);
  if (pdf) {
    renderedPdfs.delete(key); // most recently used goes to the end
  } else {
    pdf = renderUnsignedAgreementPdf(version, processorSignature ? { ...processorSignature, party: "PROCESSOR" } : null);
    // A failed render is not kept: the next request tries again.
    pdf.catch(() => renderedPdfs.delete(key));
  }
  renderedPdfs.set(key, pdf);
  while (renderedPdfs.size > maxCachedPdfs) renderedPdfs.delete(renderedPdfs.keys().next().value!);
  return pdf;
}

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

  let published: Published;
  try {
    published = await getPublishedVersion(orgSlug, agreementSlug, number);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return notFoundResponse();
    throw error;
  }
  const pdf = await cachedPdf(published);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(pdf.length),
      "Content-Disposition": `inline; filename="${published.agreement.slug}-v${published.version.number}.pdf"`,
      "Cache-Control": "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
