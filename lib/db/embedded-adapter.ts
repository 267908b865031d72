import type { PGlite } from '@electric-sql/pglite';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';

/**
 * pglite-prisma-adapter with two fixes the schema engine needs:
 * - getConnectionInfo() must name the schema ('public'), or applyMigrations fails
 *   with "failed to get connection info ... expected a string";
 * - executeScript() must await the script, or a failing migration goes unnoticed.
 */
export function embeddedAdapterFactory(client: PGlite): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaPGlite(client);
  const patch = (adapter: SqlDriverAdapter): SqlDriverAdapter =>
    new Proxy(adapter, {
      get(target, prop, receiver) {
        if (prop === 'getConnectionInfo') {
          return () => ({ schemaName: 'public', supportsRelationJoins: true });
        }
        if (prop === 'executeScript') {
          // The adapter keeps its PGlite (main or shadow) in `client`.
          const own = (target as unknown as { client: PGlite }).client;
          return async (script: string) => {
            await own.exec(script);
          };
        }
        const value = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => patch(await inner.connect()),
    connectToShadowDb: async () => patch(await inner.connectToShadowDb()),
  };
}
