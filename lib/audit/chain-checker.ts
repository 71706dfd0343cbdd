import "server-only";
import type { ActorType, Prisma, Tx } from "@/lib/db";
import { eventHash, sessionChainKey } from "./chain";
import { checkPersonalData } from "./pii";

/**
 * - edited: the event's content (or its personal data) no longer matches what was recorded.
 * - missing: the event this one was chained to is not in the database: deleted, or replaced by an
 *   edited copy with a recomputed hash (the two look the same).
 * - inserted: the event does not belong to the chain: no hash, or another event already follows its
 *   predecessor and the chain goes on without it.
 * - broken-link: a signed agreement's chain does not continue the chain of its signing session.
 * - truncated: an event that an anchor witnessed as the chain's head is gone (lib/audit/anchor-chain-heads.ts).
 * - anchor: an anchor whose MAC does not verify, or whose event now has another hash.
 */
export type AuditProblemKind = "edited" | "missing" | "inserted" | "broken-link" | "truncated" | "anchor";

export type AuditProblem = { chainKey: string; seq: string; eventId: string | null; kind: AuditProblemKind; detail: string };

export type CheckedEvent = {
  id: string;
  seq: bigint;
  chainKey: string;
  type: string;
  actorType: ActorType;
  actorUserId: string | null;
  actorEmail: string | null;
  ip: string | null;
  userAgent: string | null;
  organisationId: string | null;
  agreementId: string | null;
  versionId: string | null;
  signedAgreementId: string | null;
  signingSessionId: string | null;
  createdAt: Date;
  data: Prisma.JsonValue;
  piiCommitment: string | null;
  prevHash: string | null;
  hash: string | null;
};

const MAX_LISTED = 1000;

/** Walks one chain at a time, event by event in seq order; asks the database only when a link is wrong. */
export class ChainChecker {
  chainKey: string | null = null;
  readonly problems: AuditProblem[] = [];
  readonly personalData = { checked: 0, unchecked: 0 };
  private expected: string | null = null;
  private isStarted = false;

  constructor(
    private readonly client: Tx,
    private readonly key: Buffer | null,
  ) {}

  startChain(chainKey: string): void {
    this.chainKey = chainKey;
    this.expected = null;
    this.isStarted = false;
  }

  async check(event: CheckedEvent): Promise<void> {
    this.checkPersonalData(event);
    if (event.hash === null) {
      this.report(event, "inserted", "has no hash: not recorded by the application");
      return;
    }
    const isFirst = !this.isStarted;
    this.isStarted = true;
    if (isFirst && event.chainKey.startsWith("sa:")) this.expected = await this.sessionAnchor(event);

    const isContentIntact = eventHash(event) === event.hash;
    const isLinked = event.prevHash === this.expected;
    if (isContentIntact && isLinked) {
      this.expected = event.hash;
    } else if (isLinked) {
      this.report(event, "edited", "its content no longer matches its hash");
      this.expected = event.hash; // the next event still links to the hash as recorded
    } else if (!isContentIntact) {
      this.report(event, "inserted", "neither its content nor its link to the previous event fits the chain");
    } else if (isFirst && event.chainKey.startsWith("sa:")) {
      await this.checkSessionLink(event);
      this.expected = event.hash;
    } else {
      await this.checkWrongLink(event);
    }
  }

  // Personal data is not hashed; what is left of it must match the commitment that is.
  private checkPersonalData(event: CheckedEvent): void {
    const data = { actorEmail: event.actorEmail, ip: event.ip, userAgent: event.userAgent };
    if (event.piiCommitment === null) {
      if (Object.values(data).some((value) => value !== null)) this.report(event, "edited", "personal data without a commitment");
      return;
    }
    const result = checkPersonalData(event.piiCommitment, data, this.key);
    if (result.status === "ok") this.personalData.checked++;
    else if (result.status === "unchecked") this.personalData.unchecked++;
    else if (result.status === "malformed") this.report(event, "edited", "its personal-data commitment is malformed");
    else this.report(event, "edited", `personal data changed: ${result.fields.join(", ")}`);
  }

