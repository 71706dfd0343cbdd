import "server-only";
import { Document, Page } from "@react-pdf/renderer";
import { Articles } from "./components/articles";
import { DataCategoriesAnnex, SubProcessorsAnnex } from "./components/annexes";
import type { AgreementTexts } from "@/lib/agreements/texts";
import { styles } from "./styles";
import type { PdfVersion } from "./types";

export const PRODUCER = "verwerkersovereenkomst (react-pdf, pdf-lib)";

/**
 * The immutable part of a version: articles and annexes, without header or footer (those are drawn
 * over every page after assembly, see pages/page-frame.ts). Rendered once per version.
 */
export function BodyDocument({
  version,
  annex1Widths,
  annex2Widths,
  t,
}: {
  version: PdfVersion;
  annex1Widths: number[];
  annex2Widths: number[];
  t: AgreementTexts;
}) {
  return (
    <Document creationDate={version.publishedAt} modificationDate={version.publishedAt} producer={PRODUCER} creator={PRODUCER} title={version.title}>
      <Page size="A4" style={styles.page}>
        <Articles articles={version.articles} t={t} />
        <DataCategoriesAnnex categories={version.dataCategories} mainAgreement={version.mainAgreement} widths={annex1Widths} t={t} />
        <SubProcessorsAnnex subProcessors={version.subProcessors} language={version.language} widths={annex2Widths} t={t} />
      </Page>
    </Document>
  );
}
