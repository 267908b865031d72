import net from 'node:net';

/**
 * A TCP relay in front of a real server (Redis, PostgreSQL) that a test can
 * switch off (every connection cut, new ones refused) and on again: the
 * dependency "goes away" and "comes back" without touching it.
 *
 * It can also play a silent network (`blackhole()`): connections stay open and
 * new ones are accepted, but nothing is forwarded or answered, as when packets
 * are dropped rather than refused. Connections caught in it stay silent for
 * good (a client must give up on them itself); after `heal()` new connections
 * work again.
 */
export async function tcpRelay(targetPort: number, port = 0) {
  const sockets = new Set<net.Socket>();
  /** Client sockets whose traffic is dropped, for good. */
  const silenced = new Set<net.Socket>();
  let holes = false;
  let server: net.Server | undefined;
  const silence = (socket: net.Socket, upstream?: net.Socket) => {
    silenced.add(socket);
    socket.unpipe();
    upstream?.unpipe();
    upstream?.destroy();
    // Read and discard: the client's writes succeed and are never answered.
    socket.removeAllListeners('data');
    socket.on('data', () => undefined);
    socket.resume();
  };
  const start = () =>
    new Promise<number>((resolve, reject) => {
      server = net.createServer((socket) => {
        sockets.add(socket);
        socket.on('error', () => socket.destroy());
        socket.on('close', () => {
          sockets.delete(socket);
          silenced.delete(socket);
        });
        if (holes) {
          silence(socket);
          return;
        }
        const upstream = net.connect(targetPort, '127.0.0.1');
        sockets.add(upstream);
        socket.pipe(upstream).pipe(socket);
        (socket as net.Socket & { upstream?: net.Socket }).upstream = upstream;
        const close = () => {
          if (silenced.has(socket)) return; // the client must find out by itself
          socket.destroy();
          upstream.destroy();
          sockets.delete(socket);
          sockets.delete(upstream);
        };
        upstream.on('error', close);
        upstream.on('close', close);
        socket.on('close', () => upstream.destroy());
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
      holes = false;
      for (const s of sockets) s.destroy();
      sockets.clear();
      silenced.clear();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      server = undefined;
    },
    /** Listens again on the same port. */
    start: async () => {
      await start();
    },
    /** Drops every byte from now on, in open and new connections, without closing or refusing anything. */
    blackhole: () => {
      holes = true;
      for (const s of sockets) {
        const upstream = (s as net.Socket & { upstream?: net.Socket }).upstream;
        if (upstream) silence(s, upstream);
      }
    },
    /** New connections are relayed again; those caught in the blackhole stay silent. */
    heal: () => {
      holes = false;
    },
    /** Connections currently held silent. */
    get silenced() {
      return silenced.size;
    },
  };
}
