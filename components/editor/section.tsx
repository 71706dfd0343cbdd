import { Card } from "@/components/ui/card";

/** A heading for a part of the document; `id` is also the target of the outline's link. */
export function SectionHeading({ id, title, lead, badge }: { id: string; title: string; lead?: string; badge?: React.ReactNode }) {
  return (
    <div>
      <div className="flex flex-wrap items-center gap-2">
        <h2 id={`${id}-heading`} className="text-lg font-semibold tracking-tight text-slate-900">{title}</h2>
        {badge}
      </div>
      {lead ? <p className="mt-1 max-w-prose text-sm text-slate-600">{lead}</p> : null}
    </div>
  );
}

/** One part of the document in a card, reachable from the outline. */
export function EditorSection({
  id, title, lead, badge, children,
}: {
  id: string;
  title: string;
  lead?: string;
  badge?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} tabIndex={-1} className="scroll-mt-44 lg:scroll-mt-28 focus:outline-none">
      <SectionHeading id={id} title={title} lead={lead} badge={badge} />
      <Card className="mt-3 p-4 sm:p-6">{children}</Card>
    </section>
  );
}

export function ProblemBadge({ count, label }: { count: number; label: string }) {
  if (count === 0) return null;
  return <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">{label}</span>;
}
