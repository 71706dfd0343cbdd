import { z } from "zod";
import { email, requiredText } from "@/lib/validation/fields";
import { password } from "@/lib/organisations/schemas";

export const roles = ["OWNER", "ADMIN", "EDITOR", "VIEWER"] as const;
export const role = z.enum(roles, { error: "members.roleInvalid" });
export const id = z.string({ error: "errors.notFound" }).trim().min(1, "errors.notFound").max(64, "errors.notFound");

export const inviteInput = z.object({ email, role });
export const changeRoleInput = z.object({ membershipId: id, role });

/** The token in an invitation link: 32 random bytes, hex (see tokens.ts). */
export const invitationToken = z.string().regex(/^[0-9a-f]{64}$/);

/** An account created from an invitation: the address is the invited one, not typed. */
export const invitedSignUpInput = z.object({ name: requiredText(120), password });

export type InviteInput = z.infer<typeof inviteInput>;
