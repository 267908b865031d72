import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import { withSchemaEngine } from './schema-engine';

const NO_FILTERS = { externalTables: [], externalEnums: [] };

/** Where migrations live: `prisma/migrations` under the working directory (the standalone server copies them there). */
export function defaultMigrationsDir(): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), 'prisma', 'migrations');
}

/** Reads `prisma/migrations` the way the Prisma CLI does before `migrate deploy`. */
export async function readMigrations(dir = defaultMigrationsDir()): Promise<MigrationList> {
  const entries = await readdir(/* turbopackIgnore: true */ dir, { withFileTypes: true }).catch(() => []);
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const lockPath = path.join(/* turbopackIgnore: true */ dir, 'migration_lock.toml');
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: await readFile(/* turbopackIgnore: true */ lockPath, 'utf8').catch(() => null) },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      names.map(async (name) => {
        const content = await readFile(path.join(/* turbopackIgnore: true */ dir, name, 'migration.sql'), 'utf8')
          .then((sql) => ({ tag: 'ok' as const, value: sql }))
          .catch((e: Error) => ({ tag: 'error' as const, value: e.message }));
        return { path: name, migrationFile: { path: 'migration.sql', content } };
      }),
    ),
  };
}

export function migrationNames(list: MigrationList): string[] {
  return list.migrationDirectories.map((d) => d.path);
}

/**
 * Applies pending migrations and records them in `_prisma_migrations`, exactly as
 * `prisma migrate deploy` would, so a machine with the native CLI can take over.
 */
export async function applyMigrations(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  migrationsList: MigrationList,
): Promise<string[]> {
  const { appliedMigrationNames } = await withSchemaEngine(adapterFactory, undefined, (engine) =>
    engine.applyMigrations({ migrationsList, filters: NO_FILTERS }),
  );
  return appliedMigrationNames;
}

/** SQL that takes the database from the given migrations to the schema (`prisma migrate diff --script`). */
export async function diffMigrationsToSchema(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  migrationsList: MigrationList,
  schemaPath: string,
  schemaText: string,
): Promise<string> {
  const result = await withSchemaEngine(adapterFactory, schemaText, (engine) =>
    engine.diff({
      from: { tag: 'migrations', ...migrationsList },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: schemaText }] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    }),
  );
  return result.stdout ?? '';
}
