// A TCP proxy that can go silent: after stall() it forwards nothing in either direction but keeps every socket
// open, as a peer does that vanished without closing (a pulled cable, a sleeping laptop, a NAT that forgot the
// connection). Whatever closes a connection then is the server noticing by itself.
import { connect, createServer, type Socket } from 'node:net';
import { freePort } from './ports';

export interface StallProxy {
  port: number;
  /** From now on nothing is forwarded; sockets stay open. */
  stall(): void;
  /**
   * The network is back: the connections that went silent are dropped (what was sent on them is lost, as it
   * would be), new ones are forwarded again.
   */
  resume(): void;
  /** How many upstream connections the target closed (or reset) while the proxy was silent. */
  closedByTarget(): number;
  close(): Promise<void>;
}

export async function startStallProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<StallProxy> {
  const port = await freePort();
  const sockets = new Set<Socket>();
  let stalled = false;
  let closedByTarget = 0;
  const server = createServer((client) => {
    const upstream = connect(targetPort, targetHost);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.on('data', (chunk) => {
      if (!stalled) upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (!stalled) client.write(chunk);
    });
    upstream.on('close', () => {
      if (stalled) closedByTarget += 1;
      else client.destroy();
    });
    client.on('close', () => {
      if (!stalled) upstream.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port,
    stall: () => {
      stalled = true;
    },
    resume: () => {
      const silent = [...sockets];
      stalled = false;
      for (const socket of silent) socket.destroy();
    },
    closedByTarget: () => closedByTarget,
    close: async () => {
      const closing = new Promise((resolve) => server.close(resolve));
      for (const socket of sockets) socket.destroy();
      await closing;
    },
  };
}
