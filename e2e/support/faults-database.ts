// Prepares a database of its own for e2e/faults.spec.ts, whose outage must not hit the other specs:
// creates it, migrates it, seeds the demo data and makes verified signing sessions for the demo's
// published Dutch DPA (as bench/signing.ts does: the code round trip is not what is tested).
// Run by the spec with tsx and the server-only hook:
//   tsx --import ./scripts/lib/server-only-hook.mjs e2e/support/faults-database.ts <database> <sessions>
// Prints one line "FAULTS_SETUP {json}".
import { createDatabaseIfMissing } from "../../scripts/lib/embedded-postgres";

async function main() {
  const [databaseName, countArg] = process.argv.slice(2);
  const adminUrl = process.env.TEST_DATABASE_ADMIN_URL;
  if (!adminUrl || !databaseName || !/^[a-z0-9_]+$/.test(databaseName)) throw new Error("usage: faults-database.ts <database> <sessions> (with TEST_DATABASE_ADMIN_URL)");
  const url = new URL(adminUrl);
  url.pathname = `/${databaseName}`;
  const databaseUrl = url.toString();
  await createDatabaseIfMissing(adminUrl, databaseName);
  process.env.DATABASE_URL = databaseUrl;

  const { applyMigrations } = await import("../../scripts/db/migrations");
  await applyMigrations(databaseUrl, { log: () => {} });
  const { seedDemoData } = await import("../../prisma/seed");
  await seedDemoData(databaseUrl);

  const { db } = await import("../../lib/db");
  const agreement = await db.agreement.findFirst({
    where: { organisation: { slug: "offertewerk" }, language: "nl", archivedAt: null, versions: { some: { status: "PUBLISHED" } } },
    select: { versions: { where: { status: "PUBLISHED" }, select: { id: true } } },
  });
  const versionId = agreement?.versions[0]?.id;
  if (!versionId) throw new Error("the demo data has no published Dutch agreement");

  const { unsafeCreateVerifiedSigningSession } = await import("../../lib/signing/unsafe-create-verified-signing-session");
  const run = Math.random().toString(36).slice(2, 8);
  const sessions: { sessionId: string; email: string }[] = [];
  for (let i = 0; i < Number(countArg ?? 0); i++) {
    const email = `storing-${run}-${i}@klant-${run}.example`;
    const { sessionId } = await unsafeCreateVerifiedSigningSession(versionId, email, { ip: "127.0.0.1", userAgent: "e2e-faults" }, { assertedBy: "e2e/faults.spec.ts" });
    sessions.push({ sessionId, email });
  }
  console.log(`FAULTS_SETUP ${JSON.stringify({ databaseUrl, versionId, sessions })}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
