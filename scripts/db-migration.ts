// npm run db:migration -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql holding what changed in
// prisma/schema.prisma since the last migration. Works offline: Prisma's schema
// engine runs as WebAssembly and replays the migrations on an in-memory PGlite
// (the "shadow database"), so no PostgreSQL and no native engine are needed.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { embeddedAdapterFactory } from '../lib/db/embedded-adapter';
import { diffMigrationsToSchema, readMigrations } from '../lib/db/migrations';

async function main() {
  const name = (process.argv[2] ?? '').trim().toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
  if (!name) {
    console.error('Usage: npm run db:migration -- <name>   (for example: npm run db:migration -- add_alerts)');
    process.exit(2);
  }
  const schemaPath = path.resolve('prisma/schema.prisma');
  const migrationsDir = path.resolve('prisma/migrations');
  const schemaText = await readFile(schemaPath, 'utf8');
  const scratch = await PGlite.create('memory://');
  try {
    const sql = await diffMigrationsToSchema(
      embeddedAdapterFactory(scratch),
      await readMigrations(migrationsDir),
      schemaPath,
      schemaText,
    );
    const statements = sql.split('\n').filter((line) => line.trim() && !line.trim().startsWith('--'));
    if (statements.length === 0) {
      console.log('The schema matches the migrations: nothing to write.');
      return;
    }
    const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'migration.sql'), sql);
    console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  } finally {
    await scratch.close();
  }
}

main().catch((error: unknown) => {
  console.error(`db:migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