  /** The hash a signed agreement's first event links to: the last event of its signing session before it. */
  private async sessionAnchor(event: CheckedEvent): Promise<string | null> {
    const sessionKey = await this.sessionKeyOf(event);
    if (!sessionKey) return null;
    const last = await this.client.auditEvent.findFirst({
      where: { chainKey: sessionKey, seq: { lt: event.seq }, hash: { not: null } },
      orderBy: { seq: "desc" },
      select: { hash: true },
    });
    return last?.hash ?? null;
  }

  private async sessionKeyOf(event: CheckedEvent): Promise<string | null> {
    const signedAgreementId = event.chainKey.slice("sa:".length);
    const signed = await this.client.signedAgreement.findUnique({ where: { id: signedAgreementId }, select: { signingSessionId: true } });
    return signed?.signingSessionId ? sessionChainKey(signed.signingSessionId) : null;
  }

  private async checkSessionLink(event: CheckedEvent): Promise<void> {
    const sessionKey = await this.sessionKeyOf(event);
    if (event.prevHash === null) {
      this.report(event, "broken-link", `does not continue the chain of its signing session (${sessionKey ?? "none"})`);
      return;
    }
    const target = sessionKey ? await this.findInChain(sessionKey, event.prevHash, event.seq) : null;
    if (!target) {
      // Only on this rare path: no index on hash, so this reads the table.
      const elsewhere = await this.client.auditEvent.findFirst({ where: { hash: event.prevHash }, select: { chainKey: true } });
      if (elsewhere) {
        this.report(event, "broken-link", `links to an event of ${elsewhere.chainKey}, not of its signing session (${sessionKey ?? "none"})`);
      } else {
        this.report(event, "missing", "the event it was chained to is gone: this chain's first event, or its signing session's last");
      }
      return;
    }
    // The signing session's chain goes on after the event this one continues: those were added later.
    for (const added of await this.eventsBetween(sessionKey!, target.seq, event.seq)) {
      this.report({ ...added, chainKey: sessionKey! }, "inserted", "added to the signing session after its chain was continued by the signed agreement");
    }
  }

  private async checkWrongLink(event: CheckedEvent): Promise<void> {
    const chainKey = event.chainKey;
    const target = event.prevHash === null ? { seq: -1n } : await this.findInChain(chainKey, event.prevHash, event.seq);
    if (!target) {
      this.report(event, "missing", "the event it was chained to is gone (deleted, or replaced by an edited copy)");
      this.expected = event.hash;
      return;
    }
    // A fork: this event and the ones after its predecessor claim the same place. The side the chain
    // goes on from is the original; the other was inserted.
    const hasSuccessor = await this.client.auditEvent.findFirst({
      where: { chainKey, prevHash: event.hash, seq: { gt: event.seq } },
      select: { id: true },
    });
    if (!hasSuccessor) {
      this.report(event, "inserted", "links to an earlier event that another event already follows");
      return;
    }
    for (const skipped of await this.eventsBetween(chainKey, target.seq, event.seq)) {
      this.report({ ...skipped, chainKey }, "inserted", "the chain goes on without this event");
    }
    this.expected = event.hash;
  }

  private findInChain(chainKey: string, hash: string, beforeSeq: bigint) {
    return this.client.auditEvent.findFirst({ where: { chainKey, hash, seq: { lt: beforeSeq } }, select: { seq: true } });
  }

  private eventsBetween(chainKey: string, afterSeq: bigint, beforeSeq: bigint) {
    return this.client.auditEvent.findMany({
      where: { chainKey, seq: { gt: afterSeq, lt: beforeSeq } },
      orderBy: { seq: "asc" },
      take: MAX_LISTED,
      select: { id: true, seq: true },
    });
  }

  private report(event: { id: string; seq: bigint; chainKey: string }, kind: AuditProblemKind, detail: string): void {
    const seq = event.seq.toString();
    // An event found to be inserted replaces what was said about it before.
    if (kind === "inserted") {
      for (let i = this.problems.length - 1; i >= 0; i--) {
        const problem = this.problems[i];
        if (problem.chainKey === event.chainKey && problem.seq === seq) this.problems.splice(i, 1);
      }
    }
    if (this.problems.length >= MAX_LISTED * 10) return; // enough to act on; keeps memory bounded
    this.problems.push({ chainKey: event.chainKey, seq, eventId: event.id, kind, detail });
  }
}
