/**
 * A fault-injecting reverse proxy between a client and a real registry:
 * rules matched by method and path answer with a status (429 with
 * Retry-After, 503...), reset the connection after some bytes of the
 * request body, or delay. Each rule fires a given number of times; the
 * proxy logs every request so tests can see what the client did.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault =
  | { kind: 'status'; status: number; retryAfter?: string; body?: string; headers?: Record<string, string> }
  | { kind: 'reset'; afterBytes: number }
  | { kind: 'delay'; ms: number }
  /** 307 to `to` + the request path (blob storage elsewhere). */
  | { kind: 'redirect'; to: string }
  /** Forward, then cut the connection after this many bytes of the response body. */
  | { kind: 'reset-response'; afterBytes: number }
  /** Forward without the Range header, as a server that ignores ranges would answer. */
  | { kind: 'strip-range' };

export interface FaultRule {
  method?: string;
  /** Tested against the request path (with query). */
  path?: RegExp;
  fault: Fault;
  /** How many matching requests get the fault (default 1). */
  times?: number;
}

export interface FaultProxy {
  /** host:port of the proxy. */
  host: string;
  add(rule: FaultRule): void;
  /** Every request seen: method, path and the fault applied if any. */
  log: Array<{ method: string; path: string; fault?: Fault['kind']; status?: number; authorized: boolean; range?: string | undefined }>;
  stop(): Promise<void>;
}

export interface ProxyOptions {
  /** Rewrite absolute Location headers to relative ones (path and query only), as some registries send. */
  relativeLocations?: boolean;
}

export async function startFaultProxy(target: string, opts: ProxyOptions = {}): Promise<FaultProxy> {
  const rules: Array<FaultRule & { left: number }> = [];
  const log: FaultProxy['log'] = [];
  const [thost, tport] = [target.slice(0, target.lastIndexOf(':')), Number(target.slice(target.lastIndexOf(':') + 1))];

  const server = http.createServer((req, res) => {
    const method = req.method ?? 'GET';
    const p = req.url ?? '/';
    const rule = rules.find((r) => r.left > 0 && (r.method === undefined || r.method === method) && (r.path === undefined || r.path.test(p)));
    const entry: FaultProxy['log'][number] = { method, path: p, authorized: req.headers.authorization !== undefined };
    log.push(entry);
    // A reset counts only once it fires (a small body may never reach its byte count).
    if (rule !== undefined && rule.fault.kind !== 'reset') {
      rule.left--;
      entry.fault = rule.fault.kind;
    }
    const fault = rule?.fault;
    if (fault?.kind === 'status') {
      entry.status = fault.status;
      const headers: Record<string, string> = { 'content-type': 'application/json', connection: 'close' };
      if (fault.retryAfter !== undefined) headers['retry-after'] = fault.retryAfter;
      Object.assign(headers, fault.headers ?? {});
      res.writeHead(fault.status, headers).end(fault.body ?? JSON.stringify({ errors: [{ code: 'UNAVAILABLE', message: 'injected fault' }] }));
      req.resume();
      return;
    }
    if (fault?.kind === 'redirect') {
      entry.status = 307;
      res.writeHead(307, { location: `${fault.to}${p}` }).end();
      req.resume();
      return;
    }
    const forward = (): void => {
      const headers = { ...req.headers };
      if (fault?.kind === 'strip-range') delete headers.range;
      entry.range = req.headers.range;
      const up = http.request({ host: thost, port: tport, method, path: p, headers }, (upRes) => {
        entry.status = upRes.statusCode;
        const loc = upRes.headers.location;
        if (opts.relativeLocations === true && typeof loc === 'string' && /^https?:\/\//.test(loc)) {
          const u = new URL(loc);
          upRes.headers.location = `${u.pathname}${u.search}`;
        }
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        if (fault?.kind === 'reset-response') {
          let sent = 0;
          upRes.on('data', (c: Buffer) => {
            if (sent + c.length >= fault.afterBytes) {
              res.write(c.subarray(0, Math.max(0, fault.afterBytes - sent)));
              upRes.destroy();
              res.socket?.destroy();
              return;
            }
            sent += c.length;
            res.write(c);
          });
          upRes.on('end', () => res.end());
        } else upRes.pipe(res);
      });
      up.on('error', () => res.destroy());
      if (fault?.kind === 'reset') {
        let seen = 0;
        req.on('data', (c: Buffer) => {
          seen += c.length;
          if (seen >= fault.afterBytes && rule !== undefined && rule.left > 0) {
            rule.left--;
            entry.fault = 'reset';
            up.destroy();
            req.socket.destroy();
          } else up.write(c);
        });
        req.on('end', () => up.end());
      } else req.pipe(up);
    };
    if (fault?.kind === 'delay') setTimeout(forward, fault.ms);
    else forward();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    add: (rule) => rules.push({ ...rule, left: rule.times ?? 1 }),
    log,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
