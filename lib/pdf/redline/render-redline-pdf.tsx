import "server-only";
import { renderToBuffer } from "@react-pdf/renderer";
import { translator } from "@/lib/i18n/translate";
import type { RedlineView } from "@/lib/versions/get-redline";
import { registerPdfFonts } from "../fonts";
import { RedlineDocument } from "./redline-document";

/**
 * The redline as a PDF: fixed texts in the agreement's language (like the agreement PDF), fonts
 * embedded, no hyphenation (registerPdfFonts registers a callback that keeps every word whole).
 */
export async function renderRedlinePdf(view: RedlineView, createdAt: Date): Promise<Buffer> {
  registerPdfFonts();
  const locale = view.agreement.language;
  return renderToBuffer(<RedlineDocument view={view} t={translator(locale)} locale={locale} createdAt={createdAt} />);
}
