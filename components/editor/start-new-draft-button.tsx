"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { startNewDraftAction } from "@/app/(app)/app/[org]/agreements/[agreementId]/actions";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";

/** Starts a new draft as a copy of the published version, then shows it in the editor. */
export function StartNewDraftButton({ orgSlug, agreementId }: { orgSlug: string; agreementId: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const [isPending, setIsPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col items-start gap-2 sm:items-end">
      <Button
        type="button"
        disabled={isPending}
        onClick={async () => {
          setIsPending(true);
          setError(null);
          try {
            const result = await startNewDraftAction(orgSlug, agreementId);
            // A draft that someone else just started is as good: open it.
            if (result.ok || result.code === "CONFLICT") {
              router.refresh();
              return;
            }
            setError(t(result.message));
          } catch {
            setError(t("editor.status.offline"));
          }
          setIsPending(false);
        }}
      >
        {isPending ? t("editor.newVersion.starting") : t("editor.newVersion.button")}
      </Button>
      {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
    </div>
  );
}
