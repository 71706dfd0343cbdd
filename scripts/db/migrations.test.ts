// The migrations against a real PostgreSQL: they build exactly the database schema.prisma describes,
// apply once, and their triggers keep facts immutable.
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyMigrations,
  createMigration,
  diffFromEmpty,
  migrationsDir,
  schemaChangesSinceLastMigration,
  schemaPath,
} from './migrations.ts';

const adminUrl = process.env.TEST_DATABASE_ADMIN_URL;
const MISSING_ADMIN_URL =
  'TEST_DATABASE_ADMIN_URL is not set: give a superuser URL, e.g. postgres://postgres:postgres@localhost:54329/postgres';
const createdDatabases: string[] = [];

const migrationNames = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  if (!adminUrl) {
    throw new Error(MISSING_ADMIN_URL);
  }
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function createTestDatabase(purpose: string): Promise<string> {
  const name = `dpa_test_${purpose}_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE "${name}"`));
  createdDatabases.push(name);
  const url = new URL(adminUrl!);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withDatabase<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// Everything in the public schema that Prisma manages, as sorted text lines. Column order and enum
// value order are left out: a later migration appends where schema.prisma may put them in between.
async function readCatalog(url: string): Promise<Record<string, string[]>> {
  const queries: Record<string, string> = {
    tables: `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'`,
    columns: `SELECT c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
                || COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '')
                || CASE WHEN a.attidentity <> '' THEN ' IDENTITY' ELSE '' END
              FROM pg_attribute a
              JOIN pg_class c ON c.oid = a.attrelid
              JOIN pg_namespace n ON n.oid = c.relnamespace
              LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
              WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
                AND a.attnum > 0 AND NOT a.attisdropped`,
    indexes: `SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    constraints: `SELECT c.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid)
                  FROM pg_constraint k
                  JOIN pg_class c ON c.oid = k.conrelid
                  JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname = 'public' AND c.relname <> '_prisma_migrations'`,
    enums: `SELECT t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumlabel)
            FROM pg_type t
            JOIN pg_enum e ON e.enumtypid = t.oid
            JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE n.nspname = 'public' GROUP BY t.typname`,
    sequences: `SELECT sequencename || ' ' || data_type FROM pg_sequences WHERE schemaname = 'public'`,
  };
  return withDatabase(url, async (client) => {
    const catalog: Record<string, string[]> = {};
    for (const [kind, sql] of Object.entries(queries)) {
      const { rows } = await client.query({ text: sql, rowMode: 'array' });
      catalog[kind] = rows.map((row) => String(row[0])).sort();
    }
    return catalog;
  });
}

// Fail, not skip: a green run without a database would prove nothing.
it('runs against a real PostgreSQL', () => {
  expect(adminUrl, MISSING_ADMIN_URL).toBeTruthy();
});

afterAll(async () => {
  if (!adminUrl || createdDatabases.length === 0) return;
  await withAdmin(async (admin) => {
    for (const name of createdDatabases) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
});

describe('applyMigrations', () => {
  let migratedUrl: string;

  beforeAll(async () => {
    migratedUrl = await createTestDatabase('migrated');
  });

  it('applies every migration once, also when two instances start together', async () => {
    const [first, second] = await Promise.all([applyMigrations(migratedUrl), applyMigrations(migratedUrl)]);
    expect([...first.applied, ...second.applied].sort()).toEqual(migrationNames);
    expect(await applyMigrations(migratedUrl)).toEqual({ applied: [] });
  });

  it('records migrations in _prisma_migrations as `prisma migrate deploy` does', async () => {
    const rows = await withDatabase(migratedUrl, async (client) => {
      const result = await client.query(
        'SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name',
      );
      return result.rows;
    });
    expect(rows).toEqual(
      migrationNames.map((name) => ({
        migration_name: name,
        // The native engine compares this checksum of the file with what it finds on disk.
        checksum: createHash('sha256').update(readFileSync(path.join(migrationsDir, name, 'migration.sql'))).digest('hex'),
        finished_at: expect.any(Date),
        rolled_back_at: null,
        applied_steps_count: 1,
      })),
    );
  });

  it('builds exactly the database that schema.prisma describes (no drift)', async () => {
    const expectedUrl = await createTestDatabase('expected');
    const script = await diffFromEmpty(readFileSync(schemaPath, 'utf8'));
    await withDatabase(expectedUrl, (client) => client.query(script));

    const expected = await readCatalog(expectedUrl);
    expect(expected.tables).toContain('AgreementVersion'); // the comparison is not of two empty lists
    expect(await readCatalog(migratedUrl)).toEqual(expected);
  });
});

describe('createMigration', () => {
  it('has nothing to add: the snapshot is the current schema.prisma', async () => {
    expect(await schemaChangesSinceLastMigration()).toBeNull();
  });

  it('refuses names that are not lowercase letters, digits and underscores', async () => {
    await expect(createMigration('Add-Users')).rejects.toThrow(/Invalid migration name/);
    await expect(createMigration('../escape')).rejects.toThrow(/Invalid migration name/);
    await expect(createMigration('')).rejects.toThrow(/Invalid migration name/);
  });
});

describe('immutable facts (triggers)', () => {
  let db: pg.Client;

  beforeAll(async () => {
    const url = await createTestDatabase('facts');
    await applyMigrations(url);
    db = new pg.Client({ connectionString: url });
    await db.connect();
    await db.query(`
      INSERT INTO "Organisation" (id, slug, "legalName", "registrationNumber", country, "addressLine", "postalCode", city, "privacyEmail", "updatedAt")
      VALUES ('org', 'org', 'Verwerker B.V.', '12345678', 'NL', 'Straat 1', '1234 AB', 'Utrecht', 'privacy@example.nl', now());
      INSERT INTO "Agreement" (id, "organisationId", slug, title, language)
      VALUES ('agr', 'org', 'dpa', 'Verwerkersovereenkomst', 'nl');
    `);
  });

  afterAll(async () => {
    await db?.end();
  });

  let lastVersionNumber = 0;

  // A version with one article, clause, data category, data item and sub-processor.
  async function insertVersion(id: string, status: 'DRAFT' | 'PUBLISHED'): Promise<void> {
    await db.query(`
      INSERT INTO "AgreementVersion" (id, "agreementId", "organisationId", language, title, "updatedAt")
      VALUES ('${id}', 'agr', 'org', 'nl', 'Versie', now());
      INSERT INTO "Article" (id, "versionId", position, title) VALUES ('${id}_art', '${id}', 0, 'Definities');
      INSERT INTO "Clause" (id, "articleId", position, content) VALUES ('${id}_cl', '${id}_art', 0, '{}');
      INSERT INTO "DataSubjectCategory" (id, "versionId", position, name) VALUES ('${id}_cat', '${id}', 0, 'Klanten');
      INSERT INTO "PersonalDataItem" (id, "categoryId", position, name) VALUES ('${id}_item', '${id}_cat', 0, 'E-mailadres');
      INSERT INTO "SubProcessor" (id, "versionId", position, name, "serviceArea", purposes, "dataConcerned", country)
      VALUES ('${id}_sub', '${id}', 0, 'Hosting B.V.', 'app', 'hosting', 'alle', 'NL');
    `);
    if (status === 'PUBLISHED') {
      await db.query(`UPDATE "AgreementVersion" SET status = 'PUBLISHED', number = $2, "publishedAt" = now() WHERE id = $1`, [
        id,
        ++lastVersionNumber,
      ]);
    }
  }

  const refused = { code: 'IM001', message: expect.stringMatching(/^immutable: /) };

  it('lets a draft and its content be edited and deleted', async () => {
    await insertVersion('draft', 'DRAFT');
    await db.query(`UPDATE "AgreementVersion" SET title = 'Nieuw' WHERE id = 'draft'`);
    await db.query(`UPDATE "Clause" SET content = '{"edited": true}' WHERE id = 'draft_cl'`);
    await db.query(`DELETE FROM "AgreementVersion" WHERE id = 'draft'`); // cascades to its content
    const { rowCount } = await db.query(`SELECT 1 FROM "Clause" WHERE id = 'draft_cl'`);
    expect(rowCount).toBe(0);
  });

  it('refuses to change or delete a published version, but lets it be retired', async () => {
    await insertVersion('pub', 'PUBLISHED');
    await expect(db.query(`UPDATE "AgreementVersion" SET title = 'Anders' WHERE id = 'pub'`)).rejects.toMatchObject(refused);
    await expect(db.query(`DELETE FROM "AgreementVersion" WHERE id = 'pub'`)).rejects.toMatchObject(refused);
    await expect(
      db.query(`UPDATE "AgreementVersion" SET status = 'RETIRED', "retiredAt" = now(), title = 'Anders' WHERE id = 'pub'`),
    ).rejects.toMatchObject(refused);

    await db.query(`UPDATE "AgreementVersion" SET status = 'RETIRED', "retiredAt" = now(), "updatedAt" = now() WHERE id = 'pub'`);
    await expect(db.query(`UPDATE "AgreementVersion" SET status = 'PUBLISHED' WHERE id = 'pub'`)).rejects.toMatchObject(refused);
    await expect(db.query(`DELETE FROM "AgreementVersion" WHERE id = 'pub'`)).rejects.toMatchObject(refused);
    const { rows } = await db.query(`SELECT status, title FROM "AgreementVersion" WHERE id = 'pub'`);
    expect(rows).toEqual([{ status: 'RETIRED', title: 'Versie' }]);
  });

  it('refuses to change the content of a published version', async () => {
    await insertVersion('frozen', 'PUBLISHED');
    const attempts = [
      `UPDATE "Article" SET title = 'Anders' WHERE id = 'frozen_art'`,
      `DELETE FROM "Article" WHERE id = 'frozen_art'`,
      `INSERT INTO "Article" (id, "versionId", position, title) VALUES ('extra', 'frozen', 1, 'Extra')`,
      `UPDATE "Clause" SET content = '{"edited": true}' WHERE id = 'frozen_cl'`,
      `INSERT INTO "Clause" (id, "articleId", position, content) VALUES ('extra', 'frozen_art', 1, '{}')`,
      `DELETE FROM "DataSubjectCategory" WHERE id = 'frozen_cat'`,
      `UPDATE "PersonalDataItem" SET name = 'BSN' WHERE id = 'frozen_item'`,
      `UPDATE "SubProcessor" SET country = 'US' WHERE id = 'frozen_sub'`,
    ];
    for (const sql of attempts) await expect(db.query(sql), sql).rejects.toMatchObject(refused);
  });

  it('keeps signatures and audit events append-only', async () => {
    await insertVersion('signed', 'PUBLISHED');
    await db.query(`
      INSERT INTO "Signature" (id, party, "versionId", "signerName", "signerFunction", "signerEmail", "organisationName",
        place, method, "imagePng", "contentHash", "consentText")
      VALUES ('sig', 'PROCESSOR', 'signed', 'A. de Vries', 'Directeur', 'a@example.nl', 'Verwerker B.V.', 'Utrecht',
        'TYPED', '\\x89504e47', 'abc', 'Ik ga akkoord');
      INSERT INTO "AuditEvent" (id, type, "actorType") VALUES ('evt', 'version.published', 'SYSTEM');
    `);
    for (const table of ['Signature', 'AuditEvent']) {
      const id = table === 'Signature' ? 'sig' : 'evt';
      await expect(db.query(`UPDATE "${table}" SET id = id WHERE id = '${id}'`)).rejects.toMatchObject(refused);
      await expect(db.query(`DELETE FROM "${table}" WHERE id = '${id}'`)).rejects.toMatchObject(refused);
      await expect(db.query(`TRUNCATE "${table}" CASCADE`)).rejects.toMatchObject(refused);
    }
  });

  it("refuses to change a stored document's content", async () => {
    await db.query(`INSERT INTO "StoredBlob" (sha256, "contentType", bytes, size) VALUES ('aa', 'application/pdf', '\\x25504446', 4)`);
    await db.query(`INSERT INTO "Document" (id, sha256, "contentType", size) VALUES ('doc', 'aa', 'application/pdf', 4)`);
    await expect(db.query(`UPDATE "StoredBlob" SET bytes = '\\x00' WHERE sha256 = 'aa'`)).rejects.toMatchObject(refused);
    await expect(db.query(`DELETE FROM "StoredBlob" WHERE sha256 = 'aa'`)).rejects.toMatchObject(refused);
    await expect(db.query(`TRUNCATE "StoredBlob"`)).rejects.toMatchObject(refused);
    await expect(db.query(`UPDATE "Document" SET sha256 = 'bb' WHERE id = 'doc'`)).rejects.toMatchObject(refused);
    await expect(db.query(`UPDATE "Document" SET size = 5 WHERE id = 'doc'`)).rejects.toMatchObject(refused);
    await db.query(`UPDATE "Document" SET "contentType" = 'application/pdf; v=2' WHERE id = 'doc'`);
    await db.query(`DELETE FROM "Document" WHERE id = 'doc'`); // nothing signed refers to it
  });
});
