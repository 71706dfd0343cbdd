import "server-only";
import { Text, View } from "@react-pdf/renderer";
import type { DataSubjectCategoryDoc, SubProcessorDoc, TransferBasis } from "@/lib/agreements/types";
import { countryNames, euEeaCountries } from "@/lib/validation/countries";
import type { AgreementLanguage, AgreementTexts } from "@/lib/agreements/texts";
import { styles } from "../styles";

export function isInsideEuEea(country: string): boolean {
  return country === "EU" || (euEeaCountries as readonly string[]).includes(country);
}

export function countryName(country: string, language: AgreementLanguage): string {
  return countryNames[country]?.[language] ?? country;
}

/** The lines of the location cell: the country, and for a transfer outside the EU/EEA its basis in words. */
export function locationLines(
  subProcessor: Pick<SubProcessorDoc, "country" | "transferBasis">,
  language: AgreementLanguage,
  t: AgreementTexts,
): { country: string; outside: string | null; basis: string | null; isMissingBasis: boolean } {
  const country = countryName(subProcessor.country, language);
  if (isInsideEuEea(subProcessor.country)) return { country, outside: null, basis: null, isMissingBasis: false };
  const basis: TransferBasis = subProcessor.transferBasis;
  if (basis === "NONE_NEEDED") return { country, outside: t.outsideEea, basis: t.missingTransferBasis, isMissingBasis: true };
  return { country, outside: t.outsideEea, basis: t.transferBasis[basis], isMissingBasis: false };
}

function Cell({ width, children, header }: { width: number; children: React.ReactNode; header?: boolean }) {
  return <View style={[styles.tableCell, { width }]}>{header ? <Text style={styles.tableHeaderCell}>{children}</Text> : children}</View>;
}

function HeaderRow({ columns, widths }: { columns: string[]; widths: number[] }) {
  // fixed: repeated at the top of every page the table runs onto.
  return (
    <View style={styles.tableHeaderRow} fixed>
      {columns.map((column, i) => (
        <Cell key={i} width={widths[i]} header>
          {column}
        </Cell>
      ))}
    </View>
  );
}

export function DataCategoriesAnnex({
  categories,
  mainAgreement,
  widths,
  t,
}: {
  categories: DataSubjectCategoryDoc[];
  mainAgreement: string;
  widths: number[];
  t: AgreementTexts;
}) {
  return (
    <View break>
      <Text style={styles.annexTitle}>{t.annex1Title}</Text>
      <Text style={styles.annexIntro}>{t.annex1Intro(mainAgreement)}</Text>
      {categories.length === 0 ? (
        <Text style={styles.text}>{t.noDataCategories}</Text>
      ) : (
        <View style={styles.table}>
          <HeaderRow columns={t.annex1Columns} widths={widths} />
          {categories.map((category, c) => (
            // A category stays on one page when it can, so its name is next to all its items.
            <View key={c} wrap={category.items.length > 10}>
              {(category.items.length ? category.items : [null]).map((item, i) => (
                <View key={i} style={styles.tableRow} wrap={false}>
                  <View style={[styles.tableCell, { width: widths[0] }, i < category.items.length - 1 ? { borderBottomWidth: 0 } : {}]}>
                    {i === 0 ? <Text style={styles.cellBold}>{category.name.normalize("NFC")}</Text> : null}
                  </View>
                  <Cell width={widths[1]}>
                    <Text style={styles.cellText}>{item?.name.normalize("NFC") ?? "–"}</Text>
                    {item?.isSpecialCategory ? <Text style={[styles.cellNote, styles.warning]}>{t.specialCategory}</Text> : null}
                  </Cell>
                  <Cell width={widths[2]}>
                    <Text style={styles.cellText}>{item ? item.retention.trim().normalize("NFC") || t.retentionDefault(mainAgreement) : ""}</Text>
                  </Cell>
                </View>
              ))}
            </View>
          ))}
        </View>
      )}
    </View>
  );
}

export function SubProcessorsAnnex({
  subProcessors,
  language,
  widths,
  t,
}: {
  subProcessors: SubProcessorDoc[];
  language: AgreementLanguage;
  widths: number[];
  t: AgreementTexts;
}) {
  return (
    <View break>
      <Text style={styles.annexTitle}>{t.annex2Title}</Text>
      <Text style={styles.annexIntro}>{t.annex2Intro}</Text>
      {subProcessors.length === 0 ? (
        <Text style={styles.text}>{t.noSubProcessors}</Text>
      ) : (
        <View style={styles.table}>
          <HeaderRow columns={t.annex2Columns} widths={widths} />
          {subProcessors.map((sp, i) => {
            const location = locationLines(sp, language, t);
            return (
              <View key={i} style={styles.tableRow} wrap={false}>
                <Cell width={widths[0]}>
                  <Text style={styles.cellText}>{sp.serviceArea.normalize("NFC")}</Text>
                </Cell>
                <Cell width={widths[1]}>
                  <Text style={styles.cellText}>{sp.purposes.normalize("NFC")}</Text>
                </Cell>
                <Cell width={widths[2]}>
                  <Text style={styles.cellText}>{sp.dataConcerned.normalize("NFC")}</Text>
                </Cell>
                <Cell width={widths[3]}>
                  <Text style={styles.cellBold}>{sp.name.normalize("NFC")}</Text>
                </Cell>
                <Cell width={widths[4]}>
                  <Text style={styles.cellText}>{location.country}</Text>
                  {location.outside ? <Text style={[styles.cellNote, location.isMissingBasis ? styles.warning : styles.bold]}>{location.outside}</Text> : null}
                  {location.basis ? <Text style={[styles.cellNote, { marginTop: 0 }, location.isMissingBasis ? styles.warning : {}]}>{location.basis}</Text> : null}
                </Cell>
              </View>
            );
          })}
        </View>
      )}
    </View>
  );
}
