// English texts of the mail area: the development mailbox and the download-link request page.
// Keys must match email.nl.ts. (The e-mails themselves are in lib/email/templates.ts.)
export const emailEn = {
  "mailbox.metaTitle": "Mailbox (development)",
  "mailbox.title": "Mailbox",
  "mailbox.bannerTitle": "Development and demo only",
  "mailbox.banner":
    "The development mailbox is on (DEV_MAILBOX=1, no SMTP_URL): e-mail is not sent but kept here. Anyone who can open this app can read these messages, including signing codes and download links. For a local demo only; set SMTP_URL to send real mail and this page disappears.",
  "mailbox.filterLabel": "Recipient",
  "mailbox.filterPlaceholder": "name@example.com",
  "mailbox.filterButton": "Show",
  "mailbox.showAll": "Show all",
  "mailbox.count": "{count} messages, newest first.",
  "mailbox.countOne": "1 message.",
  "mailbox.empty": "No messages yet.",
  "mailbox.emptyFor": "No messages to {to}.",
  "mailbox.to": "To",
  "mailbox.time": "Time",
  "mailbox.attachment": "Attachment",
  "mailbox.status.QUEUED": "Queued",
  "mailbox.status.SENT": "Kept",
  "mailbox.status.FAILED": "Failed",

  "downloadLink.metaTitle": "Request a download link",
  "downloadLink.title": "Request a new download link",
  "downloadLink.lead":
    "Lost the link to a signed data processing agreement? Enter its reference and the e-mail address of the person who signed it. We then send the link to that address.",
  "downloadLink.reference": "Reference",
  "downloadLink.referenceHint": "On the signed agreement and in the confirmation e-mail, e.g. DPA-2026-7K3M9Q.",
  "downloadLink.email": "E-mail address of the signer",
  "downloadLink.submit": "Send the link",
  "downloadLink.done":
    "If this reference and address match a signed agreement, we have sent a link to that address. It can take a few minutes to arrive.",
  "downloadLink.again": "Request another link",
  "downloadLink.otherLanguage": "Nederlands",
  "downloadLink.gone.expiredTitle": "This download link has expired",
  "downloadLink.gone.replacedTitle": "This download link has been replaced",
  "downloadLink.gone.expired": "A download link works for {days} days. The signed agreement itself is kept: request a new link with its reference and the signer's e-mail address.",
  "downloadLink.gone.replaced": "A newer link to this signed agreement was requested, so this one no longer works. Use the link in the newest e-mail, or request a new one.",
  "downloadLink.gone.action": "Request a new download link",
} as const;
