import Link from "next/link";

/**
 * "Newest" and "Older" links under a list that is read one page at a time (lib/pagination).
 * Renders nothing on a single page.
 */
export function Pager({ label, newestHref, olderHref, newestText, olderText }: {
  label: string;
  /** The first page, when this is not it. */
  newestHref: string | null;
  /** The next, older page, when there is one. */
  olderHref: string | null;
  newestText: string;
  olderText: string;
}) {
  if (!newestHref && !olderHref) return null;
  return (
    <nav aria-label={label} className="mt-3 flex items-center justify-end gap-4 text-sm">
      {newestHref ? <Link href={newestHref} className="font-semibold text-blue-800 hover:underline">{newestText}</Link> : null}
      {olderHref ? <Link href={olderHref} className="font-semibold text-blue-800 hover:underline">{olderText}</Link> : null}
    </nav>
  );
}
