import type { Locale } from "@/lib/i18n/locale";

// One way to show a moment on screen: in UTC and saying so ("4 december 2026 14:03 UTC"), exactly as
// the signed PDF's certificate does. The same on the server and in the browser, whatever the
// machine's or the reader's time zone (so no hydration mismatch either).

const tag = (locale: Locale) => (locale === "nl" ? "nl-NL" : "en-GB");
const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const cacheKey = `${locale}:${key}`;
  let result = formats.get(cacheKey);
  if (!result) {
    result = new Intl.DateTimeFormat(tag(locale), { ...options, timeZone: "UTC" });
    formats.set(cacheKey, result);
  }
  return result;
}

/** "4 december 2026 14:03 UTC" / "4 December 2026 14:03 UTC"; `medium`: "4 dec 2026 14:03 UTC". */
export function formatDateTime(
  value: Date | string,
  locale: Locale,
  { style = "long", withSeconds = false }: { style?: "long" | "medium"; withSeconds?: boolean } = {},
): string {
  const at = new Date(value);
  const date = formatter(`date-${style}`, locale, { day: "numeric", month: style === "long" ? "long" : "short", year: "numeric" }).format(at);
  const time = formatter(`time-${withSeconds}`, locale, {
    hour: "2-digit", minute: "2-digit", ...(withSeconds ? { second: "2-digit" } : {}), hourCycle: "h23",
  }).format(at);
  return `${date} ${time} UTC`;
}
