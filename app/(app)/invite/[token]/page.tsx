import type { Metadata } from "next";
import Link from "next/link";
import { PublicHeader } from "@/components/layout/public-header";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getTranslator } from "@/lib/i18n/server";
import { findInvitation } from "@/lib/members/accept-invitation";
import { AcceptButton } from "./accept-button";
import { InviteSignUpForm } from "./invite-signup-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  // The token is a secret: keep the page out of indexes and referrers.
  return { title: t("members.invite.metaTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const user = await getCurrentUser();
  const [{ t, locale }, found] = await Promise.all([getTranslator(), findInvitation(token, user)]);
  const next = `/invite/${encodeURIComponent(token)}`;

  let body: React.ReactNode;
  if (found.state !== "open" || !found.invitation) {
    // Expired, used, revoked, unknown or meant for another address: say which, grant nothing.
    body = (
      <div role="alert">
        <h1 className="text-2xl font-bold tracking-tight">{t(`members.invite.${found.state}`)}</h1>
        <p className="mt-3 text-sm text-slate-600">{t(`members.invite.${found.state}Body`, { email: user?.email ?? "" })}</p>
        <div className="mt-6">
          {found.state === "used" && user ? (
            <ButtonLink href="/app" variant="secondary">{t("members.invite.goToOrganisation")}</ButtonLink>
          ) : (
            <ButtonLink href="/" variant="secondary">{t("members.invite.backHome")}</ButtonLink>
          )}
        </div>
      </div>
    );
  } else {
    const { invitation } = found;
    const organisation = invitation.organisationName;
    const date = invitation.expiresAt.toLocaleDateString(locale === "nl" ? "nl-NL" : "en-GB", { dateStyle: "long", timeZone: "Europe/Amsterdam" });
    body = (
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t("members.invite.title", { organisation })}</h1>
        <p className="mt-3 text-sm text-slate-700">
          {t("members.invite.lead", { inviter: invitation.inviterName, organisation, role: t(`role.${invitation.role}`).toLowerCase() })}
        </p>
        <p className="mt-1 text-sm text-slate-600">
          {t("members.invite.for", { email: invitation.email })} {t("members.invite.validUntil", { date })}
        </p>
        {user ? (
          <AcceptButton token={token} organisation={organisation} />
        ) : found.hasAccount ? (
          <div className="mt-6 space-y-3">
            <p className="text-sm text-slate-700">{t("members.invite.signInToAccept")}</p>
            <ButtonLink href={`/login?next=${encodeURIComponent(next)}`} className="w-full">{t("members.invite.signIn")}</ButtonLink>
          </div>
        ) : (
          <section aria-labelledby="invite-signup" className="mt-8 border-t border-slate-200 pt-6">
            <h2 id="invite-signup" className="text-lg font-semibold">{t("members.invite.signUpHeading")}</h2>
            <p className="mt-1 text-sm text-slate-600">{t("members.invite.signUpLead", { organisation })}</p>
            <InviteSignUpForm token={token} email={invitation.email} />
            <p className="mt-6 text-sm text-slate-600">
              {t("members.invite.orSignIn")}{" "}
              <Link className="font-semibold text-blue-800 hover:underline" href={`/login?next=${encodeURIComponent(next)}`}>
                {t("members.invite.signIn")}
              </Link>
            </p>
          </section>
        )}
      </div>
    );
  }

  return (
    <>
      <PublicHeader />
      <main className="mx-auto max-w-lg px-4 py-12">
        <Card className="p-8">{body}</Card>
      </main>
    </>
  );
}
