/**
 * What the emulators share on the wire: a node:http server on 127.0.0.1
 * only (tests talk only to loopback), started on a free port unless told one,
 * a stop that does not wait on the SDK's kept-alive connections, and request
 * bodies read bounded (readBody). Each emulator supplies its own protocol in
 * handle().
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

/** Most bytes of a request body an emulator keeps: AWS Query and JSON calls are a few KiB. */
export const MAX_BODY = 1024 * 1024;

/** A request body as text, or the size it had when it was over the bound. */
export type RequestBody = { text: string } | { tooLarge: number };

/**
 * A request's body, read to its end but kept only up to `max` bytes: a client
 * that sends without end costs the emulator time, never memory. Over the
 * bound it answers `{ tooLarge: size }`, for the caller to refuse with 413 in
 * its service's error format (tooLargeMessage).
 */
export function readBody(req: http.IncomingMessage, max = MAX_BODY): Promise<RequestBody> {
  return new Promise((resolve, reject) => {
    let chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= max) chunks.push(c);
      else chunks = [];
    });
    req.on('end', () => resolve(size > max ? { tooLarge: size } : { text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', reject);
  });
}

/** The 413 message every emulator gives. */
export const tooLargeMessage = (size: number, max = MAX_BODY): string => `expected a request body of at most ${max} bytes, got ${size}; send a smaller request`;
