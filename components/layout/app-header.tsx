import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";
import { listMemberships } from "@/lib/organisations/list-memberships";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Role } from "@/lib/db/generated/enums";
import { can } from "@/lib/tenancy/permissions";
import { LanguageSwitch } from "./language-switch";
import { Logo } from "./logo";
import { OrgSwitcher } from "./org-switcher";
import { SignOutButton } from "./sign-out-button";

export async function AppHeader({ user, orgSlug, role }: { user: CurrentUser; orgSlug?: string; role?: Role }) {
  const [{ locale, t }, memberships] = await Promise.all([getTranslator(), listMemberships(user.id)]);
  const options = memberships.map((m) => ({ slug: m.organisation.slug, legalName: m.organisation.legalName }));
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-3">
        <div className="flex min-w-0 items-center gap-3 sm:gap-4">
          <Logo href="/app" />
          {orgSlug ? (
            <OrgSwitcher current={orgSlug} options={options} label={t("nav.switchOrganisation")} newLabel={t("nav.newOrganisation")} />
          ) : null}
        </div>
        <div className="flex shrink-0 items-center gap-2 sm:gap-3">
          <LanguageSwitch locale={locale} label={t("nav.language")} />
          <span className="hidden text-sm text-slate-600 sm:inline" title={user.email}>{user.name}</span>
          <Link href="/account/security" className="text-sm font-medium text-slate-700 hover:text-slate-900">{t("nav.account")}</Link>
          <SignOutButton label={t("nav.signOut")} />
        </div>
      </div>
      {orgSlug ? (
        <nav className="mx-auto flex max-w-6xl gap-1 px-4 text-sm" aria-label="Main">
          <Link href={`/app/${orgSlug}`} className="border-b-2 border-transparent px-3 py-2 font-medium text-slate-700 hover:border-slate-300">
            {t("nav.dashboard")}
          </Link>
          {role && can(role, "organisation.read") ? (
            <Link href={`/app/${orgSlug}/members`} className="border-b-2 border-transparent px-3 py-2 font-medium text-slate-700 hover:border-slate-300">
              {t("members.nav")}
            </Link>
          ) : null}
          {role && can(role, "audit.read") ? (
            <Link href={`/app/${orgSlug}/audit`} className="border-b-2 border-transparent px-3 py-2 font-medium text-slate-700 hover:border-slate-300">
              {t("nav.audit")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </header>
  );
}
