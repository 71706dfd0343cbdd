import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { listMemberships } from "@/lib/organisations/list-memberships";

export default async function AppIndexPage() {
  const user = await requireUser();
  const memberships = await listMemberships(user.id);
  redirect(memberships.length > 0 ? `/app/${memberships[0].organisation.slug}` : "/app/new");
}
