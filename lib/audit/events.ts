import "server-only";
import { z } from "zod";

/**
 * The catalogue of audit events: every type the application records, the shape of its `data`
 * (hashed into the chain and never erasable, so no personal data: no e-mail addresses, names or IP
 * addresses), and one sentence per language for the audit page and the certificate page of the
 * signed PDF. recordEvent accepts only these types, and only data that fits the type's schema.
 *
 * A new event needs only an entry here: `data` is a strict zod object (unknown keys are refused, so
 * nothing slips into the undeletable part of the row by accident) and `nl`/`en` say what happened.
 */

export type AuditLocale = "nl" | "en";

/** What a sentence may ask for besides the event's data: a member's name, the word for a role. */
export type SentenceHelpers = {
  /** "Sanne de Vries (sanne@example.nl)" for a user id of a member, or a neutral word if unknown. */
  user: (userId: string | null | undefined) => string;
  role: (role: string) => string;
};

type Sentence<S extends z.ZodType> = (data: z.output<S>, h: SentenceHelpers) => string;
type Entry<S extends z.ZodType> = { data: S; nl: Sentence<S>; en: Sentence<S> };

// Checked against the entry's own schema: the sentence sees exactly the fields the schema declares.
const event = <S extends z.ZodType>(entry: Entry<S>): Entry<S> => entry;

const id = z.string().min(1).max(64);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const role = z.enum(["OWNER", "ADMIN", "EDITOR", "VIEWER"]);
const method = z.enum(["DRAWN", "TYPED"]);
const language = z.enum(["nl", "en"]);
const isoTime = z.string().max(40);
// An error message of a library or a remote service: cut short for the record, never refused
// (a long message must not undo the signature it is recorded with).
const errorText = z.string().transform((message) => message.slice(0, 500));
// The templates of lib/email/templates.ts; a template added there is recorded under its own name.
const emailTemplate = z.string().min(1).max(40);

const methodWord = { nl: { DRAWN: "getekend", TYPED: "getypt" }, en: { DRAWN: "drawn", TYPED: "typed" } } as const;
const templateWord = {
  nl: {
    "signing-code": "met de verificatiecode",
    "signed-controller": "met de getekende PDF aan de verwerkingsverantwoordelijke",
    "signed-processor": "met de getekende PDF aan de verwerker",
    "download-link": "met een downloadlink",
    invitation: "met een uitnodiging",
  },
  en: {
    "signing-code": "with the verification code",
    "signed-controller": "with the signed PDF to the controller",
    "signed-processor": "with the signed PDF to the processor",
    "download-link": "with a download link",
    invitation: "with an invitation",
  },
} as const;
const refusalWord = {
  nl: { not_sent: "er was nog geen code verstuurd", expired: "de code was verlopen", used: "de code was al gebruikt", burned: "te veel pogingen met deze code", wrong: "onjuiste code" },
  en: { not_sent: "no code had been sent", expired: "the code had expired", used: "the code had already been used", burned: "too many tries with this code", wrong: "wrong code" },
} as const;
const versionWord = {
  nl: (n: number | null) => (n === null ? "het concept" : `versie ${n}`),
  en: (n: number | null) => (n === null ? "the draft" : `version ${n}`),
};
const shortHash = (hash: string) => `${hash.slice(0, 12)}…`;
const template = (locale: AuditLocale, name: string | null) => {
  const words: Record<string, string> = templateWord[locale];
  return name ? ` ${words[name] ?? `(${name})`}` : "";
};

