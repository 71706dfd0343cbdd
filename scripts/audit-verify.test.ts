// `npm run audit:verify` as a child process against a database of its own: exit 0 on an intact
// trail, exit 1 with every problem listed once someone has edited an event behind the triggers' back.
import { execFile } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOwnDatabase, createTrail, type OwnDatabase, type TrailFixture } from "@/lib/audit/test-fixture";
import { projectRoot } from "./lib/env";

let own: OwnDatabase;
let trail: TrailFixture;

beforeAll(async () => {
  own = await createOwnDatabase("audit_cli");
  trail = await createTrail(own.client);
});

afterAll(async () => {
  await own?.drop();
});

function runCli(env: Record<string, string>): Promise<{ code: number; output: string }> {
  const tsx = path.join(projectRoot, "node_modules", "tsx", "dist", "cli.mjs");
  const args = [tsx, "--import", "./scripts/lib/server-only-hook.mjs", "scripts/audit-verify.ts"];
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: projectRoot, env: { ...process.env, ...env }, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, output: `${stdout}${stderr}` });
    });
  });
}

describe("npm run audit:verify", () => {
  it("exits 0 on an intact trail and 1 on a tampered one, listing each problem", async () => {
    const intact = await runCli({ DATABASE_URL: own.url });
    expect(intact.output).toContain("3 chains, 10 events checked");
    expect(intact.output).toContain("personal data: 10 events checked");
    expect(intact.output).toContain("OK: no problems found");
    expect(intact.code).toBe(0);

    // Committed, with the triggers off for this one transaction (the test user is a superuser).
    await own.client.$transaction([
      own.client.$executeRawUnsafe("SET LOCAL session_replication_role = replica"),
      own.client.$executeRaw`UPDATE "AuditEvent" SET data = '{"consent": false}' WHERE seq = ${trail.seq.a1}`,
      own.client.$executeRaw`DELETE FROM "AuditEvent" WHERE seq = ${trail.seq.s2}`,
    ]);
    const tampered = await runCli({ DATABASE_URL: own.url });
    expect(tampered.output).toContain(`PROBLEM edited chain=sa:${trail.signedAgreementId} seq=${trail.seq.a1}`);
    expect(tampered.output).toContain(`PROBLEM missing chain=ss:${trail.signingSessionId} seq=${trail.seq.s3}`);
    expect(tampered.output).toContain("FAILED: 2 problems");
    expect(tampered.code).toBe(1);
  }, 120_000);

  it("says so, and exits 2, without a database or without the key", async () => {
    const noDatabase = await runCli({ DATABASE_URL: "" });
    expect(noDatabase.output).toContain("DATABASE_URL is not set");
    expect(noDatabase.code).toBe(2);

    const noKey = await runCli({ DATABASE_URL: own.url, NEXTAUTH_SECRET: "", AUDIT_PII_KEY: "" });
    expect(noKey.output).toMatch(/personal data: 0 events checked, 9 not checked/);
  }, 120_000);
});

describe("npm run audit:verify with anchored chain heads", () => {
  let anchoredDb: OwnDatabase;
  let anchoredTrail: TrailFixture;

  beforeAll(async () => {
    anchoredDb = await createOwnDatabase("audit_anchor");
    anchoredTrail = await createTrail(anchoredDb.client);
  });

  afterAll(async () => {
    await anchoredDb?.drop();
  });

  it("detects the deleted tail of an anchored chain and names the chain; without an anchor it could not", async () => {
    const { anchorChainHeads } = await import("@/lib/audit/anchor-chain-heads");
    expect(await anchorChainHeads(anchoredDb.client)).toEqual({ anchored: 3 });
    expect(await anchorChainHeads(anchoredDb.client)).toEqual({ anchored: 0 }); // nothing moved
    const intact = await runCli({ DATABASE_URL: anchoredDb.url });
    expect(intact.output).toContain("chain-head anchors: 3 checked");
    expect(intact.code).toBe(0);

    // The owner, triggers off, deletes the last two events of the signed agreement's chain: what
    // is left is a valid, shorter chain. Only the anchor of its head tells.
    await anchoredDb.client.$transaction([
      anchoredDb.client.$executeRawUnsafe("SET LOCAL session_replication_role = replica"),
      anchoredDb.client.$executeRaw`DELETE FROM "AuditEvent" WHERE seq IN (${anchoredTrail.seq.a3}, ${anchoredTrail.seq.a4})`,
    ]);
    const truncated = await runCli({ DATABASE_URL: anchoredDb.url });
    expect(truncated.output).toContain(`PROBLEM truncated chain=sa:${anchoredTrail.signedAgreementId} seq=${anchoredTrail.seq.a4}`);
    expect(truncated.output).toContain("FAILED: 1 problems");
    expect(truncated.code).toBe(1);
  }, 120_000);
});
