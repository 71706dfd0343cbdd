// Numbers are never stored: they follow from positions, so reordering renumbers by itself.

export function articleNumber(articleIndex: number): string {
  return String(articleIndex + 1);
}

export function clauseNumber(articleIndex: number, clauseIndex: number, subClauseIndex?: number): string {
  const base = `${articleIndex + 1}.${clauseIndex + 1}`;
  return subClauseIndex === undefined ? base : `${base}.${subClauseIndex + 1}`;
}
