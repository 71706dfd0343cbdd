import "server-only";
import type { AgreementTexts } from "@/lib/agreements/texts";
import type { PdfSignature } from "../types";
import type { EmbeddedImage } from "../writer/png-image";
import type { Flow } from "../writer/flow";
import { ink, rule, text } from "./theme";

const COLUMN_GAP = 24;
const LABEL_WIDTH = 66;
const FIELD_GAP = 5;
const BLANK_EXTRA = 7;
const SIGNATURE_BOX_HEIGHT = 78;
const IMAGE_MAX = { width: 192, height: 72 };

type Column = { role: string; organisation: string | null; signature: PdfSignature | null; image: EmbeddedImage | null };

/**
 * Lays out one party's column at (x, y) and returns the height of its fields and its total height;
 * draws only when `draw` is set. `fieldsHeight` aligns the signature lines of both columns.
 */
function column(flow: Flow, c: Column, x: number, y: number, width: number, t: AgreementTexts, draw: boolean, fieldsHeight = 0): { fields: number; total: number } {
  const page = flow.page;
  let cursor = y;
  // Role, in small capitals style, over a rule.
  const role = c.role.toUpperCase();
  if (draw) flow.drawLines([role], text.role, x, cursor);
  cursor += flow.lineHeight(text.role) + 3;
  if (draw) page.line(x, cursor, x + width, cursor, 0.75, ink);
  cursor += 8;

  const f = t.signatureFields;
  const rows: [string, string | null][] = [
    [f.organisation, c.signature?.organisationName ?? c.organisation],
    [f.name, c.signature?.signerName ?? null],
    [f.function, c.signature?.signerFunction ?? null],
    [f.place, c.signature?.place ?? null],
    [f.date, c.signature ? t.longDate(c.signature.signedAt) : null],
  ];
  const valueWidth = width - LABEL_WIDTH;
  const leading = flow.lineHeight(text.field);
  for (const [label, value] of rows) {
    const lines = value === null ? [""] : flow.lines(value, text.field, valueWidth);
    if (draw) {
      if (value === null) {
        // A dotted line to write on by hand, on the baseline of its label, with room above it.
        const top = cursor + BLANK_EXTRA;
        flow.drawLines([label], text.fieldLabel, x, top);
        const baseline = top + flow.face(text.field).baseline(text.field.size, leading) + 1.5;
        page.line(x + LABEL_WIDTH, baseline, x + width, baseline, 0.5, rule, [1, 1.5]);
      } else {
        flow.drawLines([label], text.fieldLabel, x, cursor);
        flow.drawLines(lines, text.field, x + LABEL_WIDTH, cursor);
      }
    }
    // Blank fields get room to write in by hand.
    cursor += Math.max(14, lines.length * leading) + (value === null ? BLANK_EXTRA : 0) + FIELD_GAP;
  }
  const fields = cursor - y;
  cursor = Math.max(cursor, y + fieldsHeight);

  cursor += 6;
  if (draw) flow.drawLines([f.signature], text.fieldLabel, x, cursor);
  cursor += leading + 2;
  if (draw) {
    if (c.image) {
      const scale = Math.min(IMAGE_MAX.width / c.image.width, IMAGE_MAX.height / c.image.height);
      const w = c.image.width * scale;
      const h = c.image.height * scale;
      page.image(c.image, x, cursor + SIGNATURE_BOX_HEIGHT - h - 2, w, h);
    }
    page.line(x, cursor + SIGNATURE_BOX_HEIGHT, x + width, cursor + SIGNATURE_BOX_HEIGHT, 0.75, ink);
  }
  cursor += SIGNATURE_BOX_HEIGHT;
  if (c.signature) {
    cursor += 3;
    const caption = `${t.methods[c.signature.method]} · ${c.signature.signedAt.toISOString()}`;
    if (draw) flow.drawLines([caption], text.caption, x, cursor);
    cursor += flow.lineHeight(text.caption);
  }
  return { fields, total: cursor - y };
}

/** "Aldus overeengekomen en ondertekend": the controller on the left, as party 1 in the preamble. */
export function layoutSignatureBlock(
  flow: Flow,
  input: {
    processorName: string;
    controllerName: string | null;
    processorSignature: PdfSignature | null;
    controllerSignature: PdfSignature | null;
    processorImage: EmbeddedImage | null;
    controllerImage: EmbeddedImage | null;
    isExecuted: boolean;
    t: AgreementTexts;
  },
): void {
  const { t } = input;
  flow.paragraph(t.signatureTitle, text.heading, { spaceAfter: 6, keepWithNext: 200 });
  flow.paragraph(t.signatureIntro, text.body, { spaceAfter: 16 });

  const width = (flow.width - COLUMN_GAP) / 2;
  const left: Column = { role: t.controllerRole, organisation: input.controllerName, signature: input.controllerSignature, image: input.controllerImage };
  const right: Column = { role: t.processorRole, organisation: input.processorName, signature: input.processorSignature, image: input.processorImage };
  const measured = [column(flow, left, 0, 0, width, t, false), column(flow, right, 0, 0, width, t, false)];
  const fieldsHeight = Math.max(...measured.map((m) => m.fields));
  const height = Math.max(...measured.map((m) => m.total - m.fields)) + fieldsHeight;
  flow.keepTogether(height, (y) => {
    column(flow, left, flow.left, y, width, t, true, fieldsHeight);
    column(flow, right, flow.left + width + COLUMN_GAP, y, width, t, true, fieldsHeight);
  });
  flow.paragraph(input.isExecuted ? t.signedElectronically : t.controllerToSign, text.note, { spaceBefore: 22 });
}
