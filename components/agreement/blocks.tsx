import type { Block, Run } from "@/lib/agreements/types";

// Clause text is data: every run becomes a text node, so markup typed into a clause ("<script>")
// is shown as typed and never interpreted.

export function Runs({ runs }: { runs: Run[] }) {
  return (
    <>
      {runs.map((run, i) => {
        let node: React.ReactNode = run.text;
        if (run.italic) node = <em>{node}</em>;
        if (run.bold) node = <strong className="font-semibold text-slate-900">{node}</strong>;
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}

/** Ordered lists use letters (a., b., ...), as Dutch contracts do and as the PDF does: "artikel 7.3 sub b". */
export function Blocks({ blocks }: { blocks: Block[] }) {
  return (
    <>
      {blocks.map((block, i) =>
        block.type === "paragraph" ? (
          <p key={i}>
            <Runs runs={block.runs} />
          </p>
        ) : block.ordered ? (
          <ol key={i} className="list-[lower-alpha] space-y-1.5 pl-6 marker:text-slate-500">
            {block.items.map((item, k) => (
              <li key={k} className="pl-1">
                <Runs runs={item} />
              </li>
            ))}
          </ol>
        ) : (
          <ul key={i} className="list-disc space-y-1.5 pl-6 marker:text-slate-400">
            {block.items.map((item, k) => (
              <li key={k} className="pl-1">
                <Runs runs={item} />
              </li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}
