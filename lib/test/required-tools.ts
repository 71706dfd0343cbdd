// Test helper (not application code): the external verifiers the tests rely on. A missing one fails
// the test with the package to install, instead of skipping it: a skipped check proves nothing, and
// CI must not turn green because a tool was absent (.ci/run installs them on Debian).
import { execFileSync } from "node:child_process";

const tools = {
  pdftotext: { args: ["-v"], install: "poppler-utils (apt-get install poppler-utils)" },
  openssl: { args: ["version"], install: "openssl (apt-get install openssl)" },
} as const;

const seen = new Map<keyof typeof tools, boolean>();

export function requireTool(name: keyof typeof tools): void {
  if (!seen.has(name)) {
    try {
      execFileSync(name, tools[name].args, { stdio: "ignore" });
      seen.set(name, true);
    } catch {
      seen.set(name, false);
    }
  }
  if (!seen.get(name)) throw new Error(`${name} is needed by this test and was not found: install ${tools[name].install}`);
}
