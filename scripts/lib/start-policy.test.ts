// Items 1 and 2 of issue 8: what a start may do with the environment it is given. The processes are
// real: `npm start` (scripts/start.ts) and the server (scripts/serve.mjs) refuse before they touch a
// database or build anything.
import { execFile } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decideStartup } from "./start-policy";
import { projectRoot } from "./env";

const base = { NEXTAUTH_SECRET: "x".repeat(32) };
const cleanEnv = () => {
  const env = { ...process.env };
  for (const name of ["DATABASE_URL", "SMTP_URL", "DEV_MAILBOX", "EMAIL_DELIVERY", "NODE_ENV"]) delete env[name];
  return env;
};

function run(args: string[], env: Record<string, string>): Promise<{ code: number; output: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: projectRoot, env: { ...cleanEnv(), ...env }, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, output: `${stdout}${stderr}`, ms: Date.now() - started });
    });
  });
}
const tsx = path.join(projectRoot, "node_modules", "tsx", "dist", "cli.mjs");
const npmStart = (env: Record<string, string>, extra: string[] = []) =>
  run([tsx, "--import", "./scripts/lib/server-only-hook.mjs", "scripts/start.ts", ...extra], env);
const serve = (env: Record<string, string>) => run(["scripts/serve.mjs"], env);
// Nothing listens there: a start that got as far as the database would fail differently.
const remote = "postgres://dpa:secret@127.0.0.1:9/dpa";

describe("npm start: e-mail delivery and demo data", () => {
  it("refuses a production start without SMTP_URL and without an explicit choice", async () => {
    const result = await npmStart({ ...base, NODE_ENV: "production", DATABASE_URL: remote, PORT: "39411" });
    expect(result.code).toBe(1);
    expect(result.output).toContain("SMTP_URL is not set");
    expect(result.output).toContain("EMAIL_DELIVERY=none");
  });

  it("refuses DEV_MAILBOX=1 with NODE_ENV=production, in npm start and in the server itself", async () => {
    const started = await npmStart({ ...base, NODE_ENV: "production", DATABASE_URL: remote, DEV_MAILBOX: "1", PORT: "39412" });
    expect(started.code).toBe(1);
    expect(started.output).toContain("DEV_MAILBOX=1 is refused with NODE_ENV=production");
    const served = await serve({ ...base, NODE_ENV: "production", DATABASE_URL: remote, DEV_MAILBOX: "1", PORT: "39413" });
    expect(served.code).toBe(1);
    expect(served.output).toContain("DEV_MAILBOX=1 is refused with NODE_ENV=production");
  });

  it("refuses to serve against a database without SMTP_URL, DEV_MAILBOX=1 or EMAIL_DELIVERY=none", async () => {
    const served = await serve({ ...base, DATABASE_URL: remote, PORT: "39414" });
    expect(served.code).toBe(1);
    expect(served.output).toContain("Refusing to start: SMTP_URL is not set");
  });

  it("refuses --demo with NODE_ENV=production", async () => {
    const result = await npmStart({ ...base, NODE_ENV: "production", DATABASE_URL: remote, SMTP_URL: "smtp://127.0.0.1:9", PORT: "39415" }, ["--demo"]);
    expect(result.code).toBe(1);
    expect(result.output).toContain("--demo is refused with NODE_ENV=production");
  });

  it("seeds and opens the mailbox for the embedded database only; DATABASE_URL needs --demo and an explicit mail choice", () => {
    expect(decideStartup({}, [])).toEqual({ shouldSeedDemo: true, emailMode: "mailbox", emailNote: "embedded-mailbox" });
    // The operator's SMTP_URL wins on the embedded database too.
    expect(decideStartup({ SMTP_URL: "smtp://mail" }, [])).toEqual({ shouldSeedDemo: true, emailMode: "smtp" });
    expect(() => decideStartup({ DATABASE_URL: remote }, [])).toThrow("SMTP_URL is not set");
    expect(decideStartup({ DATABASE_URL: remote, SMTP_URL: "smtp://mail" }, [])).toEqual({ shouldSeedDemo: false, emailMode: "smtp" });
    expect(decideStartup({ DATABASE_URL: remote, DEV_MAILBOX: "1" }, ["--demo"])).toEqual({ shouldSeedDemo: true, emailMode: "mailbox" });
    expect(decideStartup({ DATABASE_URL: remote, EMAIL_DELIVERY: "none" }, [])).toEqual({ shouldSeedDemo: false, emailMode: "none" });
    // NODE_ENV=production: never demo data, never the mailbox, not even on the embedded database.
    expect(decideStartup({ NODE_ENV: "production", SMTP_URL: "smtp://mail" }, [])).toEqual({ shouldSeedDemo: false, emailMode: "smtp" });
    expect(() => decideStartup({ NODE_ENV: "production" }, [])).toThrow("SMTP_URL is not set");
  });
});
