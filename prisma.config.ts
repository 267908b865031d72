// Prisma CLI configuration. The app never uses the CLI at run time: migrations
// are applied by lib/db/migrate.ts through the WebAssembly schema engine, and
// new ones are written by scripts/db-migration.mjs, both offline.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
