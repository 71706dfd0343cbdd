import { createAgreement } from "../../lib/agreements/create-agreement";
import { getAgreementWithDraft } from "../../lib/agreements/get-draft";
import { publishVersion } from "../../lib/agreements/publish-version";
import { saveDraft } from "../../lib/agreements/save-draft";
import { signAsProcessor } from "../../lib/agreements/sign-as-processor";
import { toDraftContent } from "../../lib/agreements/version-doc";
import type { VersionDoc } from "../../lib/agreements/types";
import { scribblePng } from "../../lib/signing/encode-png";
import { signAgreement } from "../../lib/signing/sign-agreement";
import { unsafeCreateVerifiedSigningSession } from "../../lib/signing/unsafe-create-verified-signing-session";
import type { OrgContext } from "../../lib/tenancy/context";
import { demoDpaEn } from "./dpa-en";
import { demoDpaNl } from "./dpa-nl";

const seedClient = { ip: "127.0.0.1", userAgent: "demo seed" };
const png = (seed: number) => `data:image/png;base64,${scribblePng(seed).toString("base64")}`;

/** Publishes a demo DPA through the same services a processor uses, signed by the owner. */
async function publishDemo(ctx: OrgContext, doc: VersionDoc, seed: number) {
  const agreement = await createAgreement(ctx, { title: doc.title, language: doc.language, startFrom: "template" }, seedClient);
  const { draft } = await getAgreementWithDraft(ctx, agreement.id);
  const saved = await saveDraft(ctx, { agreementId: agreement.id, revision: draft!.revision, content: toDraftContent(doc) });
  await signAsProcessor(ctx, { agreementId: agreement.id, revision: saved.revision, method: "DRAWN", imageDataUrl: png(seed), consent: true }, seedClient);
  return publishVersion(ctx, { agreementId: agreement.id }, seedClient);
}

const controllers = [
  { legalName: "Bakkerij Brood & Zo B.V.", registrationNumber: "58123947", addressLine: "Oudegracht 112", postalCode: "3511 AX", city: "Utrecht", signer: "Bram Visser", fn: "Eigenaar", email: "bram@bakkerijbrood.nl" },
  { legalName: "Installatiebedrijf Van Dijk V.O.F.", registrationNumber: "71230985", addressLine: "Industrieweg 8", postalCode: "5262 GJ", city: "Vught", signer: "Femke van Dijk", fn: "Vennoot", email: "femke@vandijkinstallatie.nl" },
  { legalName: "Studio Noorderlicht B.V.", registrationNumber: "80412269", addressLine: "Grote Markt 21", postalCode: "9711 LV", city: "Groningen", signer: "Joris Mulder", fn: "Directeur", email: "joris@studionoorderlicht.nl" },
];

export async function seedAgreements(processor: OrgContext) {
  const nl = await publishDemo(processor, demoDpaNl, 3);
  const en = await publishDemo(processor, { ...demoDpaEn }, 5);
  for (const [index, c] of controllers.entries()) {
    const versionId = index < 2 ? nl.versionId : en.versionId;
    const client = { ip: `198.51.100.${10 + index}`, userAgent: "Mozilla/5.0 (demo seed)" };
    // The demo's signers cannot read a code from their mailbox: the seed vouches for their
    // addresses instead, and the audit trail says so ("signing.email_asserted" by the demo seed).
    const { sessionId } = await unsafeCreateVerifiedSigningSession(versionId, c.email, client, { assertedBy: "demo seed" });
    await signAgreement(
      {
        versionId,
        submissionKey: `demo-seed-signature-${index}`,
        signingSessionId: sessionId,
        controller: { legalName: c.legalName, registrationNumber: c.registrationNumber, addressLine: c.addressLine, postalCode: c.postalCode, city: c.city, country: "NL" },
        signer: { name: c.signer, function: c.fn, email: c.email, place: c.city },
        method: index === 1 ? "TYPED" : "DRAWN",
        typedName: index === 1 ? c.signer : undefined,
        imageDataUrl: png(11 + index),
        consent: true,
        authority: true,
      },
      client,
    );
  }
}
