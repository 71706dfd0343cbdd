import "server-only";
import { describeAuditActor, describeAuditEvent } from "@/lib/audit/events";
import type { AgreementTexts } from "@/lib/agreements/texts";
import { TABLE_CELL_PADDING } from "../styles";
import { computeColumnWidths } from "../table-columns";
import type { PdfAuditChainHead, PdfAuditEvent, PdfSignature, PdfVersion } from "../types";
import type { Flow, TextStyle } from "../writer/flow";
import { shade, tableBorder, text } from "./theme";

const INSET = 5;
const LABEL_GAP = 10;

type Value = { text: string; style: TextStyle };
type Row = { label: string; values: Value[] };

const plain = (value: string): Value => ({ text: value, style: text.value });
const mono = (value: string): Value => ({ text: value, style: text.mono });

/** A titled group of label/value rows, kept on one page. */
function section(flow: Flow, heading: string, rows: Row[], labelWidth: number): void {
  const valueWidth = flow.width - 2 * INSET - labelWidth;
  const headingHeight = flow.lineHeight(text.sectionHeading) + 6;
  const laidOut = rows.map((row) => {
    const values = row.values.map((value) => ({ ...value, lines: flow.lines(value.text, value.style, valueWidth) }));
    const valuesHeight = values.reduce((sum, value) => sum + value.lines.length * flow.lineHeight(value.style), 0);
    return { label: row.label, values, height: Math.max(flow.lineHeight(text.label), valuesHeight) + 1 };
  });
  const height = headingHeight + 4 + laidOut.reduce((sum, row) => sum + row.height, 0);
  flow.keepTogether(height, (y) => {
    flow.page.fillRect(flow.left, y, flow.width, headingHeight, shade);
    flow.drawLines([heading], text.sectionHeading, flow.left + INSET, y + 3);
    let cursor = y + headingHeight + 4;
    for (const row of laidOut) {
      flow.drawLines([row.label], text.label, flow.left + INSET, cursor);
      let valueY = cursor;
      for (const value of row.values) valueY += flow.drawLines(value.lines, value.style, flow.left + INSET + labelWidth, valueY);
      cursor += row.height;
    }
  });
  flow.y += 8;
}

/** The events table: rows never split; the header row is repeated on a new page. */
function auditTable(flow: Flow, stored: PdfAuditEvent[], t: AgreementTexts): void {
  // Sentences and actors in the document's language, never raw event keys.
  const locale = t.locale === "en" ? "en" : "nl";
  const events = stored.map((event) => ({ at: event.at, ip: event.ip, type: describeAuditEvent(event, locale), actor: describeAuditActor(event, locale) }));
  const measure = (value: string, size: number, bold?: boolean) => flow.writer.faces[bold ? "bold" : "regular"].width(value, size);
  const monoWidth = (value: string) => flow.writer.faces.mono.width(value, text.monoSmall.size);
  const padding = TABLE_CELL_PADDING - 1;
  const widths = computeColumnWidths(
    [
      { header: t.auditColumns[0], cells: [], minWidth: monoWidth("2026-01-01T00:00:00.000Z") + 2 * padding + 2 },
      { header: t.auditColumns[1], cells: events.map((event) => event.type) },
      { header: t.auditColumns[2], cells: events.map((event) => event.actor), minWidth: Math.max(0, ...events.map((e) => monoWidth(e.ip ?? ""))) + 2 * padding + 2 },
    ],
    { totalWidth: flow.width, fontSize: text.cell.size, padding, measure },
  );
  const innerWidths = widths.map((w) => w - 2 * padding);
  const cellLeading = flow.lineHeight(text.cellBold);

  const header = t.auditColumns.map((label, i) => flow.lines(label, text.cellBold, innerWidths[i]));
  const headerHeight = Math.max(...header.map((lines) => lines.length)) * cellLeading + 2 * padding;
  const rows = events.map((event) => {
    const cells = [
      [{ lines: [event.at.toISOString()], style: text.monoCell }],
      [{ lines: flow.lines(event.type, text.cellTight, innerWidths[1]), style: text.cellTight }],
      [
        { lines: flow.lines(event.actor, text.cellTight, innerWidths[2]), style: text.cellTight },
        ...(event.ip ? [{ lines: [event.ip], style: text.monoSmall }] : []),
      ],
    ];
    const height = Math.max(...cells.map((parts) => parts.reduce((sum, part) => sum + part.lines.length * flow.lineHeight(part.style), 0))) + 2 * padding;
    return { cells, height };
  });

  const drawRow = (y: number, height: number, drawCell: (i: number, x: number) => void, isHeader: boolean) => {
    if (isHeader) flow.page.fillRect(flow.left, y, flow.width, height, shade);
    let x = flow.left;
    widths.forEach((w, i) => {
      drawCell(i, x);
      x += w;
    });
    // Grid: top and bottom rules, and the verticals between and around the cells.
    flow.page.line(flow.left, y, flow.left + flow.width, y, 0.75, tableBorder);
    flow.page.line(flow.left, y + height, flow.left + flow.width, y + height, 0.75, tableBorder);
    let vx = flow.left;
    for (const w of [0, ...widths]) {
      vx += w;
      flow.page.line(vx, y, vx, y + height, 0.75, tableBorder);
    }
  };
  const drawHeader = () => {
    const y = flow.y;
    drawRow(y, headerHeight, (i, x) => flow.drawLines(header[i], text.cellBold, x + padding, y + padding), true);
    flow.y += headerHeight;
  };

  flow.paragraph(t.auditTitle, text.sectionHeading, { keepWithNext: headerHeight + (rows[0]?.height ?? 0) });
  flow.y += 3;
  drawHeader();
  for (const row of rows) {
    if (flow.y + row.height > flow.bottom) {
      flow.newPage();
      drawHeader();
    }
    const y = flow.y;
    drawRow(
      y,
      row.height,
      (i, x) => {
        let cy = y + padding;
        for (const part of row.cells[i]) cy += flow.drawLines(part.lines, part.style, x + padding, cy);
      },
      false,
    );
    flow.y += row.height;
  }
  flow.y += 10;
}

