import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

/** A listening HTTP server. */
export interface RunningHttpServer {
  /** The port actually bound (useful with port 0). */
  readonly port: number;
  /** `http://<host>:<port>`. */
  readonly url: string;
  /**
   * Serves every later request with `app` (the server keeps its port and connections). The app
   * listens with a booting app that answers only /health, then swaps in the full one.
   */
  serve(app: Express): void;
  /**
   * Stops accepting connections, closes idle keep-alive sockets at once and waits for
   * requests in flight; after `graceMs` the remaining sockets are cut.
   */
  close(graceMs: number): Promise<void>;
}

/**
 * Listens on `host:port` (port 0 picks a free one).
 *
 * @throws Error when the address cannot be bound (in use, not permitted).
 */
export async function listenHttp(
  app: Express,
  address: { readonly host: string; readonly port: number },
): Promise<RunningHttpServer> {
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(address.port, address.host, (error?: Error) => {
      if (error === undefined) resolve(listening);
      else reject(error);
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = address.host.includes(':') ? `[${address.host}]` : address.host;
  return {
    port,
    url: `http://${host}:${port}`,
    serve: (next: Express): void => {
      server.removeAllListeners('request');
      server.on('request', next);
    },
    close: (graceMs) => closeServer(server, graceMs),
  };
}

async function closeServer(server: Server, graceMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), graceMs);
  await closed;
  clearTimeout(timer);
}
