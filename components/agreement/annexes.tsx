import type { DataSubjectCategoryDoc, SubProcessorDoc } from "@/lib/agreements/types";
import { countryName, isEuEeaCountry } from "@/lib/validation/countries";
import type { AgreementLanguage, AgreementTexts } from "@/lib/agreements/texts";

// Both annexes are real tables where the agreement has room for them, and stacked cards where it
// has not. Container queries, not the viewport, decide: the editor shows this view in a narrow pane.

const th = "px-3 py-2.5 text-left align-bottom text-xs font-semibold uppercase tracking-wide text-slate-600";
const td = "px-3 py-3 align-top";

function SpecialCategoryBadge({ t }: { t: AgreementTexts }) {
  return (
    <span className="mt-1 inline-flex rounded bg-amber-50 px-1.5 py-0.5 text-xs font-medium text-amber-900 ring-1 ring-inset ring-amber-300">
      {t.specialCategory}
    </span>
  );
}

function Retention({ value, mainAgreement, t }: { value: string; mainAgreement: string; t: AgreementTexts }) {
  const text = value.trim();
  return text ? <>{text}</> : <span className="text-slate-500">{t.retentionDefault(mainAgreement)}</span>;
}

export function DataCategoriesAnnex({
  categories,
  mainAgreement,
  t,
}: {
  categories: DataSubjectCategoryDoc[];
  mainAgreement: string;
  t: AgreementTexts;
}) {
  if (categories.length === 0) return <p className="max-w-[70ch]">{t.noDataCategories}</p>;
  return (
    <>
      <div className="hidden overflow-x-auto rounded-lg ring-1 ring-slate-200 @xl:block">
        <table className="w-full border-collapse text-sm leading-6">
          <thead className="bg-slate-50">
            <tr className="border-b border-slate-200">
              {t.annex1Columns.map((column, i) => (
                <th key={column} scope="col" className={`${th} ${i === 0 ? "w-[28%]" : i === 2 ? "w-[28%]" : ""}`}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          {categories.map((category, c) => {
            const items = category.items.length ? category.items : [null];
            return (
              <tbody key={c} className="border-b border-slate-200 last:border-b-0">
                {items.map((item, i) => (
                  <tr key={i} className={i > 0 ? "border-t border-slate-100" : ""}>
                    {i === 0 ? (
                      <th scope="rowgroup" rowSpan={items.length} className={`${td} text-left font-semibold text-slate-900`}>
                        {category.name}
                      </th>
                    ) : null}
                    <td className={td}>
                      {item ? (
                        <>
                          <span className="block">{item.name}</span>
                          {item.isSpecialCategory ? <SpecialCategoryBadge t={t} /> : null}
                        </>
                      ) : (
                        "–"
                      )}
                    </td>
                    <td className={td}>{item ? <Retention value={item.retention} mainAgreement={mainAgreement} t={t} /> : null}</td>
                  </tr>
                ))}
              </tbody>
            );
          })}
        </table>
      </div>

      <div className="space-y-4 @xl:hidden">
        {categories.map((category, c) => (
          <section key={c} className="rounded-lg ring-1 ring-slate-200">
            <h3 className="border-b border-slate-200 bg-slate-50 px-4 py-2.5 font-semibold text-slate-900">{category.name}</h3>
            <ul className="divide-y divide-slate-100">
              {category.items.map((item, i) => (
                <li key={i} className="px-4 py-3 text-sm leading-6">
                  <span className="block text-slate-900">{item.name}</span>
                  {item.isSpecialCategory ? <SpecialCategoryBadge t={t} /> : null}
                  <span className="mt-0.5 block text-slate-600">
                    {t.annex1Columns[2]}: <Retention value={item.retention} mainAgreement={mainAgreement} t={t} />
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}

function Location({ subProcessor, language, t }: { subProcessor: SubProcessorDoc; language: AgreementLanguage; t: AgreementTexts }) {
  const country = countryName(subProcessor.country, language);
  if (isEuEeaCountry(subProcessor.country)) return <span>{country}</span>;
  const isMissingBasis = subProcessor.transferBasis === "NONE_NEEDED";
  return (
    <span className="block">
      <span className="block">{country}</span>
      <span className="mt-1 inline-flex rounded bg-amber-50 px-1.5 py-0.5 text-xs font-semibold text-amber-900 ring-1 ring-inset ring-amber-300">
        {t.outsideEea}
      </span>
      <span className={`mt-1 block text-xs leading-5 ${isMissingBasis ? "font-semibold text-red-700" : "text-slate-600"}`}>
        {isMissingBasis ? t.missingTransferBasis : t.transferBasis[subProcessor.transferBasis]}
      </span>
    </span>
  );
}

export function SubProcessorsAnnex({
  subProcessors,
  language,
  t,
}: {
  subProcessors: SubProcessorDoc[];
  language: AgreementLanguage;
  t: AgreementTexts;
}) {
  if (subProcessors.length === 0) return <p className="max-w-[70ch]">{t.noSubProcessors}</p>;
  const [areaLabel, purposesLabel, dataLabel, nameLabel, locationLabel] = t.annex2Columns;
  return (
    <>
      <div className="hidden overflow-x-auto rounded-lg ring-1 ring-slate-200 @3xl:block">
        <table className="w-full border-collapse text-sm leading-6">
          <thead className="bg-slate-50">
            <tr className="border-b border-slate-200">
              <th scope="col" className={`${th} w-[13%]`}>{areaLabel}</th>
              <th scope="col" className={`${th} w-[22%]`}>{purposesLabel}</th>
              <th scope="col" className={th}>{dataLabel}</th>
              <th scope="col" className={`${th} w-[17%]`}>{nameLabel}</th>
              <th scope="col" className={`${th} w-[19%]`}>{locationLabel}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {subProcessors.map((sp, i) => (
              <tr key={i}>
                <td className={td}>{sp.serviceArea}</td>
                <td className={td}>{sp.purposes}</td>
                <td className={td}>{sp.dataConcerned}</td>
                <th scope="row" className={`${td} text-left font-semibold text-slate-900`}>{sp.name}</th>
                <td className={td}>
                  <Location subProcessor={sp} language={language} t={t} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul className="space-y-4 @3xl:hidden">
        {subProcessors.map((sp, i) => (
          <li key={i} className="rounded-lg ring-1 ring-slate-200">
            <h3 className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 border-b border-slate-200 bg-slate-50 px-4 py-2.5 font-semibold text-slate-900">
              <span>{sp.name}</span>
              {isEuEeaCountry(sp.country) ? null : (
                <span className="rounded bg-amber-50 px-1.5 py-0.5 text-xs font-semibold text-amber-900 ring-1 ring-inset ring-amber-300">
                  {t.outsideEea}
                </span>
              )}
            </h3>
            <dl className="grid gap-x-4 gap-y-2 px-4 py-3 text-sm leading-6 @md:grid-cols-[minmax(0,11rem)_minmax(0,1fr)]">
              <dt className="font-medium text-slate-500">{areaLabel}</dt>
              <dd className="-mt-2 @md:mt-0">{sp.serviceArea}</dd>
              <dt className="font-medium text-slate-500">{purposesLabel}</dt>
              <dd className="-mt-2 @md:mt-0">{sp.purposes}</dd>
              <dt className="font-medium text-slate-500">{dataLabel}</dt>
              <dd className="-mt-2 @md:mt-0">{sp.dataConcerned}</dd>
              <dt className="font-medium text-slate-500">{locationLabel}</dt>
              <dd className="-mt-2 @md:mt-0">
                <Location subProcessor={sp} language={language} t={t} />
              </dd>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
