import type { Metadata } from "next";
import Link from "next/link";
import { PendingSeals } from "@/components/sealing/pending-seals";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Pager } from "@/components/ui/pager";
import { listAgreements } from "@/lib/agreements/list-agreements";
import { getTranslator } from "@/lib/i18n/server";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import { listSignedAgreements } from "@/lib/signing/list-signed-agreements";
import { can } from "@/lib/tenancy/permissions";
import { loadOrgContext } from "@/lib/tenancy/page-context";
import { countryName } from "@/lib/validation/countries";
import { TableHead, tableClass } from "@/components/ui/table";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<{ signed?: string | string[] }> }) {
  const [{ org }, query] = await Promise.all([params, searchParams]);
  const { user, ctx } = await loadOrgContext(org);
  const [{ t, locale }, organisation, agreements, signed] = await Promise.all([
    getTranslator(),
    getOrganisation(ctx),
    listAgreements(ctx),
    listSignedAgreements(ctx, { cursor: query.signed }),
  ]);
  const { items: signedRows, nextCursor } = signed;
  const dateFormat = new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { dateStyle: "medium" });
  return (
    <div className="space-y-10">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="text-sm text-slate-500">{t("dashboard.welcome", { name: user.name })}</p>
          <h1 className="text-2xl font-bold tracking-tight">{organisation.legalName}</h1>
          <p className="mt-1 text-sm text-slate-600">
            KvK {organisation.registrationNumber} · {organisation.addressLine}, {organisation.postalCode} {organisation.city},{" "}
            {countryName(organisation.country, locale)} · {t("dashboard.yourRole", { role: t(`role.${ctx.role}`) })}
          </p>
        </div>
        <div className="flex gap-2">
          {/* The trust page exists once something is published (it shows only published facts). */}
          {agreements.some((agreement) => agreement.published) ? (
            <ButtonLink href={`/${organisation.slug}`} variant="secondary">{t("dashboard.trustPage")}</ButtonLink>
          ) : (
            <p className="max-w-[32ch] self-center text-sm text-slate-600" data-testid="trust-page-later">
              {t("dashboard.trustPageLater", { path: `/${organisation.slug}` })}
            </p>
          )}
          {can(ctx.role, "agreement.edit") ? (
            <ButtonLink href={`/app/${organisation.slug}/agreements/new`}>{t("dashboard.newAgreement")}</ButtonLink>
          ) : null}
        </div>
      </div>

      <PendingSeals ctx={ctx} />

      <section aria-labelledby="agreements-heading">
        <h2 id="agreements-heading" className="text-lg font-semibold">{t("dashboard.agreements")}</h2>
        {agreements.length === 0 ? (
          <Card className="mt-3 p-6 text-sm text-slate-600">{t("dashboard.noAgreements")}</Card>
        ) : (
          <Card className="mt-3 overflow-x-auto">
            <table className={tableClass}>
              <TableHead columns={[t("dashboard.colAgreement"), t("dashboard.colStatus"), { label: t("dashboard.colSigned"), align: "right" }, { label: "Actions", isHidden: true }]} />
              <tbody className="divide-y divide-slate-100">
                {agreements.map((agreement) => (
                  <tr key={agreement.id}>
                    <td className="px-4 py-3">
                      <Link href={`/app/${organisation.slug}/agreements/${agreement.id}`} className="font-medium text-slate-900 hover:underline">
                        {agreement.title}
                      </Link>
                      <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold uppercase text-slate-600">{agreement.language}</span>
                    </td>
                    <td className="px-4 py-3 text-slate-600">
                      {agreement.published ? t("dashboard.published", { number: agreement.published.number ?? "" }) : t("dashboard.notPublished")}
                      {agreement.draft && agreement.published ? <span className="ml-2 text-amber-700">· {t("dashboard.draftOpen")}</span> : null}
                    </td>
                    <td className="px-4 py-3 text-right tabular-nums">{agreement.signedCount}</td>
                    <td className="px-4 py-3 text-right whitespace-nowrap">
                      {agreement.published ? (
                        <Link href={`/${organisation.slug}/${agreement.slug}`} className="mr-4 text-blue-800 hover:underline">{t("dashboard.publicPage")}</Link>
                      ) : null}
                      <Link href={`/app/${organisation.slug}/agreements/${agreement.id}`} className="font-semibold text-blue-800 hover:underline">
                        {agreement.draft && can(ctx.role, "agreement.edit") ? t("dashboard.edit") : t("dashboard.open")}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        )}
      </section>

      <section aria-labelledby="signed-heading">
        <h2 id="signed-heading" className="text-lg font-semibold">{t("dashboard.signatures")}</h2>
        {signedRows.length === 0 ? (
          <Card className="mt-3 p-6 text-sm text-slate-600">{t("dashboard.noSignatures")}</Card>
        ) : (
          <Card className="mt-3 overflow-x-auto">
            <table className={tableClass} data-testid="signed-agreements">
              <TableHead columns={[t("dashboard.colController"), t("dashboard.colSigner"), t("dashboard.colAgreement"), t("dashboard.colDate"), t("dashboard.colReference"), { label: "PDF", isHidden: true }]} />
              <tbody className="divide-y divide-slate-100">
                {signedRows.map((row) => (
                  <tr key={row.id}>
                    <td className="px-4 py-3 font-medium text-slate-900">{row.controller}</td>
                    <td className="px-4 py-3 text-slate-600">
                      {row.signer?.signerName}
                      <span className="block text-xs text-slate-500">{row.signer?.signerFunction} · {row.signer?.signerEmail}</span>
                    </td>
                    <td className="px-4 py-3 text-slate-600">{row.agreementTitle} <span className="text-slate-500">v{row.versionNumber}</span></td>
                    <td className="px-4 py-3 text-slate-600 whitespace-nowrap">{dateFormat.format(row.signedAt)}</td>
                    <td className="px-4 py-3 font-mono text-xs">{row.reference}</td>
                    <td className="px-4 py-3 text-right">
                      <a
                        href={`/app/${organisation.slug}/signed/${row.id}/pdf`}
                        className="font-semibold text-blue-800 hover:underline"
                        aria-label={t("dashboard.downloadLabel", { reference: row.reference })}
                      >
                        {t("dashboard.download")}
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        )}
        <Pager
          label={t("dashboard.signatures")}
          newestHref={query.signed ? `/app/${organisation.slug}` : null}
          olderHref={nextCursor ? `/app/${organisation.slug}?signed=${nextCursor}#signed-heading` : null}
          newestText={t("pagination.newest")}
          olderText={t("pagination.older")}
        />
      </section>
    </div>
  );
}
