import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

type EngineModule = { SchemaEngine: typeof SchemaEngine };

let enginePromise: Promise<EngineModule> | undefined;

/**
 * Loads Prisma's schema engine compiled to WebAssembly: the same engine as
 * `prisma migrate`, without the native binary the CLI would download (there is
 * no internet where this runs). The package's entry point imports the .wasm as an
 * ES module, which Node 20 cannot, so we instantiate it by hand once per process.
 */
function loadEngineModule(): Promise<EngineModule> {
  enginePromise ??= (async () => {
    const require = createRequire(path.join(/* turbopackIgnore: true */ process.cwd(), 'package.json'));
    const bgPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bindings = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ pathToFileURL(bgPath).href)) as EngineModule & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const bytes = await readFile(/* turbopackIgnore: true */ path.join(path.dirname(bgPath), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bindings as unknown as WebAssembly.ModuleImports });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return enginePromise;
}

/** Runs `fn` with a schema engine bound to the given adapter, and frees it afterwards. */
export async function withSchemaEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schemaText: string | undefined,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine: Engine } = await loadEngineModule();
  const logs: string[] = [];
  // Freeing the engine does not close what it connected: keep every adapter it
  // opens and dispose of them ourselves, or a PostgreSQL session (holding the
  // migration advisory lock) would outlive the migration.
  const opened: SqlDriverAdapter[] = [];
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: async () => remember(await adapterFactory.connect()),
    connectToShadowDb: async () => remember(await adapterFactory.connectToShadowDb()),
  };
  function remember(adapter: SqlDriverAdapter) {
    opened.push(adapter);
    return adapter;
  }
  const engine = await Engine.new(
    { datamodels: schemaText ? [['schema.prisma', schemaText]] : undefined },
    (line: string) => logs.push(line),
    bindMigrationAwareSqlAdapterFactory(tracked),
  );
  try {
    return await fn(engine);
  } finally {
    engine.free();
    await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
  }
}
