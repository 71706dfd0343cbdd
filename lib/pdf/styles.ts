import "server-only";
import { StyleSheet } from "@react-pdf/renderer";
import { TEXT_FONT } from "./fonts";

// One page geometry for every part: the body (react-pdf, cached per version) and the per-signer
// pages (writer/, pages/) are combined into one document, and the header and footer are drawn over
// all of them, so all must agree on it.
export const PAGE_WIDTH = 595.28; // A4 portrait, points
export const PAGE_HEIGHT = 841.89;
export const MARGIN_X = 62;
export const MARGIN_TOP = 76;
export const MARGIN_BOTTOM = 66;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;

export const BODY_SIZE = 9.5;
export const TABLE_FONT_SIZE = 8;
export const TABLE_CELL_PADDING = 4;

export const colors = {
  ink: "#161616",
  muted: "#5a5a5a",
  rule: "#9a9a9a",
  tableBorder: "#b4b4b4",
  shade: "#eef0f3",
  warning: "#8a1c1c",
} as const;
const { ink, tableBorder, shade } = colors;

// The body's react-pdf styles. Every text style gives a fontSize next to its unitless lineHeight:
// react-pdf multiplies a lineHeight by the fontSize of the same style object (or by its default, 18,
// when the style has none), and a lineHeight set on a View reaches its texts wrongly.
export const styles = StyleSheet.create({
  page: {
    paddingTop: MARGIN_TOP,
    paddingBottom: MARGIN_BOTTOM,
    paddingHorizontal: MARGIN_X,
    fontFamily: TEXT_FONT,
    fontSize: BODY_SIZE,
    color: ink,
  },
  text: { fontSize: BODY_SIZE, lineHeight: 1.45 },
  bold: { fontWeight: 700 },
  italic: { fontStyle: "italic" },
  boldItalic: { fontWeight: 700, fontStyle: "italic" },

  articleHeading: { fontSize: 11, fontWeight: 700, lineHeight: 1.3, marginTop: 14, marginBottom: 6 },
  firstArticleHeading: { fontSize: 11, fontWeight: 700, lineHeight: 1.3, marginBottom: 6 },
  clauseRow: { flexDirection: "row", marginBottom: 3 },
  clauseNumber: { width: 30, fontSize: BODY_SIZE, lineHeight: 1.45 },
  clauseBody: { flex: 1 },
  listItem: { flexDirection: "row", marginBottom: 2 },
  listMarker: { width: 16, fontSize: BODY_SIZE, lineHeight: 1.45 },
  listText: { fontSize: BODY_SIZE, lineHeight: 1.45 },
  annexTitle: { fontSize: 12, fontWeight: 700, lineHeight: 1.3, marginBottom: 6 },
  annexIntro: { fontSize: BODY_SIZE, lineHeight: 1.45, marginBottom: 10, color: ink },
  table: { borderTopWidth: 0.75, borderTopColor: tableBorder, borderLeftWidth: 0.75, borderLeftColor: tableBorder },
  tableHeaderRow: { flexDirection: "row", backgroundColor: shade },
  tableRow: { flexDirection: "row" },
  tableCell: {
    padding: TABLE_CELL_PADDING,
    borderRightWidth: 0.75,
    borderRightColor: tableBorder,
    borderBottomWidth: 0.75,
    borderBottomColor: tableBorder,
  },
  cellText: { fontSize: TABLE_FONT_SIZE, lineHeight: 1.35 },
  cellBold: { fontSize: TABLE_FONT_SIZE, lineHeight: 1.35, fontWeight: 700 },
  tableHeaderCell: { fontSize: TABLE_FONT_SIZE, lineHeight: 1.35, fontWeight: 700 },
  cellNote: { fontSize: 7.5, lineHeight: 1.3, marginTop: 2 },
  warning: { fontWeight: 700, color: colors.warning },
});
