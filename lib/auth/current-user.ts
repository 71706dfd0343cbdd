import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "./options";
import { findActiveSession } from "./sessions";

export type CurrentUser = { id: string; email: string; name: string; sessionId: string };

/** The signed-in user, or null. Checks the Session row, not only the JWT. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.sid) return null;
  const active = await findActiveSession(session.sid);
  if (!active) return null;
  return { id: active.user.id, email: active.user.email, name: active.user.name, sessionId: active.id };
});

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}
