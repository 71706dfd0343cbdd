import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // Service modules are marked `import "server-only"`; under vitest that import must be a no-op.
      { find: /^server-only$/, replacement: path.join(root, "scripts/lib/empty-module.ts") },
    ],
  },
  test: {
    environment: "node",
    include: ["{lib,scripts,prisma,app,components}/**/*.test.{ts,tsx}"],
    exclude: ["**/node_modules/**", "e2e/**", ".next/**", ".data/**"],
    // Starts a throwaway PostgreSQL only when `npm test` did not provide one.
    globalSetup: ["scripts/lib/vitest-global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Files run in parallel (tests create their own uniquely named data), on at most 2 workers:
    // the machines have 2 cores and PostgreSQL needs some too.
    pool: "forks",
    maxWorkers: 2,
  },
});
