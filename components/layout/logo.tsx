import Link from "next/link";

export function Logo({ href = "/" }: { href?: string }) {
  return (
    <Link href={href} className="flex items-center gap-2 font-semibold tracking-tight text-slate-900">
      <span aria-hidden className="grid size-7 place-items-center rounded-md bg-blue-800 text-sm text-white">§</span>
      <span className="hidden sm:inline">Verwerkersovereenkomst</span>
    </Link>
  );
}
