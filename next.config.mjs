// @ts-check

// Security headers (CSP with nonces, nosniff, Referrer-Policy, ...) are set for
// every response in proxy.ts, from lib/security/headers.ts: one source of truth.

/** @type {import('next').NextConfig} */
const nextConfig = {
  // One self-contained server (`.next/standalone/server.js`): what `npm start`,
  // the Playwright suite and the Docker image all run.
  output: 'standalone',
  poweredByHeader: false,
  reactStrictMode: true,
  // Loaded from node_modules at run time rather than bundled: they read their own
  // .wasm/.data files next to their code, which a bundle would lose.
  serverExternalPackages: [
    // The load generator (lib/loadtest): plain CommonJS with optional worker files, run from node_modules.
    'autocannon',
    '@electric-sql/pglite',
    'pglite-prisma-adapter',
    '@prisma/schema-engine-wasm',
    '@prisma/driver-adapter-utils',
    '@prisma/adapter-pg',
    'pg',
    'pino',
    // OpenTelemetry patches modules as they load (require-in-the-middle): it
    // must see the real node_modules, not a bundle.
    '@azure/monitor-opentelemetry',
    '@opentelemetry/sdk-node',
    '@opentelemetry/instrumentation',
    '@opentelemetry/instrumentation-http',
    '@opentelemetry/instrumentation-pg',
    '@opentelemetry/instrumentation-undici',
    '@opentelemetry/exporter-prometheus',
    '@opentelemetry/exporter-trace-otlp-http',
    '@opentelemetry/exporter-metrics-otlp-http',
    '@opentelemetry/exporter-logs-otlp-http',
    '@prisma/instrumentation',
    'require-in-the-middle',
    'import-in-the-middle',
  ],
  // Files read at run time by path, which output tracing cannot see.
  outputFileTracingIncludes: {
    '/*': [
      './prisma/migrations/**/*',
      './node_modules/@prisma/schema-engine-wasm/*',
      './node_modules/@electric-sql/pglite/dist/*.{wasm,data,js,cjs}',
    ],
  },
};

export default nextConfig;
