/**
 * Small hostile HTTP(S) servers on loopback for the tests in test/hostile:
 * a handler decides each answer, every request is recorded (method, path,
 * headers), and helpers answer the way an attacker would: a body of
 * gigabytes streamed (never held in memory) counting what really left the
 * server, a body trickled a byte at a time, or no answer at all.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as http from 'node:http';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export interface Recorded {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
}

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface HostileServer {
  /** host:port */
  host: string;
  /** http://host:port or https://host:port */
  origin: string;
  requests: Recorded[];
  stop(): Promise<void>;
}

export interface HostileOptions {
  /** Serve TLS with a throwaway self-signed certificate (clients must not verify it). */
  tls?: boolean;
}

export async function startHostileServer(handler: Handler, opts: HostileOptions = {}): Promise<HostileServer> {
  const requests: Recorded[] = [];
  const listener = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', headers: { ...req.headers } });
    res.on('error', () => undefined);
    req.on('error', () => undefined);
    handler(req, res);
  };
  const server = opts.tls === true ? https.createServer(await selfSigned(), listener) : http.createServer(listener);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    host,
    origin: `${opts.tls === true ? 'https' : 'http'}://${host}`,
    requests,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

async function selfSigned(): Promise<{ key: string; cert: string }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hostile-tls-'));
  try {
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1'], {
      stdio: 'ignore',
    });
    return { key: await fs.readFile(key, 'utf8'), cert: await fs.readFile(cert, 'utf8') };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/**
 * Write `total` bytes of `fill` (repeated) as the response body, as fast as
 * the client takes them and never more than one chunk in memory. Resolves
 * with the bytes handed to the socket when the client hangs up or all is sent.
 */
export function pour(res: http.ServerResponse, total: number, fill: Buffer = Buffer.alloc(64 * 1024, 0x61)): Promise<number> {
  return new Promise((resolve) => {
    let sent = 0;
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      resolve(sent);
    };
    res.once('close', finish);
    const more = (): void => {
      while (!done && !res.destroyed && sent < total) {
        const n = Math.min(fill.length, total - sent);
        sent += n;
        if (!res.write(n === fill.length ? fill : fill.subarray(0, n))) {
          res.once('drain', more);
          return;
        }
      }
      if (sent >= total && !done) res.end(finish);
    };
    more();
  });
}

/** Send one byte of `byte` every `everyMs` until the client hangs up; resolves with the bytes sent. */
export function trickle(res: http.ServerResponse, everyMs: number, byte = 'a'): Promise<number> {
  return new Promise((resolve) => {
    let sent = 0;
    const timer = setInterval(() => {
      if (res.destroyed) return;
      res.write(byte);
      sent++;
    }, everyMs);
    res.once('close', () => {
      clearInterval(timer);
      resolve(sent);
    });
  });
}

/** Never answer (the socket stays open until the client gives up or the server stops). */
export function hang(_res: http.ServerResponse): void {
  /* nothing, on purpose */
}

/**
 * Let this process's https agents accept any certificate (the hostile
 * servers' are self-made) until the returned function undoes it. Tests of
 * where credentials go over https use it; nothing else should.
 */
export function trustAnyCertificate(): () => void {
  const proto = https.Agent.prototype as unknown as { createConnection: (this: https.Agent, options: object, cb?: unknown) => unknown };
  const original = proto.createConnection;
  proto.createConnection = function (this: https.Agent, options: object, cb?: unknown) {
    return original.call(this, { ...options, rejectUnauthorized: false }, cb);
  };
  return () => {
    proto.createConnection = original;
  };
}
