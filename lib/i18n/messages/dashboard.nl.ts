import type { dashboardEn } from "./dashboard.en";

export const dashboardNl: Record<keyof typeof dashboardEn, string> = {
  "dashboard.newAgreement": "Nieuwe overeenkomst",
  "dashboard.colAgreement": "Overeenkomst",
  "dashboard.colStatus": "Status",
  "dashboard.colSigned": "Getekend",
  "dashboard.published": "Versie {number} gepubliceerd",
  "dashboard.notPublished": "Nog niet gepubliceerd",
  "dashboard.draftOpen": "Concept in bewerking",
  "dashboard.edit": "Bewerken",
  "dashboard.open": "Openen",
  "dashboard.publicPage": "Openbare pagina",
  "dashboard.colController": "Verwerkingsverantwoordelijke",
  "dashboard.colSigner": "Ondertekenaar",
  "dashboard.colVersion": "Versie",
  "dashboard.colDate": "Getekend op",
  "dashboard.colReference": "Kenmerk",
  "dashboard.download": "Pdf",
  "dashboard.downloadLabel": "Download getekende pdf {reference}",
  "dashboard.trustPage": "Uw trustpagina",
};
