// `npm run db:migrate`: applies pending migrations (like `prisma migrate deploy`) as the owner of the
// tables, DATABASE_MIGRATION_URL (else DATABASE_URL), and grants the role of DATABASE_URL DML only.
import { roleOfUrl } from './database-roles.ts';
import { applyMigrations } from './migrations.ts';

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  const migrationUrl = process.env.DATABASE_MIGRATION_URL || databaseUrl;
  if (!migrationUrl) {
    console.error(
      'DATABASE_MIGRATION_URL (the owner of the tables) or DATABASE_URL is not set. Example: DATABASE_MIGRATION_URL=postgres://owner:password@localhost:5432/dpa DATABASE_URL=postgres://dpa_app:password@localhost:5432/dpa npm run db:migrate',
    );
    return 1;
  }
  const runtimeRole = databaseUrl && databaseUrl !== migrationUrl ? roleOfUrl(databaseUrl) : undefined;
  if (!runtimeRole) console.warn('DATABASE_MIGRATION_URL is not set: migrating as the role of DATABASE_URL, and granting nothing.');
  await applyMigrations(migrationUrl, { log: console.log, runtimeRole });
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('Migrating failed:', error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
