import type { WordPart } from "@/lib/versions/compare";

/** Words of a comparison: deleted struck through in red, inserted underlined in green. */
export function WordParts({ parts }: { parts: WordPart[] }) {
  return (
    <span className="whitespace-pre-wrap">
      {parts.map((part, i) =>
        part.change === "removed" ? (
          <del key={i} className="bg-red-50 text-red-700 decoration-red-600">{part.text}</del>
        ) : part.change === "added" ? (
          <ins key={i} className="bg-emerald-50 text-emerald-800 underline decoration-emerald-600 decoration-2 underline-offset-2">{part.text}</ins>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </span>
  );
}
