import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** The repository root (this file is scripts/lib/env.ts). */
export const projectRoot = path.resolve(import.meta.dirname, "..", "..");

/** Local state of `npm start`: the embedded database, its log, the generated secret. Git-ignored. */
export const dataDir = path.join(projectRoot, ".data");

/**
 * The NEXTAUTH_SECRET to use when none is configured: generated once, kept in `file` (mode 0600) so
 * that sessions survive a restart.
 */
export function readOrCreateSecret(file: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    const secret = fs.readFileSync(file, "utf8").trim();
    if (secret.length >= 32) {
      fs.chmodSync(file, 0o600);
      return secret;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600); // writeFileSync's mode only applies to new files
  return secret;
}

export function parsePort(value: string, name: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) throw new Error(`${name} must be a TCP port number, not "${value}"`);
  return port;
}

/** A database URL without its password, for messages. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = parsed.password ? "***" : "";
    return parsed.toString();
  } catch {
    return "(unparsable DATABASE_URL)";
  }
}
