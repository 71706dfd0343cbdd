// `npm run audit:verify`: checks every audit hash chain in the database at DATABASE_URL.
// Prints a summary and every problem; exits 1 when there is any, 2 when it could not check.
// Personal data is compared with its commitments only when AUDIT_PII_KEY or NEXTAUTH_SECRET is set
// to the application's value. Why the chains look the way they do: docs/decisions/010-audit-trail.md
import { db } from "@/lib/db";
import { verifyAuditChains } from "@/lib/audit/verify-audit-chains";
import { describeDatabaseUrl } from "./lib/env";

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set: give the database to check.");
    return 2;
  }
  console.log(`Checking the audit trail in ${describeDatabaseUrl(url)}`);
  const started = performance.now();
  const result = await verifyAuditChains();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);

  console.log(`${result.chains} chains, ${result.events} events checked in ${seconds} s`);
  if (result.legacyEvents > 0) console.log(`${result.legacyEvents} legacy events from before the hash chain (not checked)`);
  const { checked, unchecked } = result.personalData;
  console.log(
    unchecked > 0
      ? `personal data: ${checked} events checked, ${unchecked} not checked (set AUDIT_PII_KEY or NEXTAUTH_SECRET as the application has it)`
      : `personal data: ${checked} events checked`,
  );
  const anchors = result.anchors;
  console.log(
    anchors.unchecked > 0
      ? `chain-head anchors: ${anchors.checked} checked, ${anchors.unchecked} not checked (set AUDIT_ANCHOR_KEY or NEXTAUTH_SECRET as the application has it)`
      : `chain-head anchors: ${anchors.checked} checked`,
  );
  for (const problem of result.problems) {
    console.log(`PROBLEM ${problem.kind} chain=${problem.chainKey} seq=${problem.seq} id=${problem.eventId ?? "-"}: ${problem.detail}`);
  }
  console.log(result.problems.length === 0 ? "OK: no problems found" : `FAILED: ${result.problems.length} problems`);
  return result.problems.length === 0 ? 0 : 1;
}

main()
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 2;
    },
  )
  .finally(() => (process.env.DATABASE_URL ? db.$disconnect() : undefined));
