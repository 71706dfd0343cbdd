// Browser tests against the built app (`next start` on port 3100). Run them with
// `npm test -- --e2e-only`, which provides a migrated, seeded throwaway database and the build.
// `npx playwright test` on its own needs DATABASE_URL (a local database) and a build in .next.
import fs from "node:fs";
import { chromium, defineConfig, devices } from "@playwright/test";
import type { LaunchOptions } from "@playwright/test";

const PORT = 3100;
const baseURL = `http://localhost:${PORT}`;
const isCI = !!process.env.CI;

assertLocalDatabase(process.env.DATABASE_URL);

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  // Two cores, shared with the app server and PostgreSQL.
  workers: isCI ? 1 : 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [
    ["list"],
    ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ?? "test-results/report.json" }],
  ],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], launchOptions: chromiumLaunchOptions() },
    },
  ],
  webServer: {
    command: "node scripts/serve.mjs",
    url: baseURL,
    // The tests play clients behind a reverse proxy on localhost: each browser context sends its
    // own X-Forwarded-For, so that per-IP limits apply per simulated client.
    env: {
      ...definedEnv(),
      PORT: String(PORT),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? baseURL,
      TRUSTED_PROXY_HEADER: "x-forwarded-for",
      TRUSTED_PROXIES: "127.0.0.1,::1",
      DEV_MAILBOX: process.env.DEV_MAILBOX ?? "1",
    },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    // Without it the server is SIGKILLed and its database connections are cut uncleanly.
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
  },
});

// Playwright's own Chromium when it is installed (`npx playwright install chromium`), otherwise the
// system's (`apt-get install chromium`), which is what machines without browser downloads have.
function chromiumLaunchOptions(): LaunchOptions {
  if (fs.existsSync(chromium.executablePath())) return {};
  const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((file) => fs.existsSync(file));
  if (systemChromium) {
    return {
      executablePath: systemChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
      ],
    };
  }
  throw new Error(
    "No Chromium for the browser tests. Install one with `npx playwright install chromium` " +
      "or, on Debian/Ubuntu, `apt-get install chromium`.",
  );
}

// The browser tests create and change data; they must never run against a shared database.
function assertLocalDatabase(url: string | undefined): void {
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Run the browser tests with `npm test -- --e2e-only`, which provides a database.",
    );
  }
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "[::1]", "::1"].includes(host) && process.env.E2E_ALLOW_REMOTE_DATABASE !== "1") {
    throw new Error(`Refusing to run browser tests against the non-local database host "${host}".`);
  }
}

function definedEnv(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}
