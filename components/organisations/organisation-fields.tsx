"use client";
import { useI18n } from "@/components/i18n-provider";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { countryNames } from "@/lib/validation/countries";

/** The organisation's legal details; names are prefixed (e.g. "organisation.") to nest them in the form. */
export function OrganisationFields({ prefix = "", errors = {} }: { prefix?: string; errors?: Record<string, string> }) {
  const { t, locale } = useI18n();
  const error = (name: string) => (errors[`${prefix}${name}`] ? t(errors[`${prefix}${name}`]) : undefined);
  const countries = Object.entries(countryNames)
    .filter(([code]) => code !== "EU")
    .map(([code, names]) => ({ value: code, label: names[locale] }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  return (
    <div className="grid gap-4 sm:grid-cols-6">
      <TextField className="sm:col-span-6" label={t("org.legalName")} name={`${prefix}legalName`} maxLength={160} required error={error("legalName")} autoComplete="organization" />
      <SelectField className="sm:col-span-2" label={t("org.country")} name={`${prefix}country`} defaultValue="NL" options={countries} error={error("country")} />
      <TextField className="sm:col-span-4" label={t("org.registrationNumber")} name={`${prefix}registrationNumber`} maxLength={20} required hint={t("org.registrationNumberHint")} error={error("registrationNumber")} inputMode="text" />
      <TextField className="sm:col-span-6" label={t("org.addressLine")} name={`${prefix}addressLine`} maxLength={160} required error={error("addressLine")} autoComplete="street-address" />
      <TextField className="sm:col-span-2" label={t("org.postalCode")} name={`${prefix}postalCode`} maxLength={16} required error={error("postalCode")} autoComplete="postal-code" />
      <TextField className="sm:col-span-4" label={t("org.city")} name={`${prefix}city`} maxLength={80} required error={error("city")} autoComplete="address-level2" />
      <TextField className="sm:col-span-6" label={t("org.privacyEmail")} name={`${prefix}privacyEmail`} type="email" maxLength={254} required hint={t("org.privacyEmailHint")} error={error("privacyEmail")} />
    </div>
  );
}
