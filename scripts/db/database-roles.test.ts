import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabaseIfMissing } from '../lib/embedded-postgres.ts';
import { RUNTIME_ROLE, asTestRuntimeRole, roleOfUrl, runtimeRoleProblems } from './database-roles.ts';
import { applyMigrations } from './migrations.ts';

// The app's database role (docs/decisions/011-database-roles.md): DML only. Everything here runs as
// that role, on a database of its own that the owner migrated, with a signed agreement in it.

const adminUrl = process.env.TEST_DATABASE_ADMIN_URL!;
const name = `dpa_roles_${process.pid}_${randomBytes(3).toString('hex')}`;
let ownerUrl: string;
let app: pg.Client;
let owner: pg.Client;

beforeAll(async () => {
  await createDatabaseIfMissing(adminUrl, name);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  ownerUrl = url.toString();
  await applyMigrations(ownerUrl, { runtimeRole: RUNTIME_ROLE });
  owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  await owner.query(`
    INSERT INTO "Organisation" (id, slug, "legalName", "registrationNumber", country, "addressLine", "postalCode", city, "privacyEmail", "updatedAt")
    VALUES ('org', 'org', 'Verwerker B.V.', '12345678', 'NL', 'Straat 1', '1234 AB', 'Utrecht', 'privacy@example.nl', now()),
           ('org2', 'org2', 'Ander B.V.', '87654321', 'NL', 'Straat 2', '1234 AB', 'Utrecht', 'privacy@example.nl', now());
    INSERT INTO "Agreement" (id, "organisationId", slug, title, language) VALUES ('agr', 'org', 'dpa', 'Verwerkersovereenkomst', 'nl');
    INSERT INTO "AgreementVersion" (id, "agreementId", "organisationId", language, title, "updatedAt")
    VALUES ('v1', 'agr', 'org', 'nl', 'Versie 1', now()), ('v2', 'agr', 'org', 'nl', 'Versie 2', now());
    UPDATE "AgreementVersion" SET status = 'PUBLISHED', number = 1, "publishedAt" = now() WHERE id = 'v1';
    INSERT INTO "Controller" (id, "processorOrganisationId", "legalName", "registrationNumber", "addressLine", "postalCode", city, country)
    VALUES ('ctl', 'org', 'Klant B.V.', '11112222', 'Weg 1', '1000 AA', 'Amsterdam', 'NL'),
           ('ctl_free', 'org', 'Prospect B.V.', '33334444', 'Weg 2', '1000 AA', 'Amsterdam', 'NL');
    INSERT INTO "SignedAgreement" (id, "organisationId", "agreementId", "versionId", "controllerId", reference, "submissionKey", "signerKey",
      "downloadTokenHash", "signedAt")
    VALUES ('sa', 'org', 'agr', 'v1', 'ctl', 'DPA-2026-ROLES1', 'sub', 'signer', 'dl', now());
  `);
  app = new pg.Client({ connectionString: asTestRuntimeRole(ownerUrl) });
  await app.connect();
});

afterAll(async () => {
  await app?.end();
  await owner?.end();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
});

const denied = { code: '42501' }; // insufficient_privilege
const immutable = { code: 'IM001', message: expect.stringMatching(/^immutable: /) };

describe('the runtime role', () => {
  it('is what the test suite itself connects as: no superuser, owns no table', async () => {
    expect(roleOfUrl(process.env.DATABASE_URL!)).toBe(RUNTIME_ROLE);
    expect(await runtimeRoleProblems(process.env.DATABASE_URL!)).toEqual([]);
    expect(await runtimeRoleProblems(asTestRuntimeRole(ownerUrl))).toEqual([]);
    // The check can fail: the owner (here the superuser) is reported.
    expect(await runtimeRoleProblems(ownerUrl)).toEqual(expect.arrayContaining(['it is a superuser']));
  });

  it('reads and writes rows, and queues jobs in pg-boss', async () => {
    await app.query(`UPDATE "Organisation" SET city = 'Zwolle' WHERE id = 'org'`);
    const { rows } = await app.query(`SELECT city FROM "Organisation" WHERE id = 'org'`);
    expect(rows).toEqual([{ city: 'Zwolle' }]);
    const queues = await app.query(`SELECT name FROM pgboss.queue ORDER BY name`);
    expect(queues.rows.map((row) => row.name)).toEqual(['audit.anchor', 'email.send', 'pdf.seal', 'retention.prune']);
    await app.query(`INSERT INTO pgboss.job (name, data) VALUES ('email.send', '{}')`);
    await app.query(`DELETE FROM pgboss.job WHERE name = 'email.send'`);
  });

  it.each([
    ['ALTER TABLE "SignedAgreement" DISABLE TRIGGER ALL'],
    ['ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_delete"'],
    ['ALTER TABLE "Signature" ADD COLUMN forged TEXT'],
    ['DROP TABLE "AuditEvent"'],
    ['DROP TRIGGER "SignedAgreement_guard" ON "SignedAgreement"'],
    ['TRUNCATE "AuditEvent"'],
    ['TRUNCATE "SignedAgreement" CASCADE'],
    ['CREATE TABLE "Forged" (id TEXT)'],
    ['CREATE SCHEMA forged'],
    ['SET session_replication_role = replica'],
    ['ALTER TABLE pgboss.job DISABLE TRIGGER ALL'],
    [`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ('x', 'x', 'forged', now(), 1)`],
  ])('is refused: %s', async (sql) => {
    await expect(app.query(sql)).rejects.toMatchObject(denied);
  });
});

