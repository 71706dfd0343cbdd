// What each server action takes, for scripts/lib/request-guard.mjs: a request whose arguments do
// not have these kinds is refused with 400 before the action runs (an action given a string where
// it calls formData.get() would answer 500). "string": a plain string (bound ids and slugs);
// "formData": a FormData; "unknown": any JSON value, parsed by the action's own zod schema.
// Keyed by "<file>#<export>" as in .next/server/server-reference-manifest.json. An action missing
// here gets only the generic checks; e2e/fuzz.spec.ts fails when one of them answers 5xx.
export const actionParameters = {
  "app/(app)/actions.ts#setLanguage": ["formData"],
  "app/(app)/app/new/actions.ts#createOrganisationAction": ["unknown", "formData"],
  "app/(app)/app/[org]/agreements/new/actions.ts#createAgreementAction": ["string", "formData"],
  "app/(app)/app/[org]/agreements/[agreementId]/actions.ts#saveDraftAction": ["string", "unknown"],
  "app/(app)/app/[org]/agreements/[agreementId]/actions.ts#signAsProcessorAction": ["string", "unknown"],
  "app/(app)/app/[org]/agreements/[agreementId]/actions.ts#publishAction": ["string", "unknown"],
  "app/(app)/app/[org]/agreements/[agreementId]/actions.ts#startNewDraftAction": ["string", "string"],
  "app/(app)/app/[org]/agreements/[agreementId]/translation-actions.ts#setTranslationOfAction": ["string", "unknown"],
  "app/(app)/app/[org]/agreements/import/actions.ts#createDraftFromImportAction": ["string", "unknown"],
  "app/(app)/app/[org]/members/actions.ts#inviteMemberAction": ["string", "formData"],
  "app/(app)/app/[org]/members/actions.ts#revokeInvitationAction": ["string", "string"],
  "app/(app)/app/[org]/members/actions.ts#changeRoleAction": ["string", "string", "string"],
  "app/(app)/app/[org]/members/actions.ts#removeMemberAction": ["string", "string"],
  "app/(app)/app/[org]/members/actions.ts#leaveOrganisationAction": ["string"],
  "app/(app)/signup/actions.ts#signUpAction": ["unknown", "formData"],
  "app/(app)/invite/[token]/actions.ts#acceptInvitationAction": ["string"],
  "app/(app)/invite/[token]/actions.ts#signUpWithInvitationAction": ["string", "formData"],
  "app/(public)/[org]/[agreement]/sign/actions.ts#startSigningSessionAction": ["unknown"],
  "app/(public)/[org]/[agreement]/sign/actions.ts#getSigningSessionAction": ["unknown"],
  "app/(public)/[org]/[agreement]/sign/actions.ts#sendSigningCodeAction": ["unknown"],
  "app/(public)/[org]/[agreement]/sign/actions.ts#verifySigningCodeAction": ["unknown"],
  "app/(public)/[org]/[agreement]/sign/actions.ts#signAgreementAction": ["unknown"],
  "app/(public)/download-link/actions.ts#requestDownloadLinkAction": ["unknown"],
};
