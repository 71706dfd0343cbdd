import "server-only";
import { z } from "zod";
import { createAgreement } from "@/lib/agreements/create-agreement";
import { saveDraft } from "@/lib/agreements/save-draft";
import { draftContent } from "@/lib/agreements/schemas";
import { validationError } from "@/lib/errors";
import type { ClientInfo } from "@/lib/http/client-info";
import { assertCan, type OrgContext } from "@/lib/tenancy/context";

export const importConfirmation = z.object({
  language: z.enum(["nl", "en"], { error: "validation.required" }),
  content: draftContent,
});

/**
 * A new agreement whose draft holds the imported text. The content comes back from the browser,
 * so it is parsed like any other draft before anything is created.
 */
export async function createDraftFromImport(ctx: OrgContext, input: unknown, client: ClientInfo) {
  assertCan(ctx, "agreement.edit");
  const parsed = importConfirmation.safeParse(input);
  if (!parsed.success) throw validationError(parsed.error, "import.error.invalidResult");
  const { language, content } = parsed.data;
  const agreement = await createAgreement(ctx, { title: content.title, language, startFrom: "blank" }, client);
  // A new agreement's draft starts at revision 0 (prisma/schema.prisma).
  await saveDraft(ctx, { agreementId: agreement.id, revision: 0, content });
  return { agreementId: agreement.id };
}
