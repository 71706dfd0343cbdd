import type { Locale } from "@/lib/i18n/locale";

const tag = (locale: Locale) => (locale === "nl" ? "nl-NL" : "en-GB");

/** A moment, in UTC and saying so (lib/format/date-time.ts). */
export { formatDateTime } from "@/lib/format/date-time";

export function formatTime(value: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), { hour: "2-digit", minute: "2-digit" }).format(value);
}

export function formatDate(value: Date | string, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), { dateStyle: "long" }).format(new Date(value));
}
