/**
 * A stand-in for releases.hashicorp.com on loopback, and throwaway signing
 * keys made with Debian's gpg the way HashiCorp signs (a binary detached
 * signature of SHA256SUMS, `gpg --detach-sign`). The site serves whatever is
 * put in `files` by path and records every request; `publish` lays out one
 * release (zip, SHA256SUMS, .sig) as the real site does.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export interface GpgKey {
  /** `gpg --armor --export`: what packer-pgp-key takes. */
  publicKey: string;
  /** Primary key fingerprint, lower-case hex. */
  fingerprint: string;
  /** A binary detached signature of `data`, made by gpg. */
  sign(data: Buffer): Buffer;
  /** Stops this key's gpg-agent and deletes its home. */
  dispose(): void;
}

/** A fresh RSA key in its own GNUPGHOME (rsa3072: openpgp.js refuses RSA under 2047 bits). */
export function makeGpgKey(name: string): GpgKey {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'gpg-'));
  fs.chmodSync(home, 0o700);
  const env = { ...process.env, GNUPGHOME: home };
  const gpg = (args: string[], input?: Buffer): Buffer =>
    execFileSync('gpg', ['--batch', '--quiet', '--no-tty', '--pinentry-mode', 'loopback', '--passphrase', '', ...args], {
      env,
      ...(input === undefined ? {} : { input }),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  gpg(['--quick-gen-key', `${name} <${name.toLowerCase().replace(/\W+/g, '-')}@example.invalid>`, 'rsa3072', 'sign', '1d']);
  const colons = gpg(['--with-colons', '--list-keys']).toString();
  const fingerprint = (/^fpr:+([0-9A-F]{40}):/m.exec(colons)?.[1] ?? '').toLowerCase();
  if (fingerprint === '') throw new Error(`gpg made no key: ${colons}`);
  // Signing goes through gpg-agent, which can miss its IPC deadline on a loaded machine: a fixture
  // hiccup, not the behaviour under test, so it is tried again (and the same bytes are signed once).
  const signed = new Map<string, Buffer>();
  const sign = (data: Buffer): Buffer => {
    const memo = signed.get(data.toString('base64'));
    if (memo !== undefined) return Buffer.from(memo);
    for (let attempt = 1; ; attempt++) {
      try {
        const sig = gpg(['--detach-sign', '--output', '-'], data);
        signed.set(data.toString('base64'), sig);
        return Buffer.from(sig);
      } catch (e) {
        if (attempt >= 3) throw e;
      }
    }
  };
  return {
    publicKey: gpg(['--armor', '--export', fingerprint]).toString(),
    fingerprint,
    sign,
    dispose: () => {
      try {
        execFileSync('gpgconf', ['--kill', 'gpg-agent'], { env, stdio: 'ignore' });
      } catch {
        // no agent was started
      }
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

/** A release zip (linux_amd64 layout) of Debian's packer 1.6.6, made in `dir`: what the real binary reports is the version to serve it as. */
export function zipDebianPacker(dir: string): { version: string; zipName: string; zip: Buffer; sha256: string } {
  const version = '1.6.6';
  const zipName = `packer_${version}_linux_amd64.zip`;
  const src = fs.mkdtempSync(path.join(dir, 'zip-src-'));
  fs.copyFileSync('/usr/bin/packer', path.join(src, 'packer'));
  execFileSync('zip', ['-q', '-1', path.join(dir, zipName), 'packer'], { cwd: src });
  fs.rmSync(src, { recursive: true, force: true });
  const zip = fs.readFileSync(path.join(dir, zipName));
  return { version, zipName, zip, sha256: createHash('sha256').update(zip).digest('hex') };
}

/** A SHA256SUMS as HashiCorp writes it, with look-alike names around the one that counts. */
export function sha256Sums(version: string, zipName: string, sum: string): string {
  return [`${'0'.repeat(64)}  x${zipName}`, `${sum}  ${zipName}`, `${'1'.repeat(64)}  packer_${version}_linux_arm64.zip`].join('\n') + '\n';
}

export interface PackerReleaseSite {
  baseUrl: string;
  /** What the site serves, by request path. */
  files: Map<string, Buffer>;
  /** Request paths, in order. */
  hits: string[];
  stop(): Promise<void>;
}

export async function startPackerReleaseSite(): Promise<PackerReleaseSite> {
  const files = new Map<string, Buffer>();
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    // One connection per request. A kept-alive connection races the server's keep-alive timeout when a test blocks
    // the event loop it shares with this server (execFileSync of gpg or packer): past the timeout, the next request
    // goes out on the pooled socket before the server's overdue timer closes it, and is reset ("fetch failed"). The
    // install retries such a reset (release-fetch.ts), but the tests must not depend on it by accident;
    // packer-install.test.ts resets connections on purpose.
    const body = files.get(req.url ?? '');
    if (body === undefined) {
      res.writeHead(404, { connection: 'close' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-length': body.length, connection: 'close' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    files,
    hits,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

export interface Release {
  version: string;
  zipName: string;
  zip?: Buffer;
  /** SHA256SUMS text as served (undefined: not served). */
  sums?: string;
  /** The signature as served (undefined: not served). */
  sig?: Buffer;
}

/** Puts one release's files on the site (replacing what was there for any version). */
export function publish(site: PackerReleaseSite, r: Release, index?: unknown): void {
  site.files.clear();
  const dir = `/packer/${r.version}`;
  if (r.zip !== undefined) site.files.set(`${dir}/${r.zipName}`, r.zip);
  if (r.sums !== undefined) site.files.set(`${dir}/packer_${r.version}_SHA256SUMS`, Buffer.from(r.sums));
  if (r.sig !== undefined) site.files.set(`${dir}/packer_${r.version}_SHA256SUMS.sig`, r.sig);
  if (index !== undefined) site.files.set('/packer/index.json', Buffer.from(typeof index === 'string' ? index : JSON.stringify(index)));
}

/** An index.json shaped like HashiCorp's, one entry per version. */
export function releaseIndex(versions: readonly string[]): unknown {
  return {
    name: 'packer',
    versions: Object.fromEntries(
      versions.map((v) => [
        v,
        {
          name: 'packer',
          version: v,
          shasums: `packer_${v}_SHA256SUMS`,
          shasums_signature: `packer_${v}_SHA256SUMS.sig`,
          shasums_signatures: [`packer_${v}_SHA256SUMS.72D7468F.sig`, `packer_${v}_SHA256SUMS.sig`],
          builds: [
            {
              name: 'packer',
              version: v,
              os: 'linux',
              arch: 'amd64',
              filename: `packer_${v}_linux_amd64.zip`,
              url: `https://releases.hashicorp.com/packer/${v}/packer_${v}_linux_amd64.zip`,
            },
          ],
        },
      ]),
    ),
  };
}
