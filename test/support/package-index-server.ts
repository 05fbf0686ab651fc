/**
 * A loopback HTTP server for fixed files (package indexes, a tracker JSON), as
 * a mirror serves them: 200 with the bytes for a known path, 404 otherwise;
 * every requested path recorded, so tests can say what was (not) fetched.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PackageIndexServer {
  /** `http://127.0.0.1:<port>`. */
  base: string;
  /** Each request's path, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function servePackageIndexes(files: ReadonlyMap<string, Buffer>): Promise<PackageIndexServer> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    const body = files.get(req.url ?? '');
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/octet-stream' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
