// The one look of a data table in the signed-in product: a card that scrolls sideways on a phone,
// with a quiet header row.

export const tableClass = "min-w-full divide-y divide-slate-200 text-sm";

type Column = React.ReactNode | { label: React.ReactNode; align?: "right"; isHidden?: boolean };

function isColumnObject(column: Column): column is { label: React.ReactNode; align?: "right"; isHidden?: boolean } {
  return typeof column === "object" && column !== null && "label" in column;
}

/** Header cells; `isHidden` keeps a label for screen readers only (e.g. an actions column). */
export function TableHead({ columns }: { columns: Column[] }) {
  return (
    <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
      <tr>
        {columns.map((column, index) => {
          const { label, align, isHidden } = isColumnObject(column) ? column : { label: column, align: undefined, isHidden: false };
          return (
            <th key={index} scope="col" className={`px-4 py-3${align === "right" ? " text-right" : ""}`}>
              {isHidden ? <span className="sr-only">{label}</span> : label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
