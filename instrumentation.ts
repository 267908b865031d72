// Next.js calls register() once per server process, before the first request.
// Heavy server code is imported only on the Node.js runtime (never on the edge).
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startServer } = await import('./lib/server');
    await startServer();
  }
}
