import { z } from "zod";

// Keyset pagination for lists ordered newest first by (time, id): a page is at most PAGE_MAX rows,
// and the cursor names the last row shown. Cursors come from URLs: anything that does not decode
// is the first page, never an error.

export const PAGE_MAX = 100;

export type Cursor = { at: Date; id: string };

const cursorSchema = z.object({ at: z.iso.datetime(), id: z.string().min(1).max(64) });

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify({ at: cursor.at.toISOString(), id: cursor.id })).toString("base64url");
}

export function decodeCursor(raw: unknown): Cursor | null {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 200) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    return parsed.success ? { at: new Date(parsed.data.at), id: parsed.data.id } : null;
  } catch {
    return null;
  }
}

/** A page size between 1 and PAGE_MAX, whatever was asked for. */
export const pageSize = (take: number | undefined, fallback = 50) => Math.min(PAGE_MAX, Math.max(1, Math.floor(Number(take) || fallback)));

/** Prisma's where for "older than the cursor" on (field, id), for an order of field desc, id desc. */
export function olderThan<F extends string>(field: F, cursor: Cursor | null) {
  if (!cursor) return {};
  return { OR: [{ [field]: { lt: cursor.at } }, { [field]: cursor.at, id: { lt: cursor.id } }] } as Record<"OR", object[]>;
}

/** One more row than the page was read; it only tells whether there is a next page. */
export function toPage<T>(rows: T[], size: number, cursorOf: (row: T) => Cursor): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, size);
  return { items, nextCursor: rows.length > size ? encodeCursor(cursorOf(items[items.length - 1])) : null };
}

/** A page number from a URL (`?page=3`): 1 to MAX_PAGE_NUMBER, anything else is 1. Bounds the OFFSET too. */
export const MAX_PAGE_NUMBER = 1000;
export function pageNumber(raw: unknown): number {
  const value = typeof raw === "string" && /^\d{1,4}$/.test(raw) ? Number(raw) : 1;
  return value >= 1 && value <= MAX_PAGE_NUMBER ? value : 1;
}
