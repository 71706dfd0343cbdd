import "server-only";
import { cookies, headers } from "next/headers";
import { pickLocale, localeCookie, type Locale } from "./locale";
import { translator } from "./translate";

export async function getLocale(): Promise<Locale> {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return pickLocale(cookieStore.get(localeCookie)?.value, headerList.get("accept-language"));
}

export async function getTranslator() {
  const locale = await getLocale();
  return { locale, t: translator(locale) };
}
