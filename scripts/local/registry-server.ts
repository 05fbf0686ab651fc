/**
 * A real CNCF distribution registry (Debian's `docker-registry`) on a free
 * loopback port, with its own storage folder: the local pipeline pushes to it,
 * and tests and benchmarks use it.
 * Extra config (auth) is merged in by callers that need it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export interface Registry {
  /** host:port, e.g. 127.0.0.1:40123 */
  host: string;
  url: string;
  storage: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

export interface RegistryOptions {
  /** YAML lines appended under the top level of the config (e.g. an `auth:` block). */
  extraConfig?: string;
  port?: number;
}

export async function startRegistry(opts: RegistryOptions = {}): Promise<Registry> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'registry-'));
  const storage = path.join(dir, 'data');
  await fs.mkdir(storage);
  const port = opts.port ?? (await freePort());
  const config = [
    'version: 0.1',
    'log:',
    '  level: error',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${storage}`,
    '  delete:',
    '    enabled: true',
    '  maintenance:',
    '    uploadpurging:',
    '      enabled: false',
    'http:',
    `  addr: 127.0.0.1:${port}`,
    opts.extraConfig ?? '',
  ].join('\n');
  const configPath = path.join(dir, 'config.yml');
  await fs.writeFile(configPath, config);
  const child: ChildProcess = spawn('docker-registry', ['serve', configPath], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => {
    stderr = (stderr + c.toString()).slice(-4000);
  });
  const host = `127.0.0.1:${port}`;
  const deadline = Date.now() + 15000;
  while (true) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited: ${stderr}`);
    try {
      const res = await fetch(`http://${host}/v2/`);
      if (res.status === 200 || res.status === 401) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`docker-registry did not start on ${host}: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    host,
    url: `http://${host}`,
    storage,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 3000)))]);
        clearTimeout(timer);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
