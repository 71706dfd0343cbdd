import "server-only";
import { appUrl } from "./app-url";

// Plain-text mail in the product's voice: short, concrete, formal "u" in Dutch. Every template
// names its variables; rendering refuses a missing one rather than sending "{code}".

export const emailTemplates = ["signing-code", "signed-controller", "signed-processor", "download-link", "invitation", "verify-email", "password-reset"] as const;
export type EmailTemplate = (typeof emailTemplates)[number];
export type EmailLanguage = "nl" | "en";

const variables = {
  "signing-code": ["code", "agreementTitle", "processorName", "minutes"],
  "signed-controller": ["reference", "agreementTitle", "processorName", "downloadUrl", "signerName"],
  "signed-processor": ["reference", "agreementTitle", "controllerName", "signerName", "dashboardUrl"],
  "download-link": ["reference", "agreementTitle", "downloadUrl"],
  invitation: ["organisationName", "inviterName", "role", "acceptUrl", "expiresOn"],
  "verify-email": ["name", "verifyUrl", "hours"],
  "password-reset": ["name", "resetUrl", "minutes"],
} as const satisfies Record<EmailTemplate, readonly string[]>;

type Texts = { subject: string; text: string };

const footer: Record<EmailLanguage, string> = {
  nl: "Met vriendelijke groet,\nVerwerkersovereenkomst\n\nDeze e-mail is automatisch verstuurd; een antwoord wordt niet gelezen.",
  en: "Kind regards,\nVerwerkersovereenkomst\n\nThis e-mail was sent automatically; replies are not read.",
};

