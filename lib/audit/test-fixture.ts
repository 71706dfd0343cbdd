// Test helper (not application code): a database of its own with a small audit trail in it, so tests
// can tamper with it (triggers off) without disturbing tests that run in parallel on the shared one.
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db";
import { applyMigrations } from "@/scripts/db/migrations";
import { recordEvent, type AuditInput, type AuditInputBase } from "./record-event";

process.env.NEXTAUTH_SECRET ??= "test-secret-for-vitest-only";

const adminUrl = () => {
  const url = process.env.TEST_DATABASE_ADMIN_URL;
  if (!url) throw new Error("TEST_DATABASE_ADMIN_URL is not set (the vitest setup sets it)");
  return url;
};

async function asAdmin(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

export type OwnDatabase = { url: string; client: PrismaClient; drop: () => Promise<void> };

/** A new, migrated database on the test server, and a Prisma client for it. */
export async function createOwnDatabase(purpose: string): Promise<OwnDatabase> {
  const name = `dpa_test_${purpose}_${process.pid}_${randomBytes(4).toString("hex")}`;
  await asAdmin(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url.toString(), max: 4 }) });
  return {
    url: url.toString(),
    client,
    drop: async () => {
      await client.$disconnect();
      await asAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

export type TrailFixture = {
  organisationId: string;
  signingSessionId: string;
  signedAgreementId: string;
  /** Seqs by name: s1..s3 (signing session), a1..a4 (signed agreement), o1..o3 (organisation). */
  seq: Record<string, bigint>;
  /** Seq numbers taken and left unused: between s3 and a1, and between a2 and a3. */
  gaps: { beforeSigning: bigint; betweenA2A3: bigint };
};

const client = { ip: "198.51.100.23", userAgent: "Mozilla/5.0 (fixture)" };

/**
 * Organisation, version, signing session and signed agreement, with events in three chains,
 * interleaved as in real life: the session's, the signed agreement's and the organisation's.
 */
export async function createTrail(db: PrismaClient): Promise<TrailFixture> {
  const id = randomBytes(4).toString("hex");
  const [organisationId, agreementId, versionId, controllerId, signingSessionId, signedAgreementId] = [
    "org", "agr", "ver", "ctl", "ses", "sa",
  ].map((prefix) => `${prefix}_${id}`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Organisation" (id, slug, "legalName", "registrationNumber", country, "addressLine", "postalCode", city, "privacyEmail", "updatedAt")
    VALUES ('${organisationId}', '${organisationId}', 'Verwerker B.V.', '12345678', 'NL', 'Straat 1', '1234 AB', 'Utrecht', 'privacy@example.nl', now())`);
  await db.$executeRawUnsafe(`INSERT INTO "Agreement" (id, "organisationId", slug, title, language) VALUES ('${agreementId}', '${organisationId}', 'dpa', 'DPA', 'nl')`);
  await db.$executeRawUnsafe(`
    INSERT INTO "AgreementVersion" (id, "agreementId", "organisationId", language, title, "updatedAt")
    VALUES ('${versionId}', '${agreementId}', '${organisationId}', 'nl', 'Versie', now())`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Controller" (id, "processorOrganisationId", "legalName", "registrationNumber", "addressLine", "postalCode", city, country)
    VALUES ('${controllerId}', '${organisationId}', 'Bakkerij B.V.', '58123947', 'Oudegracht 1', '3511 AX', 'Utrecht', 'NL')`);
  await db.$executeRawUnsafe(`
    INSERT INTO "SigningSession" (id, "versionId", email, "expiresAt") VALUES ('${signingSessionId}', '${versionId}', 'bram@bakkerij.test', now() + interval '1 hour')`);

  const seq: Record<string, bigint> = {};
  const base = { actorType: "SIGNER", actorEmail: "bram@bakkerij.test", organisationId, agreementId, versionId, client } as const;
  // Named s1..a4 for the tests; each is an event of the catalogue with data that fits it.
  const record = async (name: string, event: Partial<AuditInputBase> & Pick<AuditInput, "type" | "data">) => {
    const row = await db.$transaction((tx) => recordEvent(tx as unknown as Tx, { ...base, ...event } as AuditInput));
    seq[name] = row.seq;
  };
  const skipSeq = async () => {
    const rows = await db.$queryRawUnsafe<{ seq: bigint }[]>(`SELECT nextval(pg_get_serial_sequence('"AuditEvent"', 'seq')) AS seq`);
    return BigInt(rows[0].seq);
  };
  const inSession = { signingSessionId };
  const ofOrganisation = { actorType: "USER", actorEmail: "sanne@verwerker.test" } as const;

  await record("s1", { ...inSession, type: "agreement.viewed", data: { contentHash: "cd".repeat(32) } });
  await record("o1", { ...ofOrganisation, type: "member.invited", data: { invitationId: "inv_1", role: "EDITOR" } });
  await record("s2", { ...inSession, type: "signing.code_sent", data: { verificationId: "ev_1", expiresAt: "2026-01-01T00:10:00.000Z" } });
  await record("s3", { ...inSession, type: "signing.code_accepted", data: { verificationId: "ev_1", attempts: 1 } });
  const beforeSigning = await skipSeq();
  await db.$executeRawUnsafe(`
    INSERT INTO "SignedAgreement" (id, "organisationId", "agreementId", "versionId", "controllerId", reference, "submissionKey", "signerKey",
      "downloadTokenHash", "signingSessionId", "signedAt")
    VALUES ('${signedAgreementId}', '${organisationId}', '${agreementId}', '${versionId}', '${controllerId}', 'DPA-2026-${id.toUpperCase()}',
      'sub_${id}', 'signer_${id}', 'dl_${id}', '${signingSessionId}', now())`);
  const signed = { ...inSession, signedAgreementId };
  await record("a1", { ...signed, type: "signing.consent_given", data: { authority: true } });
  await record("o2", { ...ofOrganisation, type: "member.invited", data: { invitationId: "inv_2", role: "VIEWER" } });
  await record("a2", { ...signed, type: "agreement.signed", data: { reference: `DPA-2026-${id.toUpperCase()}`, contentHash: "cd".repeat(32), method: "TYPED" } });
  const betweenA2A3 = await skipSeq();
  await record("a3", { ...signed, actorType: "SYSTEM", actorEmail: null, client: undefined, type: "pdf.sealed", data: { sha256: "ab".repeat(32), level: "B-B" } });
  await record("o3", { ...ofOrganisation, type: "invitation.revoked", data: { invitationId: "inv_2" } });
  await record("a4", { ...signed, actorType: "PUBLIC", type: "pdf.downloaded", data: { via: "download-link", sha256: "ab".repeat(32) } });
  return { organisationId, signingSessionId, signedAgreementId, seq, gaps: { beforeSigning, betweenA2A3 } };
}

class Rollback extends Error {}

/**
 * Runs `tamper` with every trigger off (superuser: session_replication_role = replica), then `check`
 * in the same transaction, then rolls everything back.
 */
export async function whileTampered<T>(db: PrismaClient, tamper: (tx: Tx) => Promise<unknown>, check: (tx: Tx) => Promise<T>): Promise<T> {
  let result: T | undefined;
  await db
    .$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL session_replication_role = replica");
        await tamper(tx as unknown as Tx);
        await tx.$executeRawUnsafe("SET LOCAL session_replication_role = origin");
        result = await check(tx as unknown as Tx);
        throw new Rollback();
      },
      { timeout: 30_000 },
    )
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return result as T;
}