export const auditEvents = {
  // Organisation and accounts
  "organisation.created": event({
    data: z.strictObject({ slug: z.string().max(80) }),
    nl: (d) => `Organisatie aangemaakt (adres /${d.slug})`,
    en: (d) => `Organisation created (address /${d.slug})`,
  }),
  "user.signed_up": event({
    data: z.strictObject({ via: z.enum(["invitation"]).optional() }),
    nl: (d) => (d.via === "invitation" ? "Account aangemaakt via een uitnodiging" : "Account aangemaakt"),
    en: (d) => (d.via === "invitation" ? "Account created through an invitation" : "Account created"),
  }),

  // The account's own security (lib/auth): no organisation, on the "system" chain.
  "user.signed_in": event({
    data: z.strictObject({ sessionId: id, secondFactor: z.enum(["none", "totp", "recovery-code"]) }),
    nl: (d) => (d.secondFactor === "none" ? "Ingelogd" : d.secondFactor === "totp" ? "Ingelogd met een code uit de authenticator-app" : "Ingelogd met een herstelcode"),
    en: (d) => (d.secondFactor === "none" ? "Signed in" : d.secondFactor === "totp" ? "Signed in with an authenticator code" : "Signed in with a recovery code"),
  }),
  "user.email_verified": event({
    data: z.strictObject({ via: z.enum(["link", "invitation"]) }),
    nl: () => "E-mailadres bevestigd",
    en: () => "E-mail address confirmed",
  }),
  "user.two_factor_enabled": event({
    data: z.strictObject({ method: z.enum(["totp"]), recoveryCodes: z.number().int().min(0) }),
    nl: (d) => `Inloggen in twee stappen aangezet (${d.recoveryCodes} herstelcodes)`,
    en: (d) => `Two-factor sign-in turned on (${d.recoveryCodes} recovery codes)`,
  }),
  "user.two_factor_disabled": event({
    data: z.strictObject({ method: z.enum(["totp"]) }),
    nl: () => "Inloggen in twee stappen uitgezet",
    en: () => "Two-factor sign-in turned off",
  }),
  "user.recovery_code_used": event({
    data: z.strictObject({ codesLeft: z.number().int().min(0) }),
    nl: (d) => `Herstelcode gebruikt (nog ${d.codesLeft} over)`,
    en: (d) => `Recovery code used (${d.codesLeft} left)`,
  }),
  "user.password_changed": event({
    data: z.strictObject({ sessionsEnded: z.number().int().min(0) }),
    nl: (d) => `Wachtwoord gewijzigd; ${d.sessionsEnded} andere sessie(s) beëindigd`,
    en: (d) => `Password changed; ${d.sessionsEnded} other session(s) ended`,
  }),
  "user.password_reset": event({
    data: z.strictObject({ sessionsEnded: z.number().int().min(0) }),
    nl: (d) => `Nieuw wachtwoord ingesteld via een herstellink; ${d.sessionsEnded} sessie(s) beëindigd`,
    en: (d) => `New password set with a reset link; ${d.sessionsEnded} session(s) ended`,
  }),
  "user.session_ended": event({
    data: z.strictObject({ sessionIds: z.array(id).max(1000), reason: z.enum(["ended-by-user", "end-all-others"]) }),
    nl: (d) => (d.reason === "ended-by-user" ? "Sessie beëindigd" : `Alle andere sessies beëindigd (${d.sessionIds.length})`),
    en: (d) => (d.reason === "ended-by-user" ? "Session ended" : `All other sessions ended (${d.sessionIds.length})`),
  }),

  // Members and invitations
  "member.invited": event({
    data: z.strictObject({ invitationId: id, role }),
    nl: (d, h) => `Uitnodiging verstuurd als ${h.role(d.role)}`,
    en: (d, h) => `Invitation sent as ${h.role(d.role)}`,
  }),
  "invitation.revoked": event({
    data: z.strictObject({ invitationId: id, reason: z.enum(["reinvited"]).optional() }),
    nl: (d) => (d.reason === "reinvited" ? "Uitnodiging ingetrokken (vervangen door een nieuwe)" : "Uitnodiging ingetrokken"),
    en: (d) => (d.reason === "reinvited" ? "Invitation revoked (replaced by a new one)" : "Invitation revoked"),
  }),
  "member.joined": event({
    data: z.strictObject({ invitationId: id, membershipId: id, role }),
    nl: (d, h) => `Uitnodiging geaccepteerd: lid geworden als ${h.role(d.role)}`,
    en: (d, h) => `Invitation accepted: joined as ${h.role(d.role)}`,
  }),
  "member.role_changed": event({
    data: z.strictObject({ membershipId: id, userId: id, from: role, to: role }),
    nl: (d, h) => `Rol van ${h.user(d.userId)} gewijzigd van ${h.role(d.from)} naar ${h.role(d.to)}`,
    en: (d, h) => `Role of ${h.user(d.userId)} changed from ${h.role(d.from)} to ${h.role(d.to)}`,
  }),
  "member.removed": event({
    data: z.strictObject({ membershipId: id, userId: id, role }),
    nl: (d, h) => `${h.user(d.userId)} (${h.role(d.role)}) verwijderd uit de organisatie`,
    en: (d, h) => `${h.user(d.userId)} (${h.role(d.role)}) removed from the organisation`,
  }),
  "member.left": event({
    data: z.strictObject({ membershipId: id, userId: id.optional(), role }),
    nl: (d, h) => `Organisatie verlaten (was ${h.role(d.role)})`,
    en: (d, h) => `Left the organisation (was ${h.role(d.role)})`,
  }),

  // Agreements and versions
  "agreement.created": event({
    data: z.strictObject({ title: z.string().max(200), language, startFrom: z.enum(["template", "blank"]) }),
    nl: (d) => `Overeenkomst „${d.title}” aangemaakt (${d.startFrom === "template" ? "vanuit het sjabloon" : "leeg"})`,
    en: (d) => `Agreement “${d.title}” created (${d.startFrom === "template" ? "from the template" : "blank"})`,
  }),
  "version.draft_started": event({
    data: z.strictObject({ from: id }),
    nl: () => "Nieuw concept gestart vanuit de gepubliceerde versie",
    en: () => "New draft started from the published version",
  }),
  "version.translation_set": event({
    data: z.strictObject({ translationOfId: id.nullable() }),
    nl: (d) => (d.translationOfId ? "Concept gemarkeerd als vertaling (niet bindend)" : "Concept gemarkeerd als bindende tekst"),
    en: (d) => (d.translationOfId ? "Draft marked as a translation (not binding)" : "Draft marked as the binding text"),
  }),
  "version.signed_by_processor": event({
    data: z.strictObject({ contentHash: sha256, method }),
    nl: (d) => `Concept ondertekend namens de verwerker (${methodWord.nl[d.method]}, inhoud ${shortHash(d.contentHash)})`,
    en: (d) => `Draft signed for the processor (${methodWord.en[d.method]}, content ${shortHash(d.contentHash)})`,
  }),
  "version.published": event({
    data: z.strictObject({ number: z.number().int().positive(), contentHash: sha256, retiredVersionId: id.nullable() }),
    nl: (d) => `Versie ${d.number} gepubliceerd (inhoud ${shortHash(d.contentHash)})${d.retiredVersionId ? "; de vorige versie is vervangen" : ""}`,
    en: (d) => `Version ${d.number} published (content ${shortHash(d.contentHash)})${d.retiredVersionId ? "; the previous version was superseded" : ""}`,
  }),
  "version.redline_exported": event({
    // null: the draft
    data: z.strictObject({ fromNumber: z.number().int().positive().nullable(), toNumber: z.number().int().positive().nullable() }),
    nl: (d) => `Wijzigingen van ${versionWord.nl(d.fromNumber)} naar ${versionWord.nl(d.toNumber)} als PDF gedownload`,
    en: (d) => `Changes from ${versionWord.en(d.fromNumber)} to ${versionWord.en(d.toNumber)} downloaded as PDF`,
  }),

  // Signing
  "signing.started": event({
    data: z.strictObject({ expiresAt: isoTime.optional() }),
    nl: () => "Ondertekening gestart",
    en: () => "Signing started",
  }),
  "agreement.viewed": event({
    data: z.strictObject({ contentHash: sha256.nullable() }),
    nl: (d) => `Overeenkomst getoond${d.contentHash ? ` (inhoud ${shortHash(d.contentHash)})` : ""}`,
    en: (d) => `Agreement shown${d.contentHash ? ` (content ${shortHash(d.contentHash)})` : ""}`,
  }),
  "signing.code_sent": event({
    data: z.strictObject({ verificationId: id, expiresAt: isoTime }),
    nl: () => "Verificatiecode per e-mail verstuurd",
    en: () => "Verification code sent by e-mail",
  }),
  "signing.code_refused": event({
    data: z.strictObject({ reason: z.enum(["not_sent", "expired", "used", "burned", "wrong"]), verificationId: id.optional(), attempts: z.number().int().nonnegative().optional() }),
    nl: (d) => `Verificatiecode geweigerd: ${refusalWord.nl[d.reason]}${d.attempts ? ` (poging ${d.attempts})` : ""}`,
    en: (d) => `Verification code refused: ${refusalWord.en[d.reason]}${d.attempts ? ` (try ${d.attempts})` : ""}`,
  }),
  "signing.code_accepted": event({
    data: z.strictObject({ verificationId: id, attempts: z.number().int().nonnegative() }),
    nl: (d) => `E-mailadres bevestigd met de verificatiecode (poging ${d.attempts})`,
    en: (d) => `E-mail address confirmed with the verification code (try ${d.attempts})`,
  }),
  "signing.email_asserted": event({
    data: z.strictObject({ assertedBy: z.string().min(1).max(120) }),
    nl: (d) => `E-mailadres bevestigd door ${d.assertedBy} (zonder code)`,
    en: (d) => `E-mail address confirmed by ${d.assertedBy} (without a code)`,
  }),
  "signing.consent_given": event({
    data: z.strictObject({ authority: z.literal(true) }),
    nl: () => "Verklaard bevoegd te zijn om te tekenen, en ingestemd met elektronisch ondertekenen",
    en: () => "Declared authority to sign, and agreed to sign electronically",
  }),
  "agreement.signed": event({
    data: z.strictObject({ reference: z.string().max(64), contentHash: sha256, method }),
    nl: (d) => `Overeenkomst ondertekend (${methodWord.nl[d.method]}), referentie ${d.reference}`,
    en: (d) => `Agreement signed (${methodWord.en[d.method]}), reference ${d.reference}`,
  }),

  // The signed PDF
  "pdf.generated": event({
    data: z.strictObject({ sha256, bytes: z.number().int().nonnegative() }),
    nl: (d) => `Getekende PDF gemaakt (SHA-256 ${shortHash(d.sha256)})`,
    en: (d) => `Signed PDF generated (SHA-256 ${shortHash(d.sha256)})`,
  }),
  "pdf.sealed": event({
    data: z.strictObject({ sha256, level: z.enum(["B-B", "B-T"]) }),
    nl: (d) => `PDF verzegeld (PAdES ${d.level}, SHA-256 ${shortHash(d.sha256)})`,
    en: (d) => `PDF sealed (PAdES ${d.level}, SHA-256 ${shortHash(d.sha256)})`,
  }),
  "pdf.timestamp_failed": event({
    data: z.strictObject({ error: errorText }),
    nl: () => "Geen tijdstempel verkregen: verzegeld zonder tijdstempel (PAdES B-B)",
    en: () => "No time-stamp obtained: sealed without a time-stamp (PAdES B-B)",
  }),
  "pdf.seal_failed": event({
    data: z.strictObject({ error: errorText }),
    nl: () => "Verzegelen mislukt: wordt later opnieuw geprobeerd",
    en: () => "Sealing failed: it will be retried later",
  }),
  "pdf.downloaded": event({
    data: z.strictObject({ via: z.enum(["dashboard", "download-link"]), sha256: sha256.nullable() }),
    nl: (d) => (d.via === "dashboard" ? "Getekende PDF gedownload in de app" : "Getekende PDF gedownload via de downloadlink"),
    en: (d) => (d.via === "dashboard" ? "Signed PDF downloaded in the app" : "Signed PDF downloaded through the download link"),
  }),

  // E-mail
  "email.sent": event({
    data: z.strictObject({ template: emailTemplate.nullable(), messageId: id, isKept: z.boolean() }),
    nl: (d) => `E-mail verstuurd${template("nl", d.template)}${d.isKept ? " (bewaard in de ontwikkelmailbox)" : ""}`,
    en: (d) => `E-mail sent${template("en", d.template)}${d.isKept ? " (kept in the development mailbox)" : ""}`,
  }),
  "email.failed": event({
    data: z.strictObject({ template: emailTemplate.nullable(), messageId: id, attempts: z.number().int().positive() }),
    nl: (d) => `E-mail${template("nl", d.template)} niet verstuurd (poging ${d.attempts})`,
    en: (d) => `E-mail${template("en", d.template)} not sent (try ${d.attempts})`,
  }),
} as const;