const templates: Record<EmailTemplate, Record<EmailLanguage, Texts>> = {
  "verify-email": {
    nl: {
      subject: "Bevestig uw e-mailadres",
      text: `Beste {name},

U heeft een account aangemaakt bij Verwerkersovereenkomst. Bevestig uw e-mailadres via deze link:
{verifyUrl}

De link is {hours} uur geldig en werkt één keer. Pas daarna kunt u een organisatie aanmaken, ondertekenen en uitnodigen.

Heeft u geen account aangemaakt? Dan kunt u deze e-mail negeren.`,
    },
    en: {
      subject: "Confirm your e-mail address",
      text: `Dear {name},

You created an account at Verwerkersovereenkomst. Confirm your e-mail address with this link:
{verifyUrl}

The link is valid for {hours} hours and works once. Only then can you create an organisation, sign and invite.

Did you not create an account? Then you can ignore this e-mail.`,
    },
  },
  "password-reset": {
    nl: {
      subject: "Nieuw wachtwoord instellen",
      text: `Beste {name},

Er is gevraagd om een nieuw wachtwoord voor uw account. Stel het in via deze link:
{resetUrl}

De link is {minutes} minuten geldig en werkt één keer. Met het nieuwe wachtwoord worden alle bestaande sessies beëindigd.

Heeft u dit niet gevraagd? Dan kunt u deze e-mail negeren: uw wachtwoord blijft zoals het is.`,
    },
    en: {
      subject: "Set a new password",
      text: `Dear {name},

Someone asked for a new password for your account. Set it with this link:
{resetUrl}

The link is valid for {minutes} minutes and works once. Setting a new password ends every existing session.

Did you not ask for this? Then you can ignore this e-mail: your password stays as it is.`,
    },
  },
  "signing-code": {
    nl: {
      subject: "Uw bevestigingscode: {code}",
      text: `Goedendag,

Met deze code bevestigt u uw e-mailadres om "{agreementTitle}" van {processorName} te ondertekenen:

    {code}

De code is {minutes} minuten geldig en werkt één keer.

Heeft u deze code niet aangevraagd? Dan kunt u deze e-mail negeren. Zonder de code wordt er niets ondertekend.`,
    },
    en: {
      subject: "Your confirmation code: {code}",
      text: `Hello,

Use this code to confirm your e-mail address and sign "{agreementTitle}" from {processorName}:

    {code}

The code is valid for {minutes} minutes and works once.

Did you not ask for this code? Then you can ignore this e-mail. Nothing is signed without the code.`,
    },
  },
  "signed-controller": {
    nl: {
      subject: "Ondertekend: {agreementTitle} ({reference})",
      text: `Beste {signerName},

U heeft de verwerkersovereenkomst "{agreementTitle}" met {processorName} ondertekend. De door beide partijen ondertekende overeenkomst zit als pdf bij deze e-mail.

Kenmerk: {reference}

U kunt de pdf ook downloaden via deze link:
{downloadUrl}

Bewaar deze e-mail. Deel de link alleen met wie de overeenkomst mag zien. Kwijt? Vraag een nieuwe link aan met het kenmerk en uw e-mailadres:
{requestLinkUrl}`,
    },
    en: {
      subject: "Signed: {agreementTitle} ({reference})",
      text: `Dear {signerName},

You have signed the data processing agreement "{agreementTitle}" with {processorName}. The agreement, signed by both parties, is attached to this e-mail as a PDF.

Reference: {reference}

You can also download the PDF from this link:
{downloadUrl}

Keep this e-mail. Share the link only with people who may see the agreement. Lost it? Ask for a new link with the reference and your e-mail address:
{requestLinkUrl}`,
    },
  },
  "signed-processor": {
    nl: {
      subject: "{controllerName} heeft {agreementTitle} ondertekend",
      text: `Goedendag,

{signerName} heeft namens {controllerName} de verwerkersovereenkomst "{agreementTitle}" ondertekend. De ondertekende overeenkomst zit als pdf bij deze e-mail.

Kenmerk: {reference}

Alle ondertekende overeenkomsten vindt u in uw dashboard:
{dashboardUrl}`,
    },
    en: {
      subject: "{controllerName} has signed {agreementTitle}",
      text: `Hello,

{signerName} has signed the data processing agreement "{agreementTitle}" on behalf of {controllerName}. The signed agreement is attached to this e-mail as a PDF.

Reference: {reference}

You find all signed agreements in your dashboard:
{dashboardUrl}`,
    },
  },
  "download-link": {
    nl: {
      subject: "Uw downloadlink: {agreementTitle} ({reference})",
      text: `Goedendag,

U vroeg om een link naar de ondertekende verwerkersovereenkomst "{agreementTitle}" met kenmerk {reference}:

{downloadUrl}

Deel de link alleen met wie de overeenkomst mag zien.

Heeft u deze link niet aangevraagd? Dan kunt u deze e-mail negeren. De link is alleen naar dit adres gestuurd.`,
    },
    en: {
      subject: "Your download link: {agreementTitle} ({reference})",
      text: `Hello,

You asked for a link to the signed data processing agreement "{agreementTitle}" with reference {reference}:

{downloadUrl}

Share the link only with people who may see the agreement.

Did you not ask for this link? Then you can ignore this e-mail. The link was sent only to this address.`,
    },
  },
  invitation: {
    nl: {
      subject: "Uitnodiging: word lid van {organisationName}",
      text: `Goedendag,

{inviterName} nodigt u uit om als {role} lid te worden van {organisationName} bij Verwerkersovereenkomst.

Accepteer de uitnodiging via deze link:
{acceptUrl}

De link is geldig tot en met {expiresOn} en werkt één keer, alleen voor dit e-mailadres. Heeft u nog geen account? Dan maakt u er via de link een aan.

Verwacht u deze uitnodiging niet? Dan kunt u deze e-mail negeren. Zonder de link krijgt niemand toegang.`,
    },
    en: {
      subject: "Invitation: join {organisationName}",
      text: `Hello,

{inviterName} invites you to join {organisationName} on Verwerkersovereenkomst as {role}.

Accept the invitation with this link:
{acceptUrl}

The link is valid until {expiresOn} and works once, only for this e-mail address. No account yet? You can create one through the link.

Not expecting this invitation? Then you can ignore this e-mail. Nobody gets access without the link.`,
    },
  },
};

function fill(text: string, vars: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (_match, name: string) => vars[name] ?? `{${name}}`);
}

/** Subject and plain text of a mail; throws on a missing variable (a bug, not bad input). */
export function renderEmail(template: EmailTemplate, language: EmailLanguage, vars: Record<string, string>): Texts {
  const missing = variables[template].filter((name) => typeof vars[name] !== "string" || vars[name] === "");
  if (missing.length) throw new Error(`e-mail "${template}" needs ${missing.join(", ")}`);
  const all = { ...vars, requestLinkUrl: appUrl(`/download-link?lang=${language}`) };
  // A subject is one header line: user-typed names must not break it.
  const oneLine = Object.fromEntries(Object.entries(all).map(([name, value]) => [name, value.replace(/[\r\n]+/g, " ").trim()]));
  const texts = templates[template][language];
  return { subject: fill(texts.subject, oneLine), text: `${fill(texts.text, all)}\n\n${footer[language]}\n` };
}
