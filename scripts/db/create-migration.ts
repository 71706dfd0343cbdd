// `npm run db:migration -- <name>`: writes a migration for the changes in prisma/schema.prisma.
// `npm run db:migration -- <name> --empty` writes one for hand-written SQL (triggers, data fixes).
import { createMigration } from './migrations.ts';

const USAGE = 'Usage: npm run db:migration -- <name> [--empty]   (name: lowercase letters, digits, _)';

async function main() {
  const args = process.argv.slice(2);
  const allowEmpty = args.includes('--empty');
  const names = args.filter((arg) => arg !== '--empty');
  if (names.length !== 1) {
    console.error(USAGE);
    return 1;
  }
  await createMigration(names[0], { allowEmpty });
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
