import { splitPlaceholders } from "@/lib/agreements/placeholders";
import type { Block, Run } from "@/lib/agreements/types";

// Clause text is data: every run becomes a text node, so markup typed into a clause ("<script>")
// is shown as typed and never interpreted.

/** A template field still to complete ("[[Vul in: ...]]"), highlighted (the editor's preview). */
function MarkedText({ text }: { text: string }) {
  return (
    <>
      {splitPlaceholders(text).map((part, i) =>
        part.isPlaceholder ? (
          <mark key={i} data-placeholder className="rounded bg-amber-100 px-0.5 text-amber-950 ring-1 ring-amber-400">{part.text}</mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

export function Runs({ runs, markPlaceholders = false }: { runs: Run[]; markPlaceholders?: boolean }) {
  return (
    <>
      {runs.map((run, i) => {
        let node: React.ReactNode = markPlaceholders ? <MarkedText text={run.text} /> : run.text;
        if (run.italic) node = <em>{node}</em>;
        if (run.bold) node = <strong className="font-semibold text-slate-900">{node}</strong>;
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}

/** Ordered lists use letters (a., b., ...), as Dutch contracts do and as the PDF does: "artikel 7.3 sub b". */
export function Blocks({ blocks, markPlaceholders = false }: { blocks: Block[]; markPlaceholders?: boolean }) {
  return (
    <>
      {blocks.map((block, i) =>
        block.type === "paragraph" ? (
          <p key={i}>
            <Runs runs={block.runs} markPlaceholders={markPlaceholders} />
          </p>
        ) : block.ordered ? (
          <ol key={i} className="list-[lower-alpha] space-y-1.5 pl-6 marker:text-slate-500">
            {block.items.map((item, k) => (
              <li key={k} className="pl-1">
                <Runs runs={item} markPlaceholders={markPlaceholders} />
              </li>
            ))}
          </ol>
        ) : (
          <ul key={i} className="list-disc space-y-1.5 pl-6 marker:text-slate-400">
            {block.items.map((item, k) => (
              <li key={k} className="pl-1">
                <Runs runs={item} markPlaceholders={markPlaceholders} />
              </li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}
