"use client";
import { useRouter } from "next/navigation";

type Option = { slug: string; legalName: string };

/** A native select: keyboard- and screen-reader-friendly without extra code. */
export function OrgSwitcher({ current, options, label, newLabel }: { current: string; options: Option[]; label: string; newLabel: string }) {
  const router = useRouter();
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only">{label}</span>
      <select
        value={current}
        onChange={(event) => router.push(event.target.value === "__new" ? "/app/new" : `/app/${event.target.value}`)}
        className="max-w-40 truncate sm:max-w-56 rounded-md border-0 bg-slate-100 py-1.5 pl-3 pr-8 text-sm font-semibold text-slate-900 ring-1 ring-inset ring-slate-200 focus:ring-2 focus:ring-blue-700"
        aria-label={label}
      >
        {options.map((option) => (
          <option key={option.slug} value={option.slug}>{option.legalName}</option>
        ))}
        <option value="__new">+ {newLabel}</option>
      </select>
    </label>
  );
}