describe('evidence triggers (they bind the owner too)', () => {
  for (const as of ['runtime', 'owner'] as const) {
    const client = () => (as === 'runtime' ? app : owner);

    it(`refuses, as the ${as}, to change what a signed agreement is`, async () => {
      for (const sql of [
        `UPDATE "SignedAgreement" SET "versionId" = 'v2' WHERE id = 'sa'`,
        `UPDATE "SignedAgreement" SET "controllerId" = 'ctl_free' WHERE id = 'sa'`,
        `UPDATE "SignedAgreement" SET "signedAt" = now() - interval '1 year' WHERE id = 'sa'`,
        `UPDATE "SignedAgreement" SET reference = 'DPA-2026-FORGED' WHERE id = 'sa'`,
        `DELETE FROM "SignedAgreement" WHERE id = 'sa'`,
        `UPDATE "Controller" SET "legalName" = 'Iemand anders B.V.' WHERE id = 'ctl'`,
        `DELETE FROM "Controller" WHERE id = 'ctl'`,
        `UPDATE "Agreement" SET "organisationId" = 'org2' WHERE id = 'agr'`,
      ]) {
        await expect(client().query(sql), sql).rejects.toMatchObject(immutable);
      }
      if (as === 'owner') {
        for (const table of ['SignedAgreement', 'Controller', 'Document', 'StoredBlob', 'AgreementVersion', 'Agreement', 'Objection', 'Clause']) {
          await expect(owner.query(`TRUNCATE "${table}" CASCADE`), table).rejects.toMatchObject(immutable);
        }
      }
    });
  }

  it('lets sealing, allowed status changes and a new download link through, and nothing after TERMINATED', async () => {
    await app.query(`INSERT INTO "Document" (id, sha256, "contentType", size) VALUES ('pdf1', 'aa', 'application/pdf', 4), ('pdf2', 'bb', 'application/pdf', 4)`);
    await app.query(`UPDATE "SignedAgreement" SET "documentId" = 'pdf1', "unsealedDocumentId" = 'pdf1', "sealStatus" = 'PENDING', "sealAttempts" = 1 WHERE id = 'sa'`);
    await app.query(`UPDATE "SignedAgreement" SET "documentId" = 'pdf2', "pdfSha256" = 'bb', "sealStatus" = 'SEALED', "sealLevel" = 'B-B', "sealedAt" = now(), "sealAttempts" = 2 WHERE id = 'sa'`);
    await app.query(`UPDATE "SignedAgreement" SET "downloadTokenHash" = 'dl2' WHERE id = 'sa'`);
    await expect(app.query(`UPDATE "SignedAgreement" SET "documentId" = 'pdf1' WHERE id = 'sa'`)).rejects.toMatchObject(immutable);
    await expect(app.query(`UPDATE "SignedAgreement" SET "unsealedDocumentId" = 'pdf2' WHERE id = 'sa'`)).rejects.toMatchObject(immutable);
    await expect(app.query(`UPDATE "SignedAgreement" SET "sealStatus" = 'PENDING' WHERE id = 'sa'`)).rejects.toMatchObject(immutable);
    await app.query(`UPDATE "SignedAgreement" SET status = 'OBJECTED' WHERE id = 'sa'`);
    await app.query(`UPDATE "SignedAgreement" SET status = 'TERMINATED' WHERE id = 'sa'`);
    await expect(app.query(`UPDATE "SignedAgreement" SET status = 'SIGNED' WHERE id = 'sa'`)).rejects.toMatchObject(immutable);
    const { rows } = await owner.query(`SELECT "versionId", "documentId", status FROM "SignedAgreement" WHERE id = 'sa'`);
    expect(rows).toEqual([{ versionId: 'v1', documentId: 'pdf2', status: 'TERMINATED' }]);
  });

  it('leaves a controller that nobody signed for editable, and lets an agreement be renamed', async () => {
    await app.query(`UPDATE "Controller" SET "legalName" = 'Prospect Holding B.V.' WHERE id = 'ctl_free'`);
    await app.query(`UPDATE "Controller" SET "organisationId" = 'org2' WHERE id = 'ctl'`); // the account link only
    await app.query(`UPDATE "Agreement" SET title = 'DPA' WHERE id = 'agr'`);
    await app.query(`DELETE FROM "Controller" WHERE id = 'ctl_free'`);
  });
});
