import "server-only";
import { CONTENT_WIDTH, MARGIN_X, PAGE_HEIGHT } from "../styles";
import type { PageCanvas } from "../writer/canvas";
import type { FontFaces } from "../writer/font-face";
import { rule, text } from "./theme";

const HEADER_TOP = 32;
const FOOTER_BOTTOM = 30;
const GAP = 4;

export type FrameTexts = { title: string; marker: string; footerLeft: string; pageOf(page: number, total: number): string };

/** Shortens `value` with an ellipsis until it is at most `width` points wide. */
function fit(faces: FontFaces, value: string, style: typeof text.frame, width: number): string {
  const face = faces[style.face];
  if (face.width(value, style.size) <= width) return value;
  const chars = Array.from(value);
  while (chars.length > 1 && face.width(`${chars.join("").trimEnd()}…`, style.size) > width) chars.pop();
  return `${chars.join("").trimEnd()}…`;
}

/**
 * Header (title, and the reference or version) and footer (processor and version, "page X of Y")
 * of one page. Drawn on every page of the assembled document, over the cached body pages too, so
 * the numbering counts the whole document.
 */
export function drawPageFrame(canvas: PageCanvas, faces: FontFaces, frame: FrameTexts, page: number, total: number): void {
  const right = MARGIN_X + CONTENT_WIDTH;
  const leading = text.frame.size * text.frame.lineHeight;
  const baselineOffset = faces.regular.baseline(text.frame.size, leading);

  const markerWidth = faces.bold.width(frame.marker, text.frameBold.size);
  const title = fit(faces, frame.title, text.frame, CONTENT_WIDTH - markerWidth - 24);
  const headerBaseline = HEADER_TOP + baselineOffset;
  canvas.text(title, MARGIN_X, headerBaseline, text.frame.face, text.frame.size, text.frame.color);
  canvas.text(frame.marker, right - markerWidth, headerBaseline, text.frameBold.face, text.frameBold.size, text.frameBold.color);
  const headerRule = HEADER_TOP + leading + GAP;
  canvas.line(MARGIN_X, headerRule, right, headerRule, 0.5, rule);

  const footerTop = PAGE_HEIGHT - FOOTER_BOTTOM - leading;
  const footerRule = footerTop - GAP;
  canvas.line(MARGIN_X, footerRule, right, footerRule, 0.5, rule);
  const pageText = frame.pageOf(page, total);
  const pageWidth = faces.regular.width(pageText, text.frame.size);
  const footerLeft = fit(faces, frame.footerLeft, text.frame, CONTENT_WIDTH - pageWidth - 24);
  canvas.text(footerLeft, MARGIN_X, footerTop + baselineOffset, text.frame.face, text.frame.size, text.frame.color);
  canvas.text(pageText, right - pageWidth, footerTop + baselineOffset, text.frame.face, text.frame.size, text.frame.color);
}
