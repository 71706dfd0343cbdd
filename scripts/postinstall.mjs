// Runs `prisma generate` after `npm install`, and for `npm run db:generate`. Plain Node, because tsx
// may not be installed yet when this runs.
//
// Offline, the Prisma CLI tries to download its native schema engine and fails, although `generate`
// never uses it. Pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips the download.
// A value the user set wins; where /bin/false does not exist the CLI downloads the engine as usual.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const PLACEHOLDER_ENGINE = '/bin/false';

function runPrismaGenerate() {
  const env = { ...process.env };
  if (!env.PRISMA_SCHEMA_ENGINE_BINARY && existsSync(PLACEHOLDER_ENGINE)) {
    env.PRISMA_SCHEMA_ENGINE_BINARY = PLACEHOLDER_ENGINE;
  }
  let prismaCli;
  try {
    // The CLI's entry file, run with this Node: node_modules/.bin/prisma is a shell shim on Windows.
    prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');
  } catch (error) {
    console.error(`prisma generate: the prisma package is not installed (${error.message}).`);
    return 1;
  }
  const result = spawnSync(process.execPath, [prismaCli, 'generate'], { stdio: 'inherit', env });
  if (result.error) {
    console.error(`prisma generate could not start: ${result.error.message}`);
    return 1;
  }
  if (result.status !== 0) {
    console.error(`prisma generate failed (exit ${result.status ?? result.signal}).`);
    return result.status || 1;
  }
  return 0;
}

process.exitCode = runPrismaGenerate();
