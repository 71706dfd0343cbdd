// Draws a small handwriting-like PNG (dark strokes on a transparent background), encoded by
// lib/images/png.ts: fixtures, the benchmark and tests need real signature images, not placeholders.
import { encodePng } from "../images/png";

/** A deterministic pseudo-random generator, so the same seed always draws the same signature. */
function seededRandom(seed: string): () => number {
  let state = 2166136261;
  for (const char of seed) state = Math.imul(state ^ char.charCodeAt(0), 16777619) >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function makeSignaturePng(seed: string, width = 400, height = 150): Buffer {
  const alpha = new Float32Array(width * height);
  const random = seededRandom(seed);
  const stamp = (cx: number, cy: number, radius: number) => {
    for (let y = Math.floor(cy - radius - 1); y <= Math.ceil(cy + radius + 1); y++) {
      if (y < 0 || y >= height) continue;
      for (let x = Math.floor(cx - radius - 1); x <= Math.ceil(cx + radius + 1); x++) {
        if (x < 0 || x >= width) continue;
        const coverage = Math.min(1, Math.max(0, radius + 0.5 - Math.hypot(x - cx, y - cy)));
        const index = y * width + x;
        if (coverage > alpha[index]) alpha[index] = coverage;
      }
    }
  };

  // One flowing stroke of loops moving right, then an underline.
  const loops = 5 + Math.floor(random() * 3);
  const baseline = height * 0.58;
  let previous: [number, number] | null = null;
  const steps = 900;
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const phase = t * loops * Math.PI * 2;
    const x = width * 0.08 + t * width * 0.78 + Math.cos(phase) * 14;
    const y = baseline - Math.sin(phase) * (height * 0.22) * (0.6 + 0.4 * Math.sin(t * 7 + random() * 0.2));
    if (previous) {
      const distance = Math.hypot(x - previous[0], y - previous[1]);
      const count = Math.max(1, Math.ceil(distance));
      for (let k = 1; k <= count; k++) {
        stamp(previous[0] + ((x - previous[0]) * k) / count, previous[1] + ((y - previous[1]) * k) / count, 1.6);
      }
    }
    previous = [x, y];
  }
  const lift = random() * 8;
  for (let x = width * 0.12; x < width * 0.9; x += 0.5) {
    stamp(x, height * 0.8 + Math.sin(x / 40) * 3 - lift, 1.3);
  }

  const rgba = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    rgba[i * 4] = 0x1a;
    rgba[i * 4 + 1] = 0x23;
    rgba[i * 4 + 2] = 0x5e;
    rgba[i * 4 + 3] = Math.round(alpha[i] * 255);
  }
  return encodePng(width, height, rgba);
}
