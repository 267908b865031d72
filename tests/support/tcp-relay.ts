import net from 'node:net';

/**
 * A TCP relay in front of a real server (Redis, PostgreSQL) that a test can
 * switch off (every connection cut, new ones refused) and on again: the
 * dependency "goes away" and "comes back" without touching it.
 */
export async function tcpRelay(targetPort: number, port = 0) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  const start = () =>
    new Promise<number>((resolve, reject) => {
      server = net.createServer((socket) => {
        const upstream = net.connect(targetPort, '127.0.0.1');
        sockets.add(socket);
        sockets.add(upstream);
        socket.pipe(upstream).pipe(socket);
        const close = () => {
          socket.destroy();
          upstream.destroy();
          sockets.delete(socket);
          sockets.delete(upstream);
        };
        socket.on('error', close);
        upstream.on('error', close);
        socket.on('close', close);
        upstream.on('close', close);
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve(port);
      });
    });
  await start();
  return {
    get port() {
      return port;
    },
    /** Cuts every connection and stops listening. */
    stop: async () => {
      for (const s of sockets) s.destroy();
      sockets.clear();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      server = undefined;
    },
    /** Listens again on the same port. */
    start: async () => {
      await start();
    },
  };
}
