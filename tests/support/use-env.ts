import { resetConfigForTests } from '@/lib/config';
import { clearProcessSingleton } from '@/lib/runtime/process-singleton';

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
