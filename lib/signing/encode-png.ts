// Relative import: the demo seed, the e2e suite and the benchmark load this file outside Next.
import { encodePng } from "../images/png";

/** A handwriting-like scribble: a few overlapping loops drawn as a thick dark-blue line. */
export function scribblePng(seed: number, width = 480, height = 160): Buffer {
  const rgba = Buffer.alloc(width * height * 4);
  const dot = (cx: number, cy: number) => {
    for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) {
      if (dx * dx + dy * dy > 5) continue;
      const x = Math.round(cx + dx), y = Math.round(cy + dy);
      if (x < 0 || y < 0 || x >= width || y >= height) continue;
      const i = (y * width + x) * 4;
      rgba[i] = 20; rgba[i + 1] = 35; rgba[i + 2] = 90; rgba[i + 3] = 255;
    }
  };
  const loops = 4 + (seed % 3);
  for (let t = 0; t < 1; t += 0.0004) {
    const x = 30 + t * (width - 60) + Math.sin(t * Math.PI * 2 * loops + seed) * 22;
    const y = height / 2 + Math.cos(t * Math.PI * 2 * loops + seed) * (28 + 10 * Math.sin(t * 7 + seed)) - t * 20;
    dot(x, y);
  }
  for (let t = 0; t < 1; t += 0.002) dot(60 + t * (width - 140), height * 0.78 + Math.sin(t * 3 + seed) * 4); // underline
  return encodePng(width, height, rgba);
}