export type AuditCatalogue = typeof auditEvents;
export type AuditEventType = keyof AuditCatalogue;
export type AuditEventData<T extends AuditEventType> = z.input<AuditCatalogue[T]["data"]>;
export const auditEventTypes = Object.keys(auditEvents) as AuditEventType[];

export function isAuditEventType(type: unknown): type is AuditEventType {
  return typeof type === "string" && Object.hasOwn(auditEvents, type);
}

/** The data of an event, checked against its type's schema; throws for an unknown type or bad data. */
export function parseAuditEventData(type: string, data: unknown): Record<string, unknown> {
  if (!isAuditEventType(type)) throw new Error(`recordEvent: unknown audit event type "${type}" (add it to lib/audit/events.ts)`);
  const parsed = auditEvents[type].data.safeParse(data ?? {});
  if (!parsed.success) throw new Error(`recordEvent: data of "${type}" does not fit its schema: ${z.prettifyError(parsed.error)}`);
  return parsed.data as Record<string, unknown>;
}

const roleWords = {
  nl: { OWNER: "eigenaar", ADMIN: "beheerder", EDITOR: "redacteur", VIEWER: "lezer" },
  en: { OWNER: "owner", ADMIN: "admin", EDITOR: "editor", VIEWER: "viewer" },
} as const;
const someone = { nl: "een (voormalig) lid", en: "a (former) member" } as const;

