import { AppError } from "@/lib/errors";
import { clientInfo } from "@/lib/http/client-info";
import { translator } from "@/lib/i18n/translate";
import { DOWNLOAD_LINK_DAYS } from "@/lib/signing/download-links";
import { DownloadLinkGoneError, getSignedPdfByToken } from "@/lib/signing/get-signed-pdf-by-token";

// The signed agreement's PDF, exactly the bytes stored at signing, for whoever holds the link
// while it is valid. An expired or replaced link answers 410 with a page that says which, in
// Dutch and English (the link carries no language), and where to ask for a new one.

const plainHeaders = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer" };

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function gonePage(reason: "expired" | "replaced"): Response {
  const sections = (["nl", "en"] as const).map((locale) => {
    const t = translator(locale);
    const title = t(reason === "expired" ? "downloadLink.gone.expiredTitle" : "downloadLink.gone.replacedTitle");
    const body = t(`downloadLink.gone.${reason}`, { days: DOWNLOAD_LINK_DAYS });
    return `<section lang="${locale}"><h${locale === "nl" ? 1 : 2}>${escapeHtml(title)}</h${locale === "nl" ? 1 : 2}><p>${escapeHtml(body)}</p><p><a href="/download-link?lang=${locale}">${escapeHtml(t("downloadLink.gone.action"))}</a></p></section>`;
  });
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(translator("nl")(reason === "expired" ? "downloadLink.gone.expiredTitle" : "downloadLink.gone.replacedTitle"))}</title><style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#0f172a;line-height:1.5}a{color:#1e40af}section+section{margin-top:2rem;border-top:1px solid #cbd5e1;padding-top:1rem}</style></head><body><main>${sections.join("")}</main></body></html>`;
  return new Response(html, { status: 410, headers: { ...plainHeaders, "Content-Type": "text/html; charset=utf-8" } });
}

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  try {
    const pdf = await getSignedPdfByToken(token, clientInfo(request.headers));
    return new Response(new Uint8Array(pdf.bytes), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Length": String(pdf.bytes.length),
        "Content-Disposition": `attachment; filename="${pdf.reference}.pdf"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
      },
    });
  } catch (error) {
    if (error instanceof DownloadLinkGoneError) return gonePage(error.reason);
    if (error instanceof AppError && error.code === "NOT_FOUND") {
      return new Response("Not found: this download link is not valid.\n", {
        status: 404,
        headers: { "Content-Type": "text/plain; charset=utf-8", ...plainHeaders },
      });
    }
    throw error;
  }
}
