import type { Metadata } from "next";
import Link from "next/link";
import { AgreementView } from "@/components/agreement/agreement-view";
import { AgreementEditor } from "@/components/editor/agreement-editor";
import { formatDate } from "@/components/editor/format";
import { RecentPublicationNotice } from "@/components/editor/publish-success";
import { StartNewDraftButton } from "@/components/editor/start-new-draft-button";
import { TranslationLinkForm } from "@/components/agreements/translation-link-form";
import { Card } from "@/components/ui/card";
import { listTranslationCandidates } from "@/lib/agreements/set-translation-of";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/tenancy/permissions";
import { loadOrgContext } from "@/lib/tenancy/page-context";
import { loadAgreement, loadPublished } from "./load-agreement";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("editor.metaTitle") };
}

export default async function AgreementPage({ params }: { params: Promise<{ org: string; agreementId: string }> }) {
  const { org, agreementId } = await params;
  const { ctx } = await loadOrgContext(org);
  const [{ t, locale }, { agreement, draft }] = await Promise.all([getTranslator(), loadAgreement(ctx, agreementId)]);
  const published = await loadPublished(ctx.orgSlug, agreement.slug);

  if (draft) {
    const translation = await listTranslationCandidates(ctx, agreement.id);
    return (
      <div className="space-y-8">
      <AgreementEditor
        orgSlug={ctx.orgSlug}
        agreement={{ id: agreement.id, slug: agreement.slug, language: agreement.language }}
        draft={{ revision: draft.revision, doc: draft.doc, processorSignature: draft.processorSignature }}
        published={published ? { number: published.version.number } : null}
        can={{
          edit: can(ctx.role, "agreement.edit"),
          sign: can(ctx.role, "agreement.signAsProcessor"),
          publish: can(ctx.role, "agreement.publish"),
        }}
        roleLabel={t(`role.${ctx.role}`)}
      />
      <TranslationLinkForm
        orgSlug={ctx.orgSlug}
        agreementId={agreement.id}
        current={translation.current}
        candidates={translation.candidates}
        canEdit={can(ctx.role, "agreement.edit")}
      />
      </div>
    );
  }

  // No draft: the published version, read-only, and the way to start the next one.
  const publicPath = `/${encodeURIComponent(ctx.orgSlug)}/${encodeURIComponent(agreement.slug)}`;
  const signature = published?.processorSignature;
  return (
    <div className="space-y-6">
      <RecentPublicationNotice agreementId={agreement.id} publicPath={publicPath} />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <nav aria-label={t("editor.breadcrumb")} className="text-xs text-slate-500">
            <Link href={`/app/${ctx.orgSlug}`} className="hover:text-slate-800 hover:underline">{t("nav.dashboard")}</Link>
            <span aria-hidden="true"> / </span>
            <span>{t("editor.breadcrumbAgreement")}</span>
          </nav>
          <h1 className="mt-1 text-2xl font-bold tracking-tight">{published?.version.title ?? agreement.title}</h1>
          {published ? (
            <p className="mt-1 text-sm text-slate-600">
              {t("editor.publishedView.meta", {
                n: published.version.number,
                date: formatDate(published.version.publishedAt, locale),
              })}
            </p>
          ) : null}
        </div>
        <div className="flex flex-wrap items-start gap-3">
          {published ? (
            <a
              href={publicPath}
              target="_blank"
              rel="noopener"
              className="inline-flex items-center justify-center rounded-md bg-white px-4 py-2 text-sm font-semibold text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800"
            >
              {t("editor.published.open")}
            </a>
          ) : null}
          <Link
            href={`/app/${ctx.orgSlug}/agreements/${agreement.id}/versions`}
            className="inline-flex items-center justify-center rounded-md bg-white px-4 py-2 text-sm font-semibold text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800"
          >
            {t("versions.link")}
          </Link>
          {published && can(ctx.role, "agreement.edit") ? <StartNewDraftButton orgSlug={ctx.orgSlug} agreementId={agreement.id} /> : null}
        </div>
      </div>

      {published ? (
        <>
          <p className="max-w-prose text-sm text-slate-600">
            {can(ctx.role, "agreement.edit") ? t("editor.publishedView.lead") : t("editor.publishedView.leadReadOnly")}
          </p>
          <Card className="p-5 sm:p-10">
            <AgreementView
              doc={published.version}
              meta={{ number: published.version.number, contentHash: published.version.contentHash, publishedAt: published.version.publishedAt }}
              processorSignature={
                signature
                  ? {
                      signerName: signature.signerName,
                      signerFunction: signature.signerFunction,
                      place: signature.place,
                      signedAt: signature.signedAt,
                      imageDataUrl: `data:image/png;base64,${signature.imagePng.toString("base64")}`,
                    }
                  : null
              }
            />
          </Card>
        </>
      ) : (
        <Card className="p-6 text-sm text-slate-600">{t("editor.publishedView.none")}</Card>
      )}
    </div>
  );
}
