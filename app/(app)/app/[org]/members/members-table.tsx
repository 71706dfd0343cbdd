"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { changeRoleAction, leaveOrganisationAction, removeMemberAction } from "./actions";
import { FeedbackLine, formatDay, type Feedback } from "./feedback";
import { TableHead, tableClass } from "@/components/ui/table";

type Role = "OWNER" | "ADMIN" | "EDITOR" | "VIEWER";
type Member = { id: string; name: string; email: string; role: Role; joinedAt: string; isYou: boolean };

const allRoles: Role[] = ["OWNER", "ADMIN", "EDITOR", "VIEWER"];

export function MembersTable({
  orgSlug, members, canManage, canManageOwners,
}: { orgSlug: string; members: Member[]; canManage: boolean; canManageOwners: boolean }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const roleOptions = canManageOwners ? allRoles : allRoles.filter((role) => role !== "OWNER");
  const canTouch = (member: Member) => canManage && !member.isYou && (member.role !== "OWNER" || canManageOwners);

  function run(work: () => Promise<{ ok: boolean; message?: string }>, success: string, after?: () => void) {
    setFeedback(null);
    startTransition(async () => {
      try {
        const result = await work();
        if (!result.ok) {
          setFeedback({ tone: "error", text: t(result.message ?? "errors.generic") });
          router.refresh();
          return;
        }
        setFeedback({ tone: "success", text: success });
        if (after) after();
        else router.refresh();
      } catch {
        setFeedback({ tone: "error", text: t("members.offline") });
      }
    });
  }

  return (
    <div>
      <div className="p-3 empty:hidden" aria-live="polite">
        <FeedbackLine feedback={feedback} />
      </div>
      <table className={tableClass} data-testid="members-table">
        <TableHead columns={[t("members.colName"), t("members.colEmail"), t("members.colRole"), t("members.colJoined"), { label: t("members.colActions"), isHidden: true }]} />
        <tbody className="divide-y divide-slate-100">
          {members.map((member) => (
            <tr key={member.id}>
              <td className="px-4 py-3 font-medium text-slate-900">
                {member.name} {member.isYou ? <span className="font-normal text-slate-500">{t("members.you")}</span> : null}
              </td>
              <td className="px-4 py-3 break-all text-slate-700">{member.email}</td>
              <td className="px-4 py-3">
                {canTouch(member) ? (
                  <select
                    aria-label={t("members.roleOf", { name: member.name })}
                    value={member.role}
                    disabled={isPending}
                    onChange={(event) => {
                      const role = event.target.value;
                      run(
                        () => changeRoleAction(orgSlug, member.id, role),
                        t("members.roleChanged", { name: member.name, role: t(`role.${role}`) }),
                      );
                    }}
                    className="rounded-md border-0 bg-white py-1.5 pl-2 pr-8 text-sm text-slate-900 ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-blue-700"
                  >
                    {roleOptions.map((role) => (
                      <option key={role} value={role}>{t(`role.${role}`)}</option>
                    ))}
                  </select>
                ) : (
                  t(`role.${member.role}`)
                )}
              </td>
              <td className="px-4 py-3 whitespace-nowrap text-slate-600">{formatDay(member.joinedAt, locale)}</td>
              <td className="px-4 py-3 text-right">
                {canTouch(member) ? (
                  <Button
                    variant="secondary"
                    disabled={isPending}
                    aria-label={t("members.removeLabel", { name: member.name })}
                    onClick={() => {
                      if (!window.confirm(t("members.removeConfirm", { name: member.name }))) return;
                      run(() => removeMemberAction(orgSlug, member.id), t("members.removed", { name: member.name }));
                    }}
                  >
                    {t("members.remove")}
                  </Button>
                ) : member.isYou ? (
                  <Button
                    variant="secondary"
                    disabled={isPending}
                    onClick={() => {
                      if (!window.confirm(t("members.leaveConfirm"))) return;
                      run(() => leaveOrganisationAction(orgSlug), "", () => window.location.assign("/app"));
                    }}
                  >
                    {t("members.leave")}
                  </Button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
