// Test helpers for mail: a private, migrated database (so a test's job worker sees only its own
// jobs, not those other test files queue at the same time) and a real SMTP server that records.
import { SMTPServer } from "smtp-server";
import { createDatabaseIfMissing } from "@/scripts/lib/embedded-postgres";
import { applyMigrations } from "@/scripts/db/migrations";
import { RUNTIME_ROLE, asTestRuntimeRole } from "@/scripts/db/database-roles";

/** Points this test file's process at a new, migrated database; call before anything uses `db`. */
export async function useOwnDatabase(name: string): Promise<void> {
  const adminUrl = process.env.TEST_DATABASE_ADMIN_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_ADMIN_URL is not set");
  const url = new URL(adminUrl);
  url.pathname = `/dpa_${name}_${process.pid}_${Date.now()}`;
  await createDatabaseIfMissing(adminUrl, url.pathname.slice(1));
  await applyMigrations(url.toString(), { runtimeRole: RUNTIME_ROLE });
  process.env.DATABASE_URL = asTestRuntimeRole(url.toString());
}

export type ReceivedMail = { to: string[]; raw: string };

/** An SMTP server on 127.0.0.1:port without TLS or login that keeps what it receives. */
export async function startSmtpServer(port: number): Promise<{ received: ReceivedMail[]; close: () => Promise<void> }> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((address) => address.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return { received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Polls until `check` returns a value (not undefined/false) or the time is up. */
export async function waitFor<T>(check: () => Promise<T | undefined | false>, timeoutMs = 20_000, what = "condition"): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
