import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import { getTranslator } from "@/lib/i18n/server";
import { listMembers } from "@/lib/members/list-members";
import { can } from "@/lib/tenancy/permissions";
import { loadOrgContext } from "@/lib/tenancy/page-context";
import { InvitationsList } from "./invitations-list";
import { InviteForm } from "./invite-form";
import { MembersTable } from "./members-table";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("members.metaTitle") };
}

export default async function MembersPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<{ page?: string | string[] }> }) {
  const [{ org }, query] = await Promise.all([params, searchParams]);
  const { ctx } = await loadOrgContext(org);
  const [{ t }, { members, invitations, page, hasNextPage }] = await Promise.all([getTranslator(), listMembers(ctx, { page: query.page })]);
  // The page mirrors the permissions; the services check them again on every action.
  const canManage = can(ctx.role, "members.manage");
  const canManageOwners = can(ctx.role, "members.manageOwners");

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t("members.title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("members.lead")}</p>
        {canManage ? null : <p className="mt-2 text-sm text-slate-600">{t("members.readOnlyNote")}</p>}
      </div>

      <Card className="overflow-x-auto">
        <MembersTable
          orgSlug={ctx.orgSlug}
          members={members.map((m) => ({ ...m, joinedAt: m.joinedAt.toISOString() }))}
          canManage={canManage}
          canManageOwners={canManageOwners}
        />
      </Card>
      <Pager
        label={t("members.title")}
        newestHref={page > 1 ? `/app/${ctx.orgSlug}/members${page > 2 ? `?page=${page - 1}` : ""}` : null}
        olderHref={hasNextPage ? `/app/${ctx.orgSlug}/members?page=${page + 1}` : null}
        newestText={t("pagination.previous")}
        olderText={t("pagination.next")}
      />

      {canManage ? (
        <>
          <section aria-labelledby="invitations-heading">
            <h2 id="invitations-heading" className="text-lg font-semibold">{t("members.invitationsHeading")}</h2>
            <InvitationsList
              orgSlug={ctx.orgSlug}
              invitations={invitations.map((i) => ({ id: i.id, email: i.email, role: i.role, expiresAt: i.expiresAt.toISOString() }))}
              canManageOwners={canManageOwners}
            />
          </section>
          <section aria-labelledby="invite-heading">
            <Card className="p-6">
              <h2 id="invite-heading" className="text-lg font-semibold">{t("members.inviteHeading")}</h2>
              <p className="mt-1 text-sm text-slate-600">{t("members.inviteLead")}</p>
              <InviteForm orgSlug={ctx.orgSlug} canInviteOwner={canManageOwners} />
            </Card>
          </section>
        </>
      ) : null}
    </div>
  );
}
