// The layering rules `npm test` holds the code to (lib/layering.test.ts runs them).
// Product code only: tests and developer scripts may reach a module's insides to test or measure it.
const PRODUCT = '^(app|components|lib)/|^(instrumentation|proxy)\\.ts$';
const NOT_PRODUCT = ['\\.test\\.tsx?$', '^lib/db/generated/'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'A cycle is a design bug (docs/DESIGN.md): dependencies point one way.',
      from: { path: PRODUCT, pathNot: NOT_PRODUCT },
      to: { circular: true },
    },
    {
      name: 'through-the-index',
      severity: 'error',
      comment:
        "A lib folder is entered through its index.ts (server code) or types.ts (what the browser may import: no 'server-only'); " +
        'anything else in it is free to change. Inside the folder, files import each other directly.',
      from: { path: '^(?:lib/([^/]+)/|app/|components/|instrumentation\\.ts$|proxy\\.ts$)', pathNot: NOT_PRODUCT },
      to: { path: '^lib/[^/]+/', pathNot: ['^lib/$1/', '^lib/[^/]+/(index|types)\\.ts$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^node_modules', '^\\.next', '^lib/db/generated/'] },
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports count: a cycle through types is still two modules that cannot be read apart.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
