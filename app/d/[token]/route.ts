import { AppError } from "@/lib/errors";
import { clientInfo } from "@/lib/http/client-info";
import { getSignedPdfByToken } from "@/lib/signing/get-signed-pdf-by-token";

// The signed agreement's PDF, exactly the bytes stored at signing, for whoever holds the link.

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
    if (error instanceof AppError && error.code === "NOT_FOUND") {
      return new Response("Not found: this download link is not valid.\n", {
        status: 404,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
      });
    }
    throw error;
  }
}
