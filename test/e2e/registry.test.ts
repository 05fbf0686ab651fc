/**
 * Our registry client against real docker-registry servers on loopback:
 * anonymous, htpasswd basic auth and token auth; interop with skopeo both
 * ways; two registries with different credentials in one push; a
 * multi-platform index from two layouts; an idempotent re-run; chunked
 * uploads; reading back through RegistrySource.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { isPipelineError } from '../../shared/src/errors.js';
import { run as runProcess } from '../../shared/src/process.js';
import { OciLayout } from '../../shared/src/oci/layout.js';
import type { ImageSource } from '../../shared/src/oci/source.js';
import type { Descriptor } from '../../shared/src/oci/types.js';
import { readIndex, resolveImage, walkDescriptors } from '../../shared/src/oci/image.js';
import { clientFactory } from '../../shared/src/registry/client/connect.js';
import { assertDistributed, distribute } from '../../shared/src/distribute/distribute.js';
import { imageToPush } from '../../shared/src/distribute/image-set.js';
import { pushImage } from '../../shared/src/distribute/push-image.js';
import { RegistrySource } from '../../shared/src/registry/client/source.js';
import { basicAuthConfig } from '../support/htpasswd.js';
import { makeLayout } from '../support/image-fixture.js';
import { startFaultProxy } from '../support/proxy.js';
import { startRegistry, type Registry } from '../support/registry.js';
import { skopeo, skopeoDigest, skopeoRaw } from '../support/skopeo.js';
import { startTokenIssuer, type TokenIssuer } from '../support/token-issuer.js';

async function run(cmd: string, args: string[]): Promise<void> {
  const r = await runProcess(cmd, args);
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
}

const FAST_RETRY = { attempts: 5, baseDelayMs: 20, maxDelayMs: 500, budgetMs: 5000 };

let work: string;
let anon: Registry;
let basic: Registry;
let tokenReg: Registry;
let issuer: TokenIssuer;
let layout: string;
let layoutArm: string;

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'registry-e2e-'));
  issuer = await startTokenIssuer({ users: { tok: 'tokpass' } });
  [anon, basic, tokenReg] = await Promise.all([
    startRegistry(),
    startRegistry({ extraConfig: await basicAuthConfig({ alice: 's3cret' }) }),
    startRegistry({ extraConfig: issuer.registryConfig }),
  ]);
  layout = path.join(work, 'amd64');
  layoutArm = path.join(work, 'arm64');
  await makeLayout(layout, { layers: [{ files: { 'etc/hello': 'hello amd64\n' } }, { randomBytes: 300_000 }], refNames: ['1.0'] });
  await makeLayout(layoutArm, { architecture: 'arm64', layers: [{ files: { 'etc/hello': 'hello arm64\n' } }], refNames: ['1.0'] });
}, 60_000);

afterAll(async () => {
  await Promise.all([anon?.stop(), basic?.stop(), tokenReg?.stop(), issuer?.stop()]);
  await fs.rm(work, { recursive: true, force: true });
});

const manifestDigest = async (dir: string): Promise<string> => ((await (await OciLayout.open(dir)).roots())[0] as { digest: string }).digest;

describe('anonymous registry', () => {
  test('push, read back with skopeo (same digest), re-run changes nothing', async () => {
    const first = await pushImage({ images: [layout], destinations: [`${anon.host}/team/app`], tags: ['1.0', 'latest'] });
    assertDistributed(first);
    const d = first.destinations[0];
    expect(first.digest).toBe(await manifestDigest(layout));
    expect(d?.blobsUploaded).toBe(3);
    expect(d?.refs.sort()).toEqual([`${anon.host}/team/app:1.0`, `${anon.host}/team/app:latest`, `${anon.host}/team/app@${first.digest}`].sort());
    expect(await skopeoDigest(`${anon.host}/team/app:1.0`)).toBe(first.digest);
    expect(await skopeoDigest(`${anon.host}/team/app:latest`)).toBe(first.digest);

    // skopeo copies it back to a layout: the same manifest, byte for byte.
    const back = path.join(work, 'back');
    await skopeo(['copy', '--src-tls-verify=false', `docker://${anon.host}/team/app:1.0`, `oci:${back}:x`]);
    expect(await manifestDigest(back)).toBe(first.digest);

    const again = await pushImage({ images: [layout], destinations: [`${anon.host}/team/app`], tags: ['1.0', 'latest'] });
    assertDistributed(again);
    const r = again.destinations[0];
    expect([r?.blobsUploaded, r?.blobsMounted, r?.blobsSkipped, r?.manifestsPushed, r?.bytesSent]).toEqual([0, 0, 3, 0, 0]);
    console.log(`anonymous push: first ${d?.ms} ms, re-run ${r?.ms} ms`);
  });

  test('a layout written by skopeo copy ... oci: is pushed with its digest intact', async () => {
    // Put our fixture into the registry with skopeo, then let skopeo write its own layout from there.
    await skopeo(['copy', '--dest-tls-verify=false', `oci:${layout}:1.0`, `docker://${anon.host}/src/app:v1`]);
    const skopeoLayout = path.join(work, 'skopeo-layout');
    await skopeo(['copy', '--src-tls-verify=false', `docker://${anon.host}/src/app:v1`, `oci:${skopeoLayout}:v1`]);
    const want = await manifestDigest(skopeoLayout);
    const res = await pushImage({ images: [skopeoLayout], destinations: [`${anon.host}/from-skopeo/app`] });
    assertDistributed(res);
    expect(res.digest).toBe(want);
    // The layout's own ref name becomes the tag when none is given.
    expect(await skopeoDigest(`${anon.host}/from-skopeo/app:v1`)).toBe(want);
  });

  test('a layout written by buildah (FROM scratch with busybox) is pushed with its digest intact', async () => {
    const ctx = path.join(work, 'buildah-ctx');
    await fs.mkdir(ctx, { recursive: true });
    await fs.copyFile('/bin/busybox', path.join(ctx, 'busybox'));
    await fs.writeFile(path.join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY busybox /bin/busybox\nCMD ["/bin/busybox", "true"]\n');
    const store = ['--root', path.join(work, 'buildah-root'), '--runroot', path.join(work, 'buildah-runroot'), '--storage-driver', 'vfs'];
    const buildahLayout = path.join(work, 'buildah-layout');
    await run('buildah', [...store, 'bud', '--isolation', 'chroot', '-t', 'e2e-busybox:1', ctx]);
    await run('buildah', [...store, 'push', 'e2e-busybox:1', `oci:${buildahLayout}:1`]);
    const want = await manifestDigest(buildahLayout);
    const res = await pushImage({ images: [buildahLayout], destinations: [`${anon.host}/from-buildah/busybox`] });
    assertDistributed(res);
    expect(res.digest).toBe(want);
    expect(await skopeoDigest(`${anon.host}/from-buildah/busybox:1`)).toBe(want);
  }, 60_000);

  test('two layouts become one multi-platform index that skopeo reads', async () => {
    const res = await pushImage({ images: [layout, layoutArm], destinations: [`${anon.host}/multi/app:2.0`] });
    assertDistributed(res);
    const raw = JSON.parse(await skopeoRaw(`${anon.host}/multi/app:2.0`)) as {
      mediaType: string;
      manifests: Array<{ digest: string; platform: { architecture: string } }>;
    };
    expect(raw.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(raw.manifests.map((m) => [m.platform.architecture, m.digest])).toEqual([
      ['amd64', await manifestDigest(layout)],
      ['arm64', await manifestDigest(layoutArm)],
    ]);
    expect(await skopeoDigest(`${anon.host}/multi/app:2.0`)).toBe(res.digest);
    expect(await skopeo(['inspect', '--tls-verify=false', '--override-arch', 'arm64', `docker://${anon.host}/multi/app:2.0`])).toContain(
      '"Architecture": "arm64"',
    );
  });

  test('chunked upload cuts blobs into PATCHes of the chunk size', async () => {
    const proxy = await startFaultProxy(anon.host);
    try {
      const res = await pushImage({
        images: [layout],
        destinations: [`${anon.host}/chunked/app:1`],
        connectTo: { [anon.host]: proxy.host },
        uploadMode: { kind: 'chunked', chunkSize: 64 * 1024 },
      });
      assertDistributed(res);
      const patches = proxy.log.filter((l) => l.method === 'PATCH').length;
      // 300 kB of random data gzipped stays ~300 kB: at least 5 chunks, plus one per small blob.
      expect(patches).toBeGreaterThanOrEqual(7);
      expect(await skopeoDigest(`${anon.host}/chunked/app:1`)).toBe(res.digest);
    } finally {
      await proxy.stop();
    }
  });

  test('relative Location headers are followed', async () => {
    const proxy = await startFaultProxy(anon.host, { relativeLocations: true });
    try {
      for (const uploadMode of [{ kind: 'patch' as const }, { kind: 'chunked' as const, chunkSize: 100_000 }]) {
        const repo = `relative/${uploadMode.kind}`;
        const res = await pushImage({ images: [layout], destinations: [`${anon.host}/${repo}:1`], connectTo: { [anon.host]: proxy.host }, uploadMode });
        assertDistributed(res);
        expect(await skopeoDigest(`${anon.host}/${repo}:1`)).toBe(res.digest);
      }
      expect(proxy.log.some((l) => l.method === 'PATCH' && l.status === 202)).toBe(true);
    } finally {
      await proxy.stop();
    }
  });

  test('a mount the registry declines (202) falls back to an upload', async () => {
    const proxy = await startFaultProxy(anon.host);
    proxy.add({
      method: 'POST',
      path: /[?&]mount=/,
      fault: { kind: 'status', status: 202, body: '', headers: { location: '/v2/declined/b/blobs/uploads/00000000-dead-beef' } },
      times: 100,
    });
    try {
      const res = await pushImage({
        images: [layout],
        destinations: [`${anon.host}/declined/a:1`, `${anon.host}/declined/b:1`],
        connectTo: { [anon.host]: proxy.host },
      });
      assertDistributed(res);
      const [, b] = res.destinations;
      expect([b?.blobsMounted, b?.blobsUploaded]).toEqual([0, 3]);
      // The upload session the declined mount opened was cancelled.
      expect(proxy.log.filter((l) => l.method === 'DELETE').length).toBe(3);
      expect(await skopeoDigest(`${anon.host}/declined/b:1`)).toBe(res.digest);
    } finally {
      await proxy.stop();
    }
  });

  test('fan-out reads each blob from disk once for all registries', async () => {
    const other = await startRegistry();
    try {
      const layoutSrc = await OciLayout.open(layout);
      let opened = 0;
      const counting: ImageSource = {
        name: layoutSrc.name,
        roots: () => layoutSrc.roots(),
        openBlob: (d) => {
          opened++;
          return layoutSrc.openBlob(d);
        },
        readBlob: (d) => layoutSrc.readBlob(d),
        hasBlob: (d) => layoutSrc.hasBlob(d),
        close: () => layoutSrc.close(),
      };
      const root = (await layoutSrc.roots())[0] as Descriptor;
      const res = await distribute({
        source: counting,
        root,
        destinations: [
          { registry: anon.host, repository: 'fanout/a', tags: ['1'] },
          { registry: other.host, repository: 'fanout/a', tags: ['1'] },
          { registry: anon.host, repository: 'fanout/b', tags: ['1'] },
        ],
        clients: clientFactory(),
      });
      assertDistributed(res);
      expect(res.destinations.map((d) => [d.blobsUploaded, d.blobsMounted])).toEqual([
        [3, 0],
        [3, 0],
        [0, 3],
      ]);
      expect(opened).toBe(3);
      expect(await skopeoDigest(`${other.host}/fanout/a:1`)).toBe(res.digest);
    } finally {
      await other.stop();
    }
  });

  test('RegistrySource reads the pushed image back, verified, and feeds a registry-to-registry copy', async () => {
    const src = RegistrySource.open(`${anon.host}/team/app:1.0`);
    const roots = await src.roots();
    expect(roots[0]?.digest).toBe(await manifestDigest(layout));
    const resolved = await resolveImage(src, roots[0] as never);
    expect(resolved.images[0]?.config.architecture).toBe('amd64');
    const all = await walkDescriptors(src, roots[0] as never);
    let bytes = 0;
    for (const d of all.filter((x) => x.mediaType.includes('layer'))) for await (const c of (await src.openBlob(d)) as AsyncIterable<Buffer>) bytes += c.length;
    expect(bytes).toBe(all.filter((x) => x.mediaType.includes('layer')).reduce((n, x) => n + x.size, 0));
    const res = await pushImage({ images: [`docker://${anon.host}/team/app:1.0`], destinations: [`${anon.host}/copied/app:1.0`] });
    assertDistributed(res);
    expect(await skopeoDigest(`${anon.host}/copied/app:1.0`)).toBe(roots[0]?.digest);
  });
});

describe('authenticated registries', () => {
  test('htpasswd basic auth: push with registry-auth; skopeo with the same credentials reads it', async () => {
    const res = await pushImage({
      images: [layout],
      destinations: [`${basic.host}/private/app:1.0`],
      auth: { registryAuth: [{ registry: basic.host, username: 'alice', password: 's3cret' }], dockerConfigDir: null, env: {} },
    });
    assertDistributed(res);
    expect(await skopeoDigest(`${basic.host}/private/app:1.0`, 'alice:s3cret')).toBe(res.digest);
  });

  test('htpasswd basic auth through Docker config.json: auths and a credHelper program', async () => {
    const cfg = path.join(work, 'docker-config');
    await fs.mkdir(cfg, { recursive: true });
    await fs.writeFile(path.join(cfg, 'config.json'), JSON.stringify({ auths: { [basic.host]: { auth: Buffer.from('alice:s3cret').toString('base64') } } }));
    const viaAuths = await pushImage({ images: [layout], destinations: [`${basic.host}/from-config/app:1`], auth: { dockerConfigDir: cfg, env: {} } });
    assertDistributed(viaAuths);

    const bin = path.join(work, 'bin');
    await fs.mkdir(bin, { recursive: true });
    const helper = path.join(bin, 'docker-credential-e2etest');
    await fs.writeFile(
      helper,
      `#!/bin/sh\nread host\n[ "$host" = "${basic.host}" ] && echo '{"ServerURL":"'$host'","Username":"alice","Secret":"s3cret"}' && exit 0\necho "credentials not found in native keychain"; exit 1\n`,
      { mode: 0o755 },
    );
    await fs.writeFile(path.join(cfg, 'config.json'), JSON.stringify({ credHelpers: { [basic.host]: 'e2etest' } }));
    const oldPath = process.env.PATH;
    process.env.PATH = `${bin}:${oldPath}`;
    try {
      const viaHelper = await pushImage({ images: [layout], destinations: [`${basic.host}/from-helper/app:1`], auth: { dockerConfigDir: cfg, env: {} } });
      assertDistributed(viaHelper);
    } finally {
      process.env.PATH = oldPath;
    }
    expect(await skopeoDigest(`${basic.host}/from-helper/app:1`, 'alice:s3cret')).toBe(viaAuths.digest);
  });

  test('token auth: bearer tokens with push scope, and a cross-repository mount under it', async () => {
    const auth = { registryAuth: [{ registry: tokenReg.host, username: 'tok', password: 'tokpass' }], dockerConfigDir: null, env: {} };
    const res = await pushImage({ images: [layout], destinations: [`${tokenReg.host}/a/app:1`, `${tokenReg.host}/b/app:1`], auth });
    assertDistributed(res);
    const [a, b] = res.destinations;
    expect(a?.blobsUploaded).toBe(3);
    expect(b?.blobsMounted).toBe(3);
    expect(b?.bytesSent).toBe(0);
    expect(issuer.issued.some((t) => t.user === 'tok' && t.scopes.includes('repository:a/app:pull,push'))).toBe(true);
    expect(issuer.issued.some((t) => t.scopes.includes('repository:a/app:pull') && t.scopes.includes('repository:b/app:pull,push'))).toBe(true);
    expect(await skopeoDigest(`${tokenReg.host}/b/app:1`, 'tok:tokpass')).toBe(res.digest);
  });

  test('a bearer token the registry no longer accepts is refreshed on 401', async () => {
    const staleIssuer = await startTokenIssuer({ users: { tok: 'tokpass' }, expiredFirst: 1 });
    const reg = await startRegistry({ extraConfig: staleIssuer.registryConfig });
    try {
      const res = await pushImage({
        images: [layout],
        destinations: [`${reg.host}/refresh/app:1`],
        auth: { registryAuth: [{ registry: reg.host, username: 'tok', password: 'tokpass' }], dockerConfigDir: null, env: {} },
        retry: FAST_RETRY,
      });
      assertDistributed(res);
      expect(staleIssuer.issued.length).toBeGreaterThanOrEqual(2);
      expect(await skopeoDigest(`${reg.host}/refresh/app:1`, 'tok:tokpass')).toBe(res.digest);
    } finally {
      await Promise.all([reg.stop(), staleIssuer.stop()]);
    }
  });

  test('two registries with different credentials in one push', async () => {
    const res = await pushImage({
      images: [layout, layoutArm],
      destinations: [`${basic.host}/both/app`, `${tokenReg.host}/both/app`],
      tags: ['multi'],
      auth: {
        registryAuth: [
          { registry: basic.host, username: 'alice', password: 's3cret' },
          { registry: tokenReg.host, username: 'tok', password: 'tokpass' },
        ],
        dockerConfigDir: null,
        env: {},
      },
    });
    assertDistributed(res);
    expect(await skopeoDigest(`${basic.host}/both/app:multi`, 'alice:s3cret')).toBe(res.digest);
    expect(await skopeoDigest(`${tokenReg.host}/both/app:multi`, 'tok:tokpass')).toBe(res.digest);
  });

  test('wrong credentials fail at once, naming the registry and what to check; the other registry still gets its tag', async () => {
    const proxy = await startFaultProxy(basic.host);
    try {
      const res = await pushImage({
        images: [layout],
        destinations: [`${basic.host}/denied/app:1`, `${anon.host}/allowed/app:1`],
        auth: { registryAuth: [{ registry: basic.host, username: 'alice', password: 'wrong' }], dockerConfigDir: null, env: {} },
        connectTo: { [basic.host]: proxy.host },
        retry: FAST_RETRY,
      });
      const [denied, allowed] = res.destinations;
      expect(denied?.error?.code).toBe('AUTH');
      expect(denied?.error?.message).toContain(basic.host);
      expect(denied?.error?.hint).toMatch(/credentials/);
      expect(denied?.refs).toEqual([]);
      expect(allowed?.error).toBeUndefined();
      // Never retried: refused credentials are not sent twice to the same URL.
      const refused = proxy.log.filter((l) => l.status === 401 && l.path !== '/v2/').map((l) => `${l.method} ${l.path}`);
      expect(refused.length).toBeGreaterThan(0);
      expect(new Set(refused).size).toBe(refused.length);
      expect(proxy.log.some((l) => l.method === 'PUT')).toBe(false);
      expect(() => assertDistributed(res)).toThrow(/refused/);
      expect(await skopeoDigest(`${anon.host}/allowed/app:1`)).toBe(res.digest);
      await expect(skopeoDigest(`${basic.host}/denied/app:1`, 'alice:s3cret')).rejects.toThrow();
    } finally {
      await proxy.stop();
    }
  });

  test('a blob GET redirected to another host goes there without Authorization', async () => {
    // The same blobs on the anonymous registry, reached under another host name (localhost).
    await pushImage({ images: [layout], destinations: [`${anon.host}/private/app:1.0`] });
    assertDistributed(
      await pushImage({
        images: [layout],
        destinations: [`${basic.host}/private/app:1.0`],
        auth: { registryAuth: [{ registry: basic.host, username: 'alice', password: 's3cret' }], dockerConfigDir: null, env: {} },
      }),
    );
    const front = await startFaultProxy(basic.host);
    const storage = await startFaultProxy(anon.host);
    const storageHost = storage.host.replace('127.0.0.1', 'localhost');
    front.add({ method: 'GET', path: /\/blobs\/sha256:/, fault: { kind: 'redirect', to: `http://${storageHost}` }, times: 100 });
    try {
      const src = RegistrySource.open(`${basic.host}/private/app:1.0`, {
        auth: { registryAuth: [{ registry: basic.host, username: 'alice', password: 's3cret' }], dockerConfigDir: null, env: {} },
        connectTo: { [basic.host]: front.host },
      });
      const root = (await src.roots())[0];
      const resolved = await resolveImage(src, root as never);
      expect(resolved.images[0]?.platform.architecture).toBe('amd64');
      expect(front.log.filter((l) => l.status === 307).length).toBeGreaterThan(0);
      expect(front.log.filter((l) => l.method === 'GET' && l.status === 200).every((l) => l.authorized)).toBe(true);
      expect(storage.log.length).toBeGreaterThan(0);
      expect(storage.log.every((l) => !l.authorized)).toBe(true);
    } finally {
      await Promise.all([front.stop(), storage.stop()]);
    }
  });

  test('GHCR-style hint names packages: write', async () => {
    const { authHint } = await import('../../shared/src/registry/transport/authorizer.js');
    expect(authHint('ghcr.io')).toContain('packages: write');
  });
});

describe('distribute() on a source object', () => {
  test('index children go before the index, and the index is verified after the PUT', async () => {
    const img = await imageToPush([await OciLayout.open(layout), await OciLayout.open(layoutArm)]);
    const order: string[] = [];
    const res = await distribute({
      ...img,
      destinations: [{ registry: anon.host, repository: 'order/app', tags: ['t'] }],
      clients: clientFactory(),
      onProgress: (e) => e.kind === 'manifest' && order.push(e.digest),
    });
    assertDistributed(res);
    const idx = await readIndex(img.source, img.root);
    expect(order).toEqual([...idx.manifests.map((m) => m.digest), img.root.digest]);
  });

  test('a corrupt blob in the layout is refused and nothing is tagged', async () => {
    const bad = path.join(work, 'corrupt');
    await fs.cp(layout, bad, { recursive: true });
    const l = await OciLayout.open(bad);
    const layer = (await walkDescriptors(l, (await l.roots())[0] as never)).find((d) => d.mediaType.includes('layer') && d.size > 1000);
    const file = l.blobPath(layer?.digest as never);
    const buf = await fs.readFile(file);
    buf[buf.length - 10] = (buf[buf.length - 10] ?? 0) ^ 0xff;
    await fs.writeFile(file, buf);
    const res = await pushImage({ images: [bad], destinations: [`${anon.host}/corrupt/app:1`] });
    expect(isPipelineError(res.destinations[0]?.error, 'DIGEST_MISMATCH')).toBe(true);
    await expect(skopeoDigest(`${anon.host}/corrupt/app:1`)).rejects.toThrow();
  });
});
