// Stands in for `server-only` under vitest: the real package throws outside
// Next.js's react-server build, and tests run the server code directly.
export {};