/** The evidence of the signatures: the last page(s) of the executed agreement. */
export function layoutCertificate(
  flow: Flow,
  input: {
    version: PdfVersion;
    reference: string;
    signatures: PdfSignature[];
    auditEvents: PdfAuditEvent[] | undefined;
    auditChainHead?: PdfAuditChainHead | null;
    t: AgreementTexts;
  },
): void {
  const { version, t } = input;
  const f = t.certificateFields;
  const s = t.signerFields;
  flow.paragraph(t.certificateTitle, text.certificateTitle, { spaceAfter: 3 });
  flow.paragraph(t.certificateIntro, text.note, { spaceAfter: 10 });

  const sections: { heading: string; rows: Row[] }[] = [
    {
      heading: t.certificateDocument,
      rows: [
        { label: f.reference, values: [plain(input.reference)] },
        { label: f.agreement, values: [plain(version.title)] },
        { label: f.version, values: [plain(String(version.number))] },
        { label: f.publishedAt, values: [mono(version.publishedAt.toISOString())] },
        { label: f.contentHash, values: [mono(version.contentHash)] },
      ],
    },
    ...input.signatures.map((signature) => {
      const role = signature.party === "PROCESSOR" ? t.processorRole : t.controllerRole;
      const isMatch = signature.contentHash === version.contentHash;
      return {
        heading: t.signerHeading(role),
        rows: [
          { label: s.name, values: [plain(signature.signerName)] },
          { label: s.function, values: [plain(signature.signerFunction)] },
          { label: s.organisation, values: [plain(signature.organisationName)] },
          { label: s.email, values: [plain(`${signature.signerEmail} · ${t.emailVerification(signature.emailVerifiedAt ?? null)}`)] },
          { label: s.method, values: [plain(t.methods[signature.method])] },
          { label: s.consent, values: [plain(signature.consentText)] },
          { label: s.signedAt, values: [mono(signature.signedAt.toISOString())] },
          { label: s.ip, values: [signature.ip ? mono(signature.ip) : plain(t.unknown)] },
          { label: s.userAgent, values: [plain(signature.userAgent ?? t.unknown)] },
          {
            label: s.contentHash,
            values: [mono(signature.contentHash), { text: isMatch ? t.hashMatches : t.hashDiffers, style: isMatch ? text.caption : text.captionWarning }],
          },
        ],
      };
    }),
  ];
  // One label column for all sections, as wide as the longest label.
  const labelFace = flow.face(text.label);
  const labelWidth = Math.max(...sections.flatMap((sec) => sec.rows.map((row) => labelFace.width(row.label, text.label.size)))) + LABEL_GAP;
  for (const sec of sections) section(flow, sec.heading, sec.rows, labelWidth);

  // The legal qualification of the signatures, boxed, right after them: placed after a long events
  // table it would end up alone on a page of its own.
  const padding = 7;
  const lines = flow.lines(t.eidas, text.small, flow.width - 2 * padding);
  const height = lines.length * flow.lineHeight(text.small) + 2 * padding;
  flow.keepTogether(height, (y) => {
    flow.page.strokeRect(flow.left, y, flow.width, height, 0.75, tableBorder);
    flow.drawLines(lines, text.small, flow.left + padding, y + padding);
  });

  // Printed before the events table: after a long table it would stand alone on a last page.
  // The chain's head, held by every party from now on: deleting or rewriting the events up to it
  // breaks the chain against this printed hash (npm run audit:verify; docs/decisions/010-audit-trail.md).
  if (input.auditChainHead) {
    flow.y += 10;
    const head = input.auditChainHead;
    const note = flow.lines(t.auditChainHead(head.seq), text.small, flow.width);
    const hash = flow.lines(head.hash, text.mono, flow.width);
    flow.keepTogether(note.length * flow.lineHeight(text.small) + hash.length * flow.lineHeight(text.mono) + 2, (y) => {
      const after = y + flow.drawLines(note, text.small, flow.left, y);
      flow.drawLines(hash, text.mono, flow.left, after + 2);
    });
  }
  if (input.auditEvents?.length) {
    flow.y += 12;
    auditTable(flow, input.auditEvents, t);
  }
}
