// Addresses of an agreement's public pages, and the look of links that act as buttons there
// (plain <a>: the PDF links lead to files, not to pages).

export function agreementPaths(orgSlug: string, agreementSlug: string) {
  const base = `/${encodeURIComponent(orgSlug)}/${encodeURIComponent(agreementSlug)}`;
  return {
    trust: `/${encodeURIComponent(orgSlug)}`,
    current: base,
    version: (number: number) => `${base}/v/${number}`,
    sign: `${base}/sign`,
    pdf: `${base}/pdf`,
    versionPdf: (number: number) => `${base}/pdf?v=${number}`,
  };
}

const base =
  "inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-semibold shadow-sm transition " +
  "focus-visible:outline-2 focus-visible:outline-offset-2";

export const linkButton = {
  primary: `${base} bg-blue-800 text-white hover:bg-blue-900 focus-visible:outline-blue-800`,
  secondary: `${base} bg-white text-slate-900 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 focus-visible:outline-blue-800`,
  inverse: `${base} bg-white text-slate-900 hover:bg-slate-100 focus-visible:outline-white`,
};
