import type { Metadata } from "next";
import { GeistSans } from "geist/font/sans";
import { GeistMono } from "geist/font/mono";
import { defaultLocale } from "@/lib/i18n/locale";
import "../globals.css";

// The root layout of the public pages (agreements, signing, trust pages). It reads no cookies and
// no headers, so these pages can be rendered once and served from the cache to everyone; each page
// sets its own language on its content (the language of the agreement it shows).

export const metadata: Metadata = {
  title: { default: "Verwerkersovereenkomst", template: "%s · Verwerkersovereenkomst" },
  description: "Processor agreements (DPAs) published, reviewed and signed online.",
};

export default function PublicRootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang={defaultLocale} className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
