import { afterAll, beforeAll } from 'vitest';
import { resetConfigForTests } from '@/lib/config';
import { database } from '@/lib/db';
import { clearProcessSingleton } from '@/lib/runtime';
import type { TestBackend } from './backends';

/**
 * Sets environment variables (undefined removes one), reloads the config from
 * them, and drops the named process singletons so their next use rebuilds them
 * from the new config (the database by default).
 */
export function useEnv(env: Record<string, string | undefined>, singletons: readonly string[] = ['database']): void {
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetConfigForTests();
  for (const key of singletons) clearProcessSingleton(key);
}

/**
 * The lifecycle of a `describe.each(BACKENDS)` block: a fresh database for the
 * block, the config pointing at it (plus the block's own `env`, with the named
 * `singletons` rebuilt from it) and the app's database started (connecting and
 * migrating under the hook's timeout, not db()'s bounded wait), then closed and
 * dropped after the block.
 */
export function useBackend(
  create: () => Promise<TestBackend>,
  options: { env?: Record<string, string | undefined>; singletons?: readonly string[] } = {},
): void {
  let backend: TestBackend | undefined;
  beforeAll(async () => {
    backend = await create();
    useEnv({ ...backend.env, ...options.env }, ['database', ...(options.singletons ?? [])]);
    await database().start();
  });
  afterAll(async () => {
    await database().close();
    clearProcessSingleton('database');
    await backend?.dispose();
  });
}
