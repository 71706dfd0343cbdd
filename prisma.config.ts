// Prisma 7 reads connection URLs from here, not from schema.prisma.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  // Not env('DATABASE_URL'): that throws when the variable is unset, and `prisma generate` runs at
  // postinstall, where no database is configured. Commands that need a database say so themselves.
  datasource: { url: process.env.DATABASE_URL },
});
