// Decides whether `.next` holds a build of the current sources, cheaply: a hash over the path,
// modification time and size of every file that can influence `next build`, stored next to
// .next/BUILD_ID. Editing, checking out or reinstalling anything relevant changes it.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// Directories that never feed the app bundle. Anything else (app/, lib/, components/, public/,
// prisma/, new folders) counts, so a new source folder cannot be forgotten here.
const IGNORED_DIRECTORIES = new Set([
  "node_modules", // represented by package-lock.json
  ".next",
  ".data",
  ".git",
  ".ci",
  "e2e",
  "docs",
  "bench",
  "test-results",
  "playwright-report",
  "coverage",
]);
// Files that do not feed the bundle, or that `next build` itself rewrites (they would make every
// build look stale right after it finished).
const IGNORED_FILE = /(\.test\.tsx?|\.spec\.tsx?|\.md|\.log|\.tsbuildinfo|^next-env\.d\.ts)$/;

const STAMP_FILE = "SOURCE_STAMP";

export function computeSourceStamp(root: string): string {
  const entries: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (IGNORED_DIRECTORIES.has(entry.name) && dir === root) continue;
        if (entry.name === "node_modules" || (entry.name.startsWith(".") && entry.name !== ".well-known")) continue;
        walk(full);
      } else if (entry.isFile() && !IGNORED_FILE.test(entry.name)) {
        const stat = fs.statSync(full);
        entries.push(`${path.relative(root, full)}\t${stat.mtimeMs}\t${stat.size}`);
      }
    }
  };
  walk(root);
  entries.sort();
  return crypto.createHash("sha256").update(entries.join("\n")).digest("hex");
}

export function isBuildCurrent(root: string, stamp: string): boolean {
  const distDir = path.join(root, ".next");
  if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) return false;
  try {
    return fs.readFileSync(path.join(distDir, STAMP_FILE), "utf8").trim() === stamp;
  } catch {
    return false;
  }
}

/** Records that .next holds a build of the sources described by `stamp` (computed before the build). */
export function writeBuildStamp(root: string, stamp: string): void {
  fs.writeFileSync(path.join(root, ".next", STAMP_FILE), `${stamp}\n`);
}
