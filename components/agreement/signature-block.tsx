import type { AgreementLanguage, AgreementTexts } from "@/lib/agreements/texts";
import { formatAgreementDate } from "@/lib/agreements/texts";

export type ProcessorSignatureProps = {
  signerName: string;
  signerFunction: string;
  place: string;
  signedAt: Date | string;
  imageDataUrl: string;
};

function Row({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[6.5rem_minmax(0,1fr)] gap-x-3 py-1.5 text-sm">
      <dt className="text-slate-500">{label}</dt>
      <dd className="min-w-0 break-words text-slate-900">{value ?? <span className="text-slate-500">…</span>}</dd>
    </div>
  );
}

/** Only a data URL of a PNG is shown: the image comes from our own database, never from a link. */
const isPngDataUrl = (value: string) => value.startsWith("data:image/png;base64,");

export function SignatureBlock({
  processorName,
  signatory,
  signature,
  controllerName,
  language,
  t,
}: {
  processorName: string;
  /** The signatory named in the text, shown while the processor has not signed. */
  signatory: { name: string; function: string; place: string };
  signature: ProcessorSignatureProps | null;
  controllerName: string;
  language: AgreementLanguage;
  t: AgreementTexts;
}) {
  const f = t.signatureFields;
  return (
    <div className="grid gap-4 @2xl:grid-cols-2">
      <section className="rounded-lg p-4 ring-1 ring-slate-200">
        <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-600">{t.controllerRole}</h3>
        <dl className="mt-2 divide-y divide-slate-100">
          <Row label={f.organisation} value={controllerName} />
          <Row label={f.name} value={null} />
          <Row label={f.function} value={null} />
          <Row label={f.place} value={null} />
          <Row label={f.date} value={null} />
        </dl>
        <p className="mt-2 text-xs font-medium text-slate-500">{f.signature}</p>
        <div className="mt-1 grid h-24 place-items-center rounded-md border border-dashed border-slate-300 bg-slate-50 px-3 text-center text-sm text-slate-500">
          {t.controllerToSign}
        </div>
      </section>

      <section className="rounded-lg p-4 ring-1 ring-slate-200">
        <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-600">{t.processorRole}</h3>
        <dl className="mt-2 divide-y divide-slate-100">
          <Row label={f.organisation} value={processorName} />
          <Row label={f.name} value={(signature?.signerName ?? signatory.name) || null} />
          <Row label={f.function} value={(signature?.signerFunction ?? signatory.function) || null} />
          <Row label={f.place} value={(signature?.place ?? signatory.place) || null} />
          <Row label={f.date} value={signature ? formatAgreementDate(signature.signedAt, language) : null} />
        </dl>
        <p className="mt-2 text-xs font-medium text-slate-500">{f.signature}</p>
        <div className="mt-1 grid h-24 place-items-center rounded-md border border-slate-200 bg-white px-3">
          {signature && isPngDataUrl(signature.imageDataUrl) ? (
            // eslint-disable-next-line @next/next/no-img-element -- a data URL; next/image adds nothing here
            <img src={signature.imageDataUrl} alt={t.signatureAlt(signature.signerName)} className="max-h-20 w-auto max-w-full object-contain" />
          ) : (
            <span className="text-sm text-slate-500">{t.notYetSigned}</span>
          )}
        </div>
      </section>
    </div>
  );
}
