import "server-only";
import { db } from "@/lib/db";
import type { SubProcessorDoc, TransferBasis } from "@/lib/agreements/types";
import { compareSubProcessors } from "./compare";

export type SubProcessorHistoryEntry = {
  number: number;
  publishedAt: Date;
  effectiveDate: string | null;
  changeSummary: string | null;
  /** The first publication: its list is the starting point, not a change. */
  isFirst: boolean;
  count: number;
  added: SubProcessorDoc[];
  removed: SubProcessorDoc[];
  changed: { from: SubProcessorDoc; to: SubProcessorDoc; changedFields: string[] }[];
};

/**
 * For each agreement of the organisation, its published versions (newest first) with the
 * sub-processors added, removed or changed against the version before. Public data only: published
 * and retired versions of agreements that are not archived, binding texts only (a translation
 * carries the same list). Keyed by agreement id.
 */
export async function getSubProcessorHistory(organisationId: string): Promise<Map<string, SubProcessorHistoryEntry[]>> {
  const versions = await db.agreementVersion.findMany({
    where: {
      organisationId,
      status: { in: ["PUBLISHED", "RETIRED"] },
      isBinding: true,
      number: { not: null },
      publishedAt: { not: null },
      agreement: { archivedAt: null },
    },
    orderBy: [{ agreementId: "asc" }, { number: "asc" }],
    select: {
      agreementId: true,
      number: true,
      publishedAt: true,
      effectiveDate: true,
      changeSummary: true,
      subProcessors: {
        orderBy: { position: "asc" },
        select: { name: true, serviceArea: true, purposes: true, dataConcerned: true, country: true, transferBasis: true },
      },
    },
  });
  const history = new Map<string, SubProcessorHistoryEntry[]>();
  let previous: { agreementId: string; rows: SubProcessorDoc[] } | null = null;
  for (const version of versions) {
    const rows = version.subProcessors.map((row) => ({ ...row, transferBasis: row.transferBasis as TransferBasis }));
    const isFirst = previous?.agreementId !== version.agreementId;
    const changes = compareSubProcessors(isFirst ? [] : previous!.rows, rows);
    const entry: SubProcessorHistoryEntry = {
      number: version.number!,
      publishedAt: version.publishedAt!,
      effectiveDate: version.effectiveDate ? version.effectiveDate.toISOString().slice(0, 10) : null,
      changeSummary: version.changeSummary,
      isFirst,
      count: rows.length,
      added: isFirst ? [] : changes.flatMap((change) => (change.kind === "added" ? [change.to] : [])),
      removed: changes.flatMap((change) => (change.kind === "removed" ? [change.from] : [])),
      changed: changes.flatMap((change) =>
        change.kind === "changed" ? [{ from: change.from, to: change.to, changedFields: change.changedFields }] : [],
      ),
    };
    history.set(version.agreementId, [entry, ...(history.get(version.agreementId) ?? [])]);
    previous = { agreementId: version.agreementId, rows };
  }
  return history;
}
