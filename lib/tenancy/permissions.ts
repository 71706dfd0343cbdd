import type { Role } from "@/lib/db/generated/enums";

/** The one role -> permission table. Services check permissions; the UI only mirrors them. */
export const permissions = {
  "organisation.read": ["OWNER", "ADMIN", "EDITOR", "VIEWER"],
  "agreement.read": ["OWNER", "ADMIN", "EDITOR", "VIEWER"],
  "agreement.edit": ["OWNER", "ADMIN", "EDITOR"],
  "agreement.publish": ["OWNER", "ADMIN"],
  "agreement.signAsProcessor": ["OWNER", "ADMIN"],
  "members.manage": ["OWNER", "ADMIN"],
  /** Making someone owner, or changing or removing an owner. */
  "members.manageOwners": ["OWNER"],
  "organisation.update": ["OWNER", "ADMIN"],
  "organisation.delete": ["OWNER"],
  "audit.read": ["OWNER", "ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function can(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}
