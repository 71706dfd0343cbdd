"use client";
import { useState, useTransition } from "react";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { acceptInvitationAction } from "./actions";

export function AcceptButton({ token, organisation }: { token: string; organisation: string }) {
  const { t } = useI18n();
  const [isPending, startTransition] = useTransition();
  const [isDone, setIsDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="mt-6 space-y-3">
      {error ? <Alert>{t(error)}</Alert> : null}
      <Button
        className="w-full"
        disabled={isPending || isDone}
        onClick={() => {
          setError(null);
          startTransition(async () => {
            try {
              const result = await acceptInvitationAction(token);
              if (result.ok) {
                setIsDone(true);
                window.location.assign(`/app/${result.orgSlug}`);
                return;
              }
              setError(result.message);
            } catch {
              setError("members.offline");
            }
          });
        }}
      >
        {isPending || isDone ? t("members.invite.accepting") : t("members.invite.accept", { organisation })}
      </Button>
    </div>
  );
}
