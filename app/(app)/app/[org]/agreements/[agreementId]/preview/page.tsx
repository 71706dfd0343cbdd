import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AgreementView } from "@/components/agreement/agreement-view";
import { Card } from "@/components/ui/card";
import { getTranslator } from "@/lib/i18n/server";
import { loadOrgContext } from "@/lib/tenancy/page-context";
import { loadAgreement } from "../load-agreement";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("editor.previewPage.metaTitle") };
}

/** The draft exactly as readers will see it once published. */
export default async function PreviewPage({ params }: { params: Promise<{ org: string; agreementId: string }> }) {
  const { org, agreementId } = await params;
  const { ctx } = await loadOrgContext(org);
  const [{ t }, { agreement, draft }] = await Promise.all([getTranslator(), loadAgreement(ctx, agreementId)]);
  const editorPath = `/app/${ctx.orgSlug}/agreements/${agreement.id}`;
  if (!draft) redirect(editorPath);

  // The signature belongs to the text only while it is current; then the signatory in the text is the signer's.
  const signature = draft.processorSignature?.isCurrent ? draft.processorSignature : null;
  return (
    <div className="space-y-6">
      <div className="-mx-4 border-b border-amber-200 bg-amber-50 px-4 py-3 sm:sticky sm:top-0 sm:z-30">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <div className="min-w-0">
            <p className="font-semibold text-amber-950">{t("editor.previewPage.banner")}</p>
            <p className="text-sm text-amber-900">{t("editor.previewPage.lead")}</p>
          </div>
          <Link
            href={editorPath}
            className="inline-flex items-center justify-center rounded-md bg-white px-4 py-2 text-sm font-semibold text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800"
          >
            <span aria-hidden="true">←&nbsp;</span>
            {t("editor.previewPage.back")}
          </Link>
        </div>
      </div>
      <Card className="p-5 sm:p-10">
        <AgreementView
          doc={draft.doc}
          meta={{ isDraft: true }}
          processorSignature={
            signature
              ? {
                  signerName: signature.signerName,
                  signerFunction: draft.doc.signatory.function,
                  place: draft.doc.signatory.place,
                  signedAt: signature.signedAt,
                  imageDataUrl: signature.imageDataUrl,
                }
              : null
          }
        />
      </Card>
    </div>
  );
}
