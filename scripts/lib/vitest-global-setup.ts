// Lets `npx vitest` (an editor, `npm run test:unit`) work without `npm test`: when no test server is
// given in TEST_DATABASE_ADMIN_URL, start a throwaway embedded PostgreSQL for this run.
// `npm test` (scripts/test.ts) sets TEST_DATABASE_ADMIN_URL and DATABASE_URL itself, and then this
// does nothing. DATABASE_URL from the shell (perhaps a development database) is never used alone:
// without TEST_DATABASE_ADMIN_URL it is replaced by a fresh test database.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDatabaseIfMissing } from "./embedded-postgres";
import type { EmbeddedPostgres } from "./embedded-postgres";

export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  const adminUrl = process.env.TEST_DATABASE_ADMIN_URL;
  if (adminUrl && process.env.DATABASE_URL) return undefined;

  let database: EmbeddedPostgres | undefined;
  let workDir: string | undefined;
  let testDatabaseUrl: string;
  const { applyMigrations } = await import("../db/migrations");
  if (adminUrl) {
    const url = new URL(adminUrl);
    url.pathname = `/dpa_unit_${process.pid}`;
    await createDatabaseIfMissing(adminUrl, url.pathname.slice(1));
    testDatabaseUrl = url.toString();
  } else {
    const { startEmbeddedPostgres } = await import("./embedded-postgres");
    const { findFreePort } = await import("./free-port");
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), "dpa-vitest-"));
    fs.chmodSync(workDir, 0o755);
    database = await startEmbeddedPostgres({
      dataDir: path.join(workDir, "postgres"),
      port: await findFreePort(),
      persistent: false,
      isDurabilityRelaxed: true,
      logFile: path.join(workDir, "postgres.log"),
    });
    process.env.TEST_DATABASE_ADMIN_URL = database.adminUrl;
    testDatabaseUrl = await database.ensureDatabase("dpa_unit");
  }
  // Used as the app uses it: through the runtime role with DML grants only (scripts/db/database-roles.ts).
  const { RUNTIME_ROLE, ensureRuntimeRole, urlWithRole } = await import("../db/database-roles");
  const runtimeUrl = process.env.TEST_DATABASE_RUNTIME_URL;
  const runtimePassword = runtimeUrl ? decodeURIComponent(new URL(runtimeUrl).password) : randomBytes(18).toString("base64url");
  if (!runtimeUrl) {
    await ensureRuntimeRole(process.env.TEST_DATABASE_ADMIN_URL!, RUNTIME_ROLE, runtimePassword);
    process.env.TEST_DATABASE_RUNTIME_URL = urlWithRole(process.env.TEST_DATABASE_ADMIN_URL!, RUNTIME_ROLE, runtimePassword);
  }
  await applyMigrations(testDatabaseUrl, { runtimeRole: RUNTIME_ROLE });
  process.env.DATABASE_URL = urlWithRole(testDatabaseUrl, RUNTIME_ROLE, runtimePassword);

  return async () => {
    await database?.stop();
    if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
  };
}
