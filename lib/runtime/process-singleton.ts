/**
 * One instance per Node.js process. Next.js bundles instrumentation.ts and each
 * route separately, so plain module-level state would exist once per bundle
 * (and again after every dev reload); the database pool, the admin token and
 * the in-memory windows must be shared by all of them.
 */
export function processSingleton<T>(key: string, create: () => T): T {
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  const symbol = Symbol.for(`aimon.${key}`);
  let value = store[symbol];
  if (value === undefined) {
    value = create();
    store[symbol] = value;
  }
  return value;
}

/** Forgets a singleton (tests only). */
export function clearProcessSingleton(key: string): void {
  delete (globalThis as unknown as Record<symbol, unknown>)[Symbol.for(`aimon.${key}`)];
}
