import { AppHeader } from "@/components/layout/app-header";
import { loadOrgContext } from "@/lib/tenancy/page-context";

export default async function OrgLayout({ children, params }: { children: React.ReactNode; params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { user, ctx } = await loadOrgContext(org);
  return (
    <>
      <AppHeader user={user} orgSlug={ctx.orgSlug} role={ctx.role} />
      <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
    </>
  );
}
