import "server-only";
import { BODY_SIZE, TABLE_FONT_SIZE, colors } from "../styles";
import { hexColor } from "../writer/canvas";
import type { TextStyle } from "../writer/flow";

// The type scale of the per-signer pages, matching the react-pdf styles of the body (styles.ts).

export const ink = hexColor(colors.ink);
export const muted = hexColor(colors.muted);
export const rule = hexColor(colors.rule);
export const tableBorder = hexColor(colors.tableBorder);
export const shade = hexColor(colors.shade);
export const warning = hexColor(colors.warning);

export const text = {
  body: { face: "regular", size: BODY_SIZE, lineHeight: 1.45, color: ink },
  bodyBold: { face: "bold", size: BODY_SIZE, lineHeight: 1.45, color: ink },
  title: { face: "bold", size: 17, lineHeight: 1.25, color: ink },
  subtitle: { face: "regular", size: 9, lineHeight: 1.3, color: muted },
  heading: { face: "bold", size: 13, lineHeight: 1.3, color: ink },
  certificateTitle: { face: "bold", size: 14, lineHeight: 1.3, color: ink },
  note: { face: "regular", size: 8.5, lineHeight: 1.4, color: muted },
  small: { face: "regular", size: 8.5, lineHeight: 1.4, color: ink },
  label: { face: "regular", size: 8.5, lineHeight: 1.3, color: muted },
  value: { face: "regular", size: 8.5, lineHeight: 1.3, color: ink },
  mono: { face: "mono", size: 7.8, lineHeight: 1.42, color: ink },
  monoSmall: { face: "mono", size: 7.2, lineHeight: 1.25, color: muted },
  monoCell: { face: "mono", size: 7.2, lineHeight: 1.3, color: ink },
  caption: { face: "regular", size: 7.5, lineHeight: 1.3, color: muted },
  captionWarning: { face: "bold", size: 7.5, lineHeight: 1.3, color: warning },
  sectionHeading: { face: "bold", size: 9.5, lineHeight: 1.3, color: ink },
  role: { face: "bold", size: 8.5, lineHeight: 1.3, color: muted },
  field: { face: "regular", size: BODY_SIZE, lineHeight: 1.35, color: ink },
  fieldLabel: { face: "regular", size: BODY_SIZE, lineHeight: 1.35, color: muted },
  cell: { face: "regular", size: TABLE_FONT_SIZE, lineHeight: 1.35, color: ink },
  cellBold: { face: "bold", size: TABLE_FONT_SIZE, lineHeight: 1.35, color: ink },
  cellTight: { face: "regular", size: TABLE_FONT_SIZE, lineHeight: 1.25, color: ink },
  frame: { face: "regular", size: 7.5, lineHeight: 1.2, color: muted },
  frameBold: { face: "bold", size: 7.5, lineHeight: 1.2, color: ink },
} satisfies Record<string, TextStyle>;
