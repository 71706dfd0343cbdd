// `npm run db:migrate`: applies pending migrations to DATABASE_URL (like `prisma migrate deploy`).
import { applyMigrations } from './migrations.ts';

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error('DATABASE_URL is not set. Example: DATABASE_URL=postgres://user:password@localhost:5432/dpa npm run db:migrate');
    return 1;
  }
  await applyMigrations(databaseUrl, { log: console.log });
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
