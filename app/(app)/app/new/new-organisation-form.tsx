"use client";
import { startTransition, useActionState, useEffect } from "react";
import { useI18n } from "@/components/i18n-provider";
import { OrganisationFields } from "@/components/organisations/organisation-fields";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { createOrganisationAction, type NewOrganisationState } from "./actions";

export function NewOrganisationForm() {
  const { t } = useI18n();
  const [state, action, isPending] = useActionState<NewOrganisationState, FormData>(createOrganisationAction, { ok: false });
  useEffect(() => {
    if (state.ok) window.location.assign(`/app/${state.orgSlug}`);
  }, [state]);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => action(data));
      }}
      className="mt-6 space-y-6"
      noValidate
    >
      {state.message && !state.ok ? <Alert>{t(state.message)}</Alert> : null}
      <OrganisationFields errors={state.fieldErrors} />
      <Button type="submit" disabled={isPending || state.ok}>{t("org.createButton")}</Button>
    </form>
  );
}
