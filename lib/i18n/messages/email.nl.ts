import type { emailEn } from "./email.en";

// Nederlandse teksten van het e-mailgedeelte: de ontwikkelmailbox en de pagina om een downloadlink
// aan te vragen. (De e-mails zelf staan in lib/email/templates.ts.)
export const emailNl: Record<keyof typeof emailEn, string> = {
  "mailbox.metaTitle": "Mailbox (ontwikkeling)",
  "mailbox.title": "Mailbox",
  "mailbox.bannerTitle": "Alleen voor ontwikkeling en demo",
  "mailbox.banner":
    "De ontwikkelmailbox staat aan (DEV_MAILBOX=1, geen SMTP_URL): e-mail wordt niet verstuurd maar hier bewaard. Iedereen die deze app kan openen, kan deze berichten lezen, ook bevestigingscodes en downloadlinks. Alleen voor een lokale demo; stel SMTP_URL in om echt te mailen, dan verdwijnt deze pagina.",
  "mailbox.filterLabel": "Ontvanger",
  "mailbox.filterPlaceholder": "naam@voorbeeld.nl",
  "mailbox.filterButton": "Tonen",
  "mailbox.showAll": "Alles tonen",
  "mailbox.count": "{count} berichten, nieuwste eerst.",
  "mailbox.countOne": "1 bericht.",
  "mailbox.empty": "Nog geen berichten.",
  "mailbox.emptyFor": "Geen berichten aan {to}.",
  "mailbox.to": "Aan",
  "mailbox.time": "Tijd",
  "mailbox.attachment": "Bijlage",
  "mailbox.status.QUEUED": "In de wachtrij",
  "mailbox.status.SENT": "Bewaard",
  "mailbox.status.FAILED": "Mislukt",

  "downloadLink.metaTitle": "Downloadlink aanvragen",
  "downloadLink.title": "Nieuwe downloadlink aanvragen",
  "downloadLink.lead":
    "Kwijt: de link naar een ondertekende verwerkersovereenkomst? Vul het kenmerk in en het e-mailadres van degene die heeft ondertekend. Wij sturen de link dan naar dat adres.",
  "downloadLink.reference": "Kenmerk",
  "downloadLink.referenceHint": "Staat op de ondertekende overeenkomst en in de bevestigingsmail, bijvoorbeeld DPA-2026-7K3M9Q.",
  "downloadLink.email": "E-mailadres van de ondertekenaar",
  "downloadLink.submit": "Link versturen",
  "downloadLink.done":
    "Als dit kenmerk en dit adres bij een ondertekende overeenkomst horen, hebben we een link naar dat adres gestuurd. Het kan een paar minuten duren voordat die binnenkomt.",
  "downloadLink.again": "Nog een link aanvragen",
  "downloadLink.otherLanguage": "English",
  "downloadLink.gone.expiredTitle": "Deze downloadlink is verlopen",
  "downloadLink.gone.replacedTitle": "Deze downloadlink is vervangen",
  "downloadLink.gone.expired": "Een downloadlink werkt {days} dagen. De ondertekende overeenkomst zelf blijft bewaard: vraag een nieuwe link aan met het kenmerk en het e-mailadres van de ondertekenaar.",
  "downloadLink.gone.replaced": "Er is een nieuwere link naar deze ondertekende overeenkomst aangevraagd, daarom werkt deze niet meer. Gebruik de link in de nieuwste e-mail, of vraag een nieuwe aan.",
  "downloadLink.gone.action": "Nieuwe downloadlink aanvragen",
};
