import type { Metadata } from "next";
import { PublishedAgreementPage } from "@/components/agreement/published-agreement-page";
import { loadPublishedVersion } from "@/components/agreement/load-published-version";
import { translator } from "@/lib/i18n/translate";

// Rendered on the first request and then served from the cache: publishing a version calls
// revalidatePath(`/${orgSlug}`, "layout"), which renders it anew.
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ org: string; agreement: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { org, agreement } = await params;
  const { version } = await loadPublishedVersion(org, agreement);
  const t = translator(version.language);
  return {
    title: `${version.title} (${t("public.versionNumber", { number: version.number })})`,
    description: t("public.metaDescription", { processor: version.processor.legalName }),
  };
}

export default async function AgreementPage({ params }: { params: Params }) {
  const { org, agreement } = await params;
  const published = await loadPublishedVersion(org, agreement);
  return (
    <PublishedAgreementPage
      orgSlug={published.agreement.organisation.slug}
      agreementSlug={published.agreement.slug}
      version={published.version}
      status={published.status}
      processorSignature={published.processorSignature}
    />
  );
}
