// Drawing a signature: in logical units of a 600 x 200 box, whatever the size of the canvas on the
// screen, so the strokes survive a resize and the exported image always has the same size.

export const LOGICAL_WIDTH = 600;
export const LOGICAL_HEIGHT = 200;
/** The exported PNG is 1200 x 400: sharp in a PDF, far below the server's 1 MB limit. */
const EXPORT_SCALE = 2;
/** Dark blue ink: reads as a signature, and counts as ink for the server's emptiness check. */
const INK = "#1e3a8a";
/** Where the baseline guide sits (72% of the height); typed names stand on it. */
const BASELINE_Y = LOGICAL_HEIGHT * 0.72;

export const SIGNATURE_FONT_FAMILY = "SignatureScript";
const SIGNATURE_FONT_URL = "/fonts/dancing-script-400.ttf";

export type Point = { x: number; y: number; time: number; width: number };
export type Stroke = Point[];

/**
 * A pen's pressure sets the width; for a mouse or a finger (no real pressure) speed does, so quick
 * strokes thin out a little, as with ink. Widths are smoothed so a stroke never jumps in thickness.
 */
export function strokeWidthFor(
  point: { x: number; y: number; time: number },
  previous: Point | undefined,
  pointerType: string,
  pressure: number,
): number {
  if (pointerType === "pen" && pressure > 0) {
    const target = 1.2 + pressure * 3.2;
    return previous ? previous.width * 0.6 + target * 0.4 : target;
  }
  if (!previous) return 2.8;
  const elapsed = Math.max(1, point.time - previous.time);
  const speed = Math.hypot(point.x - previous.x, point.y - previous.y) / elapsed;
  const target = Math.min(3.4, Math.max(1.5, 3.4 - speed * 1.1));
  return previous.width * 0.65 + target * 0.35;
}

const midpoint = (a: Point, b: Point) => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

/** Quadratic curves through the midpoints of successive points: smooth strokes from jagged input. */
export function drawStrokes(ctx: CanvasRenderingContext2D, strokes: Stroke[]) {
  ctx.strokeStyle = INK;
  ctx.fillStyle = INK;
  ctx.lineCap = "round";
  ctx.lineJoin = "round";
  for (const points of strokes) {
    if (points.length === 0) continue;
    if (points.length === 1) {
      ctx.beginPath();
      ctx.arc(points[0].x, points[0].y, points[0].width * 0.6, 0, Math.PI * 2);
      ctx.fill();
      continue;
    }
    for (let i = 1; i < points.length; i++) {
      const start = i === 1 ? points[0] : midpoint(points[i - 2], points[i - 1]);
      const control = points[i - 1];
      const end = i === points.length - 1 ? points[i] : midpoint(points[i - 1], points[i]);
      ctx.lineWidth = (control.width + points[i].width) / 2;
      ctx.beginPath();
      ctx.moveTo(start.x, start.y);
      ctx.quadraticCurveTo(control.x, control.y, end.x, end.y);
      ctx.stroke();
    }
  }
}

/** The name in the handwriting font, as large as fits, centred on the baseline. */
export function drawTypedName(ctx: CanvasRenderingContext2D, name: string) {
  const text = name.trim();
  if (!text) return;
  const family = `"${SIGNATURE_FONT_FAMILY}", "Dancing Script", cursive`;
  let size = 84;
  ctx.font = `${size}px ${family}`;
  const maxWidth = LOGICAL_WIDTH * 0.88;
  const width = ctx.measureText(text).width;
  if (width > maxWidth) {
    size = Math.max(18, (size * maxWidth) / width);
    ctx.font = `${size}px ${family}`;
  }
  ctx.fillStyle = INK;
  ctx.textAlign = "center";
  ctx.textBaseline = "alphabetic";
  ctx.fillText(text, LOGICAL_WIDTH / 2, BASELINE_Y, maxWidth);
}

/** Draws into a fresh canvas with a transparent background and returns it as a PNG data URL. */
export function exportPng(draw: (ctx: CanvasRenderingContext2D) => void): string | null {
  const canvas = document.createElement("canvas");
  canvas.width = LOGICAL_WIDTH * EXPORT_SCALE;
  canvas.height = LOGICAL_HEIGHT * EXPORT_SCALE;
  const ctx = canvas.getContext("2d");
  if (!ctx) return null;
  ctx.scale(EXPORT_SCALE, EXPORT_SCALE);
  draw(ctx);
  return canvas.toDataURL("image/png");
}

let fontLoading: Promise<void> | null = null;

/**
 * Loads the handwriting font once per page. A canvas only draws with a font that has finished
 * loading; if it cannot load, the browser's cursive font is used instead.
 */
export function loadSignatureFont(): Promise<void> {
  if (fontLoading) return fontLoading;
  if (typeof document === "undefined" || typeof FontFace === "undefined" || !document.fonts) {
    return Promise.resolve();
  }
  const face = new FontFace(SIGNATURE_FONT_FAMILY, `url(${SIGNATURE_FONT_URL})`, { style: "normal", weight: "400" });
  fontLoading = face
    .load()
    .then((loaded) => {
      document.fonts.add(loaded);
    })
    .catch(() => undefined);
  return fontLoading;
}
