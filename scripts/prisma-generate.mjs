// Runs `prisma generate` offline (root postinstall).
// The Prisma CLI downloads a native schema engine before every command, even
// `generate`, which never calls it; pointing PRISMA_SCHEMA_ENGINE_BINARY at any
// existing executable skips the download (see docs/offline-toolchain notes in README).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const prismaCli = require.resolve('prisma/build/index.js');
const result = spawnSync(process.execPath, [prismaCli, 'generate'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
});
process.exit(result.status ?? 1);
