import "server-only";
import { db, type ActorType } from "@/lib/db";
import { decodeCursor, olderThan, PAGE_MAX, toPage } from "@/lib/pagination/cursor";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";
import type { DescribableAuditEvent, UserNames } from "./events";
import { userNamesOf } from "./user-names";
import { verifyAuditChains, type AuditVerification } from "./verify-audit-chains";

export type AuditOverview = {
  verification: AuditVerification;
  signedAgreements: { id: string; reference: string; signedAt: Date; controller: string; eventCount: number; problemCount: number }[];
  hasMore: boolean;
  /** The cursor of the next (older) page, null on the last page. */
  nextCursor: string | null;
  /** The organisation's own events (publishing, members, invitations, exports), newest first. */
  activity: (DescribableAuditEvent & { seq: string; at: Date; actorType: ActorType; ip: string | null })[];
  hasMoreActivity: boolean;
  users: UserNames;
};

const ACTIVITY_LISTED = 50;

/**
 * The check of every chain of the organisation, one page (PAGE_MAX) of its signed agreements,
 * newest first, after `cursor` (from the URL; unreadable means the first page), with their
 * problems, and the organisation's newest own events.
 */
export async function getAuditOverview(ctx: OrgContext, { cursor }: { cursor?: unknown } = {}): Promise<AuditOverview> {
  assertCan(ctx, "audit.read");
  const [verification, rows, activity] = await Promise.all([
    verifyAuditChains({ organisationId: ctx.orgId }),
    db.signedAgreement.findMany({
      where: { organisationId: ctx.orgId, ...olderThan("signedAt", decodeCursor(cursor)) },
      orderBy: [{ signedAt: "desc" }, { id: "desc" }],
      take: PAGE_MAX + 1,
      select: {
        id: true, reference: true, signedAt: true, signingSessionId: true,
        controller: { select: { legalName: true } },
        _count: { select: { auditEvents: true } },
      },
    }),
    db.auditEvent.findMany({
      where: { organisationId: ctx.orgId, signedAgreementId: null, signingSessionId: null },
      orderBy: { seq: "desc" },
      take: ACTIVITY_LISTED + 1,
      select: { seq: true, createdAt: true, type: true, data: true, actorType: true, actorEmail: true, actorUserId: true, ip: true },
    }),
  ]);
  const listedActivity = activity.slice(0, ACTIVITY_LISTED);
  const problemsByChain = new Map<string, number>();
  for (const problem of verification.problems) problemsByChain.set(problem.chainKey, (problemsByChain.get(problem.chainKey) ?? 0) + 1);
  const page = toPage(rows, PAGE_MAX, (row) => ({ at: row.signedAt, id: row.id }));
  return {
    verification,
    signedAgreements: page.items.map((row) => ({
      id: row.id,
      reference: row.reference,
      signedAt: row.signedAt,
      controller: row.controller.legalName,
      eventCount: row._count.auditEvents,
      problemCount:
        (problemsByChain.get(`sa:${row.id}`) ?? 0) + (row.signingSessionId ? (problemsByChain.get(`ss:${row.signingSessionId}`) ?? 0) : 0),
    })),
    hasMore: page.nextCursor !== null,
    nextCursor: page.nextCursor,
    activity: listedActivity.map(({ seq, createdAt, ...event }) => ({ ...event, seq: seq.toString(), at: createdAt })),
    hasMoreActivity: activity.length > ACTIVITY_LISTED,
    users: await userNamesOf(listedActivity),
  };
}
