/**
 * What the AWS emulators share on the wire: a node:http server on 127.0.0.1
 * only (tests talk only to loopback), started on a free port unless told one,
 * and a stop that does not wait on the SDK's kept-alive connections. Each
 * emulator supplies its own protocol in handle().
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export abstract class LoopbackEmulator {
  /** `http://127.0.0.1:<port>` once started. */
  url = '';
  private server: http.Server | undefined;

  protected abstract handle(req: http.IncomingMessage, res: http.ServerResponse): void;

  async start(port = 0): Promise<string> {
    const server = http.createServer((req, res) => this.handle(req, res));
    this.server = server;
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    const srv = this.server;
    if (srv === undefined) return;
    srv.closeAllConnections();
    await new Promise<void>((resolve) => srv.close(() => resolve()));
    this.server = undefined;
  }
}
