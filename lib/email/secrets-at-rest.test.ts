// Issue 8, item 3: no secret at rest in plain text. A full signing flow, an invitation and a new
// download link, with mail really sent over SMTP (a real smtp-server) by the job worker; then every
// text, json and bytea column of every table (pgboss's included) is searched for the code, the
// tokens and the links that were mailed, and for the signing form's key. None may be found.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort } from "@/scripts/lib/free-port";
import { startSmtpServer, useOwnDatabase, waitFor, type ReceivedMail } from "./test-helpers";

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
const saved = { DEV_MAILBOX: process.env.DEV_MAILBOX, SMTP_URL: process.env.SMTP_URL };

beforeAll(async () => {
  await useOwnDatabase("secrets");
  const port = await findFreePort();
  smtp = await startSmtpServer(port);
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  delete process.env.DEV_MAILBOX; // as in production: nothing kept for a mailbox
  process.env.NEXTAUTH_URL = "https://dpa.example.test";
  process.env.EMAIL_RETRY_DELAY_SECONDS = "1";
}, 60_000);

afterAll(async () => {
  const { stopWorkers } = await import("@/lib/jobs/worker");
  await stopWorkers();
  await smtp?.close();
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

/** The text of a received mail: quoted-printable soft breaks and escapes undone. */
function bodyOf(mail: ReceivedMail): string {
  return mail.raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

type Column = { schema: string; table: string; column: string; type: string };

/** Every place in the database that could hold one of `needles`, as "schema.table.column". */
async function findInDatabase(needles: { label: string; value: string; isShortCode?: boolean }[]) {
  const { db } = await import("@/lib/db");
  const columns = await db.$queryRaw<Column[]>`
    SELECT c.table_schema AS schema, c.table_name AS table, c.column_name AS column, c.data_type AS type
    FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
    WHERE t.table_type = 'BASE TABLE' AND c.table_schema IN ('public', 'pgboss')
      AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea', 'ARRAY', 'USER-DEFINED')`;
  const found: string[] = [];
  for (const { schema, table, column, type } of columns) {
    const ref = `"${schema}"."${table}"."${column}"`;
    const from = `"${schema}"."${table}"`;
    for (const needle of needles) {
      let sql: string;
      if (type === "bytea") {
        // A PDF has runs of digits anywhere: a 6-digit code is looked for in text only.
        if (needle.isShortCode) continue;
        sql = `SELECT count(*)::int AS n FROM ${from} WHERE position(convert_to($1, 'UTF8') in "${column}") > 0`;
      } else if (needle.isShortCode) {
        // The code as a word of its own, not as digits inside a hash or a timestamp.
        sql = `SELECT count(*)::int AS n FROM ${from} WHERE "${column}"::text ~ ('(^|[^0-9A-Za-z])' || $1 || '($|[^0-9A-Za-z])')`;
      } else {
        sql = `SELECT count(*)::int AS n FROM ${from} WHERE strpos("${column}"::text, $1) > 0`;
      }
      const [row] = await db.$queryRawUnsafe<{ n: number }[]>(sql, needle.value);
      if (row!.n > 0) found.push(`${needle.label} in ${ref}`);
    }
  }
  return { found, columnsScanned: columns.length };
}

describe("secrets at rest", () => {
  it("finds no mailed code, token or link, nor the form's key, in any table after signing, inviting and a new link", async () => {
    const { db } = await import("@/lib/db");
    const { startWorkers } = await import("@/lib/jobs/worker");
    const { createOrgWithMember, signaturePng, uniqueClient, unique } = await import("@/lib/test/factories");
    const { createPublishedAgreement } = await import("@/lib/test/agreements");
    const { inviteMember } = await import("@/lib/members/invite-member");
    const { startSigningSession } = await import("@/lib/signing/start-signing-session");
    const { sendSigningCode } = await import("@/lib/signing/send-signing-code");
    const { verifySigningCode } = await import("@/lib/signing/verify-signing-code");
    const { signAgreement } = await import("@/lib/signing/sign-agreement");
    const { requestDownloadLink } = await import("./request-download-link");
    await startWorkers({ pollingIntervalSeconds: 0.5, queues: ["email.send"] });
    const mailTo = (to: string, count = 1) =>
      waitFor(async () => {
        const mails = smtp.received.filter((mail) => mail.to.includes(to));
        return mails.length >= count && mails.map(bodyOf);
      }, 30_000, `mail to ${to}`);

    const owner = await createOrgWithMember("OWNER");
    const invitee = `${unique("invitee")}@example.test`;
    await inviteMember(owner, { email: invitee, role: "EDITOR" }, uniqueClient());
    const [invitation] = await mailTo(invitee);
    const acceptUrl = invitation!.match(/https:\/\/dpa\.example\.test\/invite\/([0-9a-f]{64})/);
    expect(acceptUrl).not.toBeNull();

    const { versionId } = await createPublishedAgreement(owner);
    const signer = `${unique("signer")}@example.test`;
    const client = uniqueClient();
    const { sessionId } = await startSigningSession(versionId, client);
    await sendSigningCode(sessionId, signer, client);
    const [codeMail] = await mailTo(signer);
    const code = codeMail!.match(/^\s*(\d{6})\s*$/m)?.[1];
    expect(code).toBeDefined();
    await verifySigningCode(sessionId, code!, client);

    const submissionKey = unique("scan-form-key-0123456789");
    const result = await signAgreement(
      {
        versionId,
        signingSessionId: sessionId,
        submissionKey,
        controller: { legalName: "Scan B.V.", registrationNumber: "11223344", addressLine: "Markt 1", postalCode: "6811 CG", city: "Arnhem", country: "NL" },
        signer: { name: "Sam Scan", function: "Directeur", email: signer, place: "Arnhem" },
        method: "DRAWN",
        imageDataUrl: signaturePng(),
        consent: true,
        authority: true,
      },
      client,
    );
    if (result.status !== "signed") throw new Error("expected a new signature");
    const signedMails = await mailTo(signer, 2);
    const signedUrl = signedMails[1]!.match(/https:\/\/dpa\.example\.test\/d\/([A-Za-z0-9_-]{43})/);
    expect(signedUrl?.[1]).toBe(result.downloadToken);

    await requestDownloadLink({ reference: result.reference, email: signer, language: "en" }, uniqueClient());
    const linkMails = await mailTo(signer, 3);
    const newUrl = linkMails[2]!.match(/https:\/\/dpa\.example\.test\/d\/([A-Za-z0-9_-]{43})/);
    expect(newUrl).not.toBeNull();

    // Every mail sent (the processor's copy too); none keeps its encrypted variables.
    await waitFor(async () => (await db.emailMessage.count({ where: { status: { not: "SENT" } } })) === 0, 30_000, "all mail sent");
    expect(await db.emailMessage.count({ where: { encryptedVars: { not: null } } })).toBe(0);

    const started = Date.now();
    const { found, columnsScanned } = await findInDatabase([
      { label: "signing code", value: code!, isShortCode: true },
      { label: "invitation token", value: acceptUrl![1]! },
      { label: "invitation link", value: acceptUrl![0]! },
      { label: "download token (signing)", value: signedUrl![1]! },
      { label: "download link (signing)", value: signedUrl![0]! },
      { label: "download token (requested)", value: newUrl![1]! },
      { label: "download link (requested)", value: newUrl![0]! },
      { label: "signing form key", value: submissionKey },
    ]);
    console.log(`[secrets-at-rest] ${columnsScanned} columns scanned for 8 secrets in ${Date.now() - started} ms: ${found.length} found`);
    expect(columnsScanned).toBeGreaterThan(100);
    expect(found).toEqual([]);

    // The scan does find what is stored on purpose: the reference, and the code's own e-mail address.
    const control = await findInDatabase([{ label: "reference", value: result.reference }]);
    expect(control.found).toContain(`reference in "public"."SignedAgreement"."reference"`);
  }, 120_000);
});
