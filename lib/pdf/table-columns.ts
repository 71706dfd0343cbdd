import "server-only";

// Column widths for the annex tables, like a browser's automatic table layout: every column is at
// least as wide as its longest word (words are never split, the PDF does not hyphenate), and the
// remaining width goes to the columns with the most text. A fixed split would either waste space
// or force-break a word like "verwerkingsverantwoordelijke" in a narrow column.

export type ColumnContent = {
  header: string;
  cells: string[];
  /** Cells are set in bold. */
  isBold?: boolean;
  /** Lower bound in points, e.g. to keep a column readable when it is nearly empty. */
  minWidth?: number;
};

export type Measure = (text: string, size: number, bold?: boolean) => number;

export function computeColumnWidths(
  columns: ColumnContent[],
  options: { totalWidth: number; fontSize: number; padding: number; measure: Measure },
): number[] {
  const { totalWidth, fontSize, padding, measure } = options;
  const slack = 2 * padding + 1.5; // cell padding, borders and rounding in the layout engine
  const words = (text: string) => text.split(/\s+/).filter(Boolean);

  const minimum = columns.map((column) => {
    const widest = Math.max(
      0,
      ...words(column.header).map((word) => measure(word, fontSize, true)),
      ...column.cells.flatMap(words).map((word) => measure(word, fontSize, column.isBold)),
    );
    return Math.max(widest + slack, column.minWidth ?? 0);
  });
  // The width a column would like: its longest cell on one line, capped so that one long sentence
  // does not claim the whole table.
  const cap = totalWidth * 0.45;
  const preferred = columns.map((column, i) => {
    const longest = Math.max(measure(column.header, fontSize, true), ...column.cells.map((cell) => measure(cell, fontSize, column.isBold)));
    return Math.max(minimum[i], Math.min(longest + slack, cap));
  });

  const sumMin = minimum.reduce((a, b) => a + b, 0);
  const sumPreferred = preferred.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (sumPreferred <= totalWidth) {
    widths = preferred.map((w) => (w * totalWidth) / sumPreferred);
  } else if (sumMin <= totalWidth) {
    const extra = totalWidth - sumMin;
    const wanted = sumPreferred - sumMin;
    widths = minimum.map((min, i) => min + (wanted > 0 ? ((preferred[i] - min) * extra) / wanted : extra / columns.length));
  } else {
    // Some words cannot fit whatever we do; shrink proportionally and let the renderer break them.
    widths = minimum.map((w) => (w * totalWidth) / sumMin);
  }
  // Round down to a hundredth, give the remainder to the last column: the row must not overflow.
  const rounded = widths.map((w) => Math.floor(w * 100) / 100);
  rounded[rounded.length - 1] += totalWidth - rounded.reduce((a, b) => a + b, 0);
  return rounded;
}
