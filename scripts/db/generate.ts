// `npm run db:generate`: the same `prisma generate` that runs after `npm install`, so that there is
// one place that knows how to run it offline.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const postinstall = fileURLToPath(new URL('../postinstall.mjs', import.meta.url));
const result = spawnSync(process.execPath, [postinstall], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;
