import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ButtonLink } from "@/components/ui/button";
import { LanguageSwitch } from "./language-switch";
import { Logo } from "./logo";

export async function PublicHeader() {
  const [{ locale, t }, user] = await Promise.all([getTranslator(), getCurrentUser()]);
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <Logo />
        <nav className="flex items-center gap-3">
          <Link href={`/verify?lang=${locale}`} className="hidden text-sm font-medium text-slate-700 hover:text-slate-900 sm:inline">
            {t("nav.verify")}
          </Link>
          <LanguageSwitch locale={locale} label={t("nav.language")} />
          {user ? (
            <ButtonLink href="/app">{t("nav.dashboard")}</ButtonLink>
          ) : (
            <>
              <ButtonLink href="/login" variant="ghost">{t("nav.signIn")}</ButtonLink>
              <ButtonLink href="/signup">{t("nav.signUp")}</ButtonLink>
            </>
          )}
        </nav>
      </div>
    </header>
  );
}
