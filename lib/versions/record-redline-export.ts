import "server-only";
import { recordEvent } from "@/lib/audit/record-event";
import { db } from "@/lib/db";
import type { ClientInfo } from "@/lib/http/client-info";
import type { OrgContext } from "@/lib/tenancy/context";
import type { RedlineView } from "./get-redline";

/** An export leaves the product: who took which comparison, in the organisation's audit chain. */
export async function recordRedlineExport(ctx: OrgContext, view: RedlineView, client: ClientInfo): Promise<void> {
  await db.$transaction((tx) =>
    recordEvent(tx, {
      type: "version.redline_exported",
      actorType: "USER",
      actorUserId: ctx.userId,
      organisationId: ctx.orgId,
      agreementId: view.agreement.id,
      versionId: view.to.id,
      client,
      data: { fromNumber: view.from.number, toNumber: view.to.number },
    }),
  );
}
