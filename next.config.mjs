// @ts-check
import { readFileSync } from 'node:fs';

// Security headers: the static ones for every response, and a CSP that allows
// nothing for what is not a page, from lib/security/static-headers.json (the
// same file lib/security/headers.ts reads); pages get their per-request CSP
// nonce from proxy.ts. See lib/security/headers.ts for why it is split so.
const security = JSON.parse(readFileSync(new URL('./lib/security/static-headers.json', import.meta.url), 'utf8'));
const NON_PAGES = ['/api/:path*', '/metrics', '/_next/:path*'];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // One self-contained server (`.next/standalone/server.js`): what `npm start`,
  // the Playwright suite and the Docker image all run.
  output: 'standalone',
  poweredByHeader: false,
  async headers() {
    const https = [{ type: /** @type {const} */ ('header'), key: 'x-forwarded-proto', value: 'https' }];
    return [
      { source: '/:path*', headers: Object.entries(security.all).map(([key, value]) => ({ key, value: String(value) })) },
      ...NON_PAGES.map((source) => ({ source, headers: [{ key: 'Content-Security-Policy', value: security.nonPageContentSecurityPolicy }] })),
      // Behind an https proxy; a client faking the header over http gets a header browsers ignore there.
      ...NON_PAGES.map((source) => ({ source, has: https, headers: [{ key: 'Strict-Transport-Security', value: security.hsts }] })),
    ];
  },
  reactStrictMode: true,
  experimental: {
    // proxy.ts sees API paths containing a % (malformed encodings); Next.js
    // buffers a copy of the body of every request the proxy sees, by default up
    // to 10 MB. No API body may exceed 256 kB, so 1 MB bounds that copy.
    proxyClientMaxBodySize: '1mb',
    // Next.js loads every route's and page's server code at start by default.
    // Off, a route's code loads with its first request: the idle server holds
    // what was used (measured 60 MiB less resident after opening the console),
    // and the first request to each route pays its load once.
    preloadEntriesOnStart: false,
  },
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
    '@opentelemetry/instrumentation-runtime-node',
    '@opentelemetry/exporter-prometheus',
    '@opentelemetry/exporter-trace-otlp-http',
    '@opentelemetry/exporter-metrics-otlp-http',
    '@opentelemetry/exporter-logs-otlp-http',
    '@opentelemetry/exporter-trace-otlp-proto',
    '@opentelemetry/exporter-metrics-otlp-proto',
    '@opentelemetry/exporter-logs-otlp-proto',
    '@azure/monitor-opentelemetry-exporter',
    '@prisma/instrumentation',
    'require-in-the-middle',
    'import-in-the-middle',
  ],
  // Files read at run time by path, which output tracing cannot see.
  outputFileTracingIncludes: {
    '/*': [
      './prisma/migrations/**/*',
      // The labelled answers the Compare and Monitoring pages evaluate the detector on (lib/grounding/labelled-sets.ts).
      './tests/fixtures/grounding/**/*.json',
      './node_modules/@prisma/schema-engine-wasm/*',
      './node_modules/@electric-sql/pglite/dist/*.{wasm,data,js,cjs}',
    ],
  },
};

export default nextConfig;
