"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { revokeInvitationAction } from "./actions";
import { FeedbackLine, formatDay, type Feedback } from "./feedback";
import { TableHead, tableClass } from "@/components/ui/table";

type Invitation = { id: string; email: string; role: string; expiresAt: string };

export function InvitationsList({ orgSlug, invitations, canManageOwners }: { orgSlug: string; invitations: Invitation[]; canManageOwners: boolean }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [feedback, setFeedback] = useState<Feedback>(null);

  function revoke(invitation: Invitation) {
    setFeedback(null);
    startTransition(async () => {
      try {
        const result = await revokeInvitationAction(orgSlug, invitation.id);
        setFeedback(result.ok ? { tone: "success", text: t("members.revoked", { email: invitation.email }) } : { tone: "error", text: t(result.message) });
        router.refresh();
      } catch {
        setFeedback({ tone: "error", text: t("members.offline") });
      }
    });
  }

  return (
    <div className="mt-3 space-y-3">
      <FeedbackLine feedback={feedback} />
      {invitations.length === 0 ? (
        <Card className="p-6 text-sm text-slate-600">{t("members.noInvitations")}</Card>
      ) : (
        <Card className="overflow-x-auto">
          <table className={tableClass} data-testid="invitations-table">
            <TableHead columns={[t("members.colEmail"), t("members.colRole"), t("members.colExpires"), { label: t("members.colActions"), isHidden: true }]} />
            <tbody className="divide-y divide-slate-100">
              {invitations.map((invitation) => (
                <tr key={invitation.id}>
                  <td className="px-4 py-3 break-all text-slate-900">{invitation.email}</td>
                  <td className="px-4 py-3">{t(`role.${invitation.role}`)}</td>
                  <td className="px-4 py-3 whitespace-nowrap text-slate-600">{formatDay(invitation.expiresAt, locale)}</td>
                  <td className="px-4 py-3 text-right">
                    {invitation.role !== "OWNER" || canManageOwners ? (
                      <Button variant="secondary" disabled={isPending} aria-label={t("members.revokeLabel", { email: invitation.email })} onClick={() => revoke(invitation)}>
                        {t("members.revoke")}
                      </Button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
    </div>
  );
}
