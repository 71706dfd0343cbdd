"use client";
import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { inviteMemberAction } from "./actions";
import { FeedbackLine, type Feedback } from "./feedback";

/** E-mail and role. On an error the typed values stay; on success the form is cleared. */
export function InviteForm({ orgSlug, canInviteOwner }: { orgSlug: string; canInviteOwner: boolean }) {
  const { t } = useI18n();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [isPending, startTransition] = useTransition();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const roles = (canInviteOwner ? ["OWNER", "ADMIN", "EDITOR", "VIEWER"] : ["ADMIN", "EDITOR", "VIEWER"]).map((role) => ({ value: role, label: t(`role.${role}`) }));

  return (
    <form
      ref={formRef}
      noValidate
      className="mt-4 space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        setFeedback(null);
        setFieldErrors({});
        startTransition(async () => {
          try {
            const result = await inviteMemberAction(orgSlug, data);
            if (result.ok) {
              formRef.current?.reset();
              setFeedback({ tone: "success", text: t("members.invited", { email: result.email }) });
              router.refresh();
              return;
            }
            setFieldErrors(result.fieldErrors ?? {});
            setFeedback({ tone: "error", text: t(result.message) });
          } catch {
            setFeedback({ tone: "error", text: t("members.offline") });
          }
        });
      }}
    >
      <FeedbackLine feedback={feedback} />
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
        <TextField
          label={t("members.inviteEmail")}
          name="email"
          type="email"
          autoComplete="off"
          maxLength={254}
          required
          error={fieldErrors.email ? t(fieldErrors.email) : undefined}
        />
        <SelectField label={t("members.inviteRole")} name="role" defaultValue="EDITOR" options={roles} error={fieldErrors.role ? t(fieldErrors.role) : undefined} />
      </div>
      <Button type="submit" disabled={isPending}>{isPending ? t("members.inviting") : t("members.inviteButton")}</Button>
    </form>
  );
}
