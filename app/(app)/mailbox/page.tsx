import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PublicHeader } from "@/components/layout/public-header";
import { Button } from "@/components/ui/button";
import { isMailboxEnabled, listKeptEmails, type KeptEmail } from "@/lib/email/list-kept-emails";
import { getTranslator } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";

// The development mailbox: only with DEV_MAILBOX=1 and no SMTP_URL (lib/email/list-kept-emails.ts),
// never in production (scripts/serve.mjs refuses). Public: in a local demo a signer reads their code here.

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Mailbox", robots: { index: false, follow: false } };

// As components/ui/field.tsx's inputClass, which a server component cannot import from a client module.
const inputClass =
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 " +
  "placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:ring-blue-700 sm:text-sm";

const statusStyle: Record<KeptEmail["status"], string> = {
  QUEUED: "bg-amber-50 text-amber-900 ring-amber-300",
  SENT: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  FAILED: "bg-red-50 text-red-800 ring-red-200",
};

/** Plain text with its web links made clickable; everything else stays text. */
function MessageText({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s<>"]+)/g);
  return (
    <pre className="mt-4 font-mono text-sm leading-6 whitespace-pre-wrap break-words text-slate-800">
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part} className="text-blue-800 underline underline-offset-2 hover:text-blue-950">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </pre>
  );
}

function Message({ message, locale, t }: { message: KeptEmail; locale: string; t: Translate }) {
  const headingId = `mail-${message.id}`;
  const time = message.createdAt.toLocaleString(locale === "nl" ? "nl-NL" : "en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });
  return (
    <article aria-labelledby={headingId} className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h2 id={headingId} className="text-base font-semibold text-slate-900">
          {message.subject}
        </h2>
        <span className={`rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset ${statusStyle[message.status]}`}>
          {t(`mailbox.status.${message.status}`)}
        </span>
      </div>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm text-slate-600">
        <dt>{t("mailbox.to")}</dt>
        <dd className="break-all text-slate-900">{message.to}</dd>
        <dt>{t("mailbox.time")}</dt>
        <dd>
          <time dateTime={message.createdAt.toISOString()}>{time} UTC</time>
        </dd>
        {message.attachmentName ? (
          <>
            <dt>{t("mailbox.attachment")}</dt>
            <dd>{message.attachmentName}</dd>
          </>
        ) : null}
      </dl>
      <MessageText text={message.text} />
    </article>
  );
}

export default async function MailboxPage({ searchParams }: { searchParams: Promise<{ to?: string | string[] }> }) {
  if (!isMailboxEnabled()) notFound();
  const { locale, t } = await getTranslator();
  const raw = (await searchParams).to;
  const to = (Array.isArray(raw) ? raw[0] : raw)?.trim() || undefined;
  const messages = await listKeptEmails({ to });

  return (
    <>
      <PublicHeader />
      <main className="mx-auto max-w-3xl px-4 py-8 sm:py-12">
        <div role="note" className="rounded-lg bg-amber-50 p-4 text-sm text-amber-950 ring-1 ring-inset ring-amber-300">
          <p className="font-semibold">{t("mailbox.bannerTitle")}</p>
          <p className="mt-1">{t("mailbox.banner")}</p>
        </div>

        <h1 className="mt-8 text-3xl font-bold tracking-tight text-slate-900">{t("mailbox.title")}</h1>
        <form method="get" action="/mailbox" className="mt-5 flex flex-wrap items-end gap-3">
          <div className="min-w-0 flex-1">
            <label htmlFor="mailbox-to" className="block text-sm font-medium text-slate-800">
              {t("mailbox.filterLabel")}
            </label>
            <input id="mailbox-to" name="to" type="email" defaultValue={to} placeholder={t("mailbox.filterPlaceholder")} className={`mt-1 ${inputClass}`} />
          </div>
          <Button type="submit" variant="secondary">
            {t("mailbox.filterButton")}
          </Button>
          {to ? (
            <Link href="/mailbox" className="py-2 text-sm font-medium text-blue-800 hover:underline">
              {t("mailbox.showAll")}
            </Link>
          ) : null}
        </form>

        <p className="mt-6 text-sm text-slate-600" role="status">
          {messages.length === 0
            ? to
              ? t("mailbox.emptyFor", { to })
              : t("mailbox.empty")
            : messages.length === 1
              ? t("mailbox.countOne")
              : t("mailbox.count", { count: messages.length })}
        </p>
        <div className="mt-4 space-y-4">
          {messages.map((message) => (
            <Message key={message.id} message={message} locale={locale} t={t} />
          ))}
        </div>
      </main>
    </>
  );
}
