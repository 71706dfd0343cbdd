import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PublishedAgreementPage } from "@/components/agreement/published-agreement-page";
import { loadCurrentVersionNumber, loadPublishedVersion } from "@/components/agreement/load-published-version";
import { parseVersionNumber } from "@/components/agreement/public-params";
import { translator } from "@/lib/i18n/translate";

// A specific published or retired version: retired texts stay readable for whoever signed them.
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ org: string; agreement: string; number: string }>;

async function load(params: Params) {
  const { org, agreement, number } = await params;
  const parsed = parseVersionNumber(number);
  if (parsed === null) notFound();
  return loadPublishedVersion(org, agreement, parsed);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { version } = await load(params);
  const t = translator(version.language);
  return {
    title: `${version.title} (${t("public.versionNumber", { number: version.number })})`,
    description: t("public.metaDescription", { processor: version.processor.legalName }),
  };
}

export default async function AgreementVersionPage({ params }: { params: Params }) {
  const published = await load(params);
  const orgSlug = published.agreement.organisation.slug;
  const currentNumber =
    published.status === "RETIRED" ? await loadCurrentVersionNumber(orgSlug, published.agreement.slug) : null;
  return (
    <PublishedAgreementPage
      orgSlug={orgSlug}
      agreementSlug={published.agreement.slug}
      version={published.version}
      status={published.status}
      processorSignature={published.processorSignature}
      currentNumber={currentNumber}
    />
  );
}
