"use server";
import { cookies } from "next/headers";
import { isLocale, localeCookie } from "@/lib/i18n/locale";

/** Remembers the reader's language for a year. */
export async function setLanguage(formData: FormData) {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(localeCookie, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax", httpOnly: false });
}
