// Headless Chromium for the PDF baselines: Playwright's own browser when installed
// (`npx playwright install chromium`), else the system's (Debian: `apt-get install chromium`),
// with the flags that browser needs here (the same choice as playwright.config.ts).
import fs from "node:fs";
import { chromium } from "@playwright/test";
import type { Browser, LaunchOptions } from "@playwright/test";

const systemChromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

export function chromiumLaunchOptions(): LaunchOptions {
  if (fs.existsSync(chromium.executablePath())) return {};
  const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((file) => fs.existsSync(file));
  if (systemChromium) return { executablePath: systemChromium, args: systemChromiumArgs };
  throw new Error(
    "No Chromium for the PDF baseline. Install one with `npx playwright install chromium` " +
      "or, on Debian/Ubuntu, `apt-get install chromium`.",
  );
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ ...chromiumLaunchOptions(), timeout: 60_000 });
}

/** What the agreement PDF looks like, as page.pdf options: A4, the same margins, header and footer. */
export function printOptions(title: string, reference: string) {
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return {
    format: "A4" as const,
    margin: { top: "26.8mm", bottom: "23.3mm", left: "21.9mm", right: "21.9mm" },
    displayHeaderFooter: true,
    headerTemplate: `<div style="font-size:7.5pt;width:100%;margin:0 62pt">${escape(title)}<span style="float:right">${escape(reference)}</span></div>`,
    footerTemplate: `<div style="font-size:7.5pt;width:100%;margin:0 62pt;text-align:right">pagina <span class="pageNumber"></span> van <span class="totalPages"></span></div>`,
  };
}
