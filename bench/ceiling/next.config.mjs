// The ceiling for AIMon's route handlers: a bare Next.js app, built and served the
// same way (output: 'standalone', `node server.js`), with nothing of ours in it.
import path from 'node:path';

export default {
  output: 'standalone',
  poweredByHeader: false,
  outputFileTracingRoot: path.resolve(import.meta.dirname, '../..'),
  typescript: { ignoreBuildErrors: true },
};