/** Names of users by id, as "Name (e-mail)", for the sentences and actors of one page. */
export type UserNames = ReadonlyMap<string, string>;

function helpers(locale: AuditLocale, users: UserNames): SentenceHelpers {
  return {
    user: (userId) => (userId && users.get(userId)) || someone[locale],
    role: (value) => (roleWords[locale] as Record<string, string>)[value] ?? value.toLowerCase(),
  };
}

/**
 * The sentence for a stored event in the given language. Rows recorded before this catalogue, or
 * whose data no longer fits it, are shown by their type: the record is never hidden.
 */
export function describeAuditEvent(
  event: { type: string; data: unknown },
  locale: AuditLocale,
  users: UserNames = new Map(),
): string {
  if (!isAuditEventType(event.type)) return event.type;
  const entry = auditEvents[event.type];
  const parsed = entry.data.safeParse(event.data ?? {});
  if (!parsed.success) return event.type;
  return (entry[locale] as Sentence<z.ZodType>)(parsed.data, helpers(locale, users));
}

type ActorType = "USER" | "SIGNER" | "SYSTEM" | "PUBLIC";

/** What describeAuditEvent and describeAuditActor read of a stored event. */
export type DescribableAuditEvent = {
  type: string;
  data: unknown;
  actorType: ActorType;
  actorEmail: string | null;
  actorUserId?: string | null;
  signingSessionId?: string | null;
};
const actorWords = {
  nl: {
    signer: "de ondertekenaar",
    signerUnverified: "de ondertekenaar (nog niet bevestigd)",
    linkHolder: "houder van de downloadlink",
    member: "lid",
    system: "het systeem",
    visitor: "iemand zonder account",
  },
  en: {
    signer: "the signer",
    signerUnverified: "the signer (not yet confirmed)",
    linkHolder: "holder of the download link",
    member: "member",
    system: "the system",
    visitor: "someone without an account",
  },
} as const;

/**
 * Who acted, in words: "the signer (bram@example.nl)", "member Sanne de Vries (sanne@...)",
 * "the system". E-mail addresses and names are shown only while they are kept.
 */
export function describeAuditActor(
  event: DescribableAuditEvent,
  locale: AuditLocale,
  users: UserNames = new Map(),
): string {
  const w = actorWords[locale];
  const withEmail = (label: string) => (event.actorEmail ? `${label} (${event.actorEmail})` : label);
  switch (event.actorType) {
    case "SIGNER":
      return withEmail(w.signer);
    case "SYSTEM":
      return w.system;
    case "USER": {
      const name = event.actorUserId ? users.get(event.actorUserId) : undefined;
      if (name) return `${w.member} ${name}`;
      return withEmail(w.member);
    }
    case "PUBLIC":
      if (event.type === "pdf.downloaded") return w.linkHolder;
      if (event.signingSessionId || event.type.startsWith("signing.") || event.type === "agreement.viewed") {
        return event.actorEmail ? `${w.signer} (${event.actorEmail}, ${locale === "nl" ? "nog niet bevestigd" : "not yet confirmed"})` : w.signerUnverified;
      }
      return w.visitor;
  }
}
