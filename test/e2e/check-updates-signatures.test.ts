/**
 * check-updates with base-signature-policy against the real docker-registry
 * 2.8 on loopback, in process through main(): a base that moved to an
 * unsigned digest (or one signed by another key) is not rebuilt onto, with
 * the reason and a warning; once the new digest carries a signature by the
 * trusted key, the rebuild is proposed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { memoryIO } from '../../shared/src/action/io.js';
import { main } from '../../shared/src/action/run-action.js';
import { generateSigningKeyPair } from '../../shared/src/attest/keys.js';
import { bundleReferrer } from '../../shared/src/attest/referrer.js';
import { createSigner, signImage } from '../../shared/src/attest/sign.js';
import type { Digest } from '../../shared/src/oci/digest.js';
import { Annotation } from '../../shared/src/oci/types.js';
import { RegistryClient } from '../../shared/src/registry/client/client.js';
import { attachReferrers } from '../../shared/src/distribute/referrers-push.js';
import { checkUpdates } from '../../check-updates/src/run.js';
import { inputEnv } from '../../scripts/local/run-bundle.js';
import { writeLayout } from '../support/images.js';
import { startRegistry, type Registry } from '../support/registry.js';
import { skopeoPushLayout } from '../support/skopeo.js';

let registry: Registry;
let ws: string;
const trusted = generateSigningKeyPair();
const other = generateSigningKeyPair();

async function pushLayout(name: string, content: string, annotations?: Record<string, string>): Promise<string> {
  const layout = path.join(ws, name.replace(/[^a-z0-9]/g, '_'));
  await fs.rm(layout, { recursive: true, force: true });
  const files = [{ name: 'etc/os-release', content }];
  const desc = await writeLayout(layout, annotations === undefined ? { layers: [files] } : { layers: [files], manifestAnnotations: annotations });
  await skopeoPushLayout(layout, `${registry.host}/${name}`);
  return desc.digest;
}

async function sign(repo: string, digest: string, privateKeyPem: string): Promise<void> {
  const client = new RegistryClient({ registry: registry.host, plainHttp: true, credentials: async () => undefined });
  const head = await client.headManifest(repo, digest, ['pull']);
  const r = bundleReferrer(await signImage(createSigner({ kind: 'key', privateKeyPem }), digest), new Date());
  await attachReferrers(client, repo, { mediaType: head?.mediaType ?? '', digest: digest as Digest, size: head?.size ?? 0 }, [
    { artifactType: r.artifactType, blobs: [{ mediaType: r.layerMediaType, bytes: r.layer }], annotations: r.annotations },
  ]);
}

async function check(inputs: Record<string, string>) {
  const io = memoryIO();
  await main(checkUpdates, { GITHUB_WORKSPACE: ws, RUNNER_TEMP: path.join(ws, 'rt'), ...inputEnv({ image: `${registry.host}/app:latest`, ...inputs }) }, io);
  return io;
}

beforeAll(async () => {
  registry = await startRegistry();
  ws = await fs.mkdtemp(path.join(os.tmpdir(), 'check-updates-sig-'));
  await fs.writeFile(path.join(ws, 'trusted.pub'), trusted.publicKeyPem);
  await fs.writeFile(path.join(ws, 'base-policy.yml'), 'schemaVersion: 2.0.0\nsignatures:\n  keys: [trusted.pub]\n');
  await fs.writeFile(path.join(ws, 'no-section.yml'), 'schemaVersion: 2.0.0\n');
}, 30000);

afterAll(async () => {
  await registry.stop();
  await fs.rm(ws, { recursive: true, force: true });
});

describe('check-updates base-signature-policy', () => {
  it('does not propose a rebuild onto a moved base until its new digest is signed by a trusted key', async () => {
    const baseRef = `${registry.host}/base:1`;
    const a = await pushLayout('base:1', 'A\n');
    await pushLayout('app:latest', 'app\n', { [Annotation.BaseName]: baseRef, [Annotation.BaseDigest]: a });
    const b = await pushLayout('base:1', 'B, patched\n');

    // Without the input: the move alone rebuilds (as before).
    expect((await check({})).recorded.outputs['rebuild-needed']).toBe('true');

    const unsigned = await check({ 'base-signature-policy': 'base-policy.yml' });
    expect(unsigned.recorded.failed).toBeUndefined();
    expect(unsigned.recorded.outputs['rebuild-needed']).toBe('false');
    expect(unsigned.recorded.outputs.reason).toContain(`base ${baseRef} moved to ${b}, which does not verify under base-signature-policy`);
    expect(unsigned.recorded.outputs.reason).toContain('SIG-001');
    expect(unsigned.recorded.log.filter((l) => l.level === 'warning').map((l) => l.message)).toEqual([
      expect.stringContaining(`Base ${baseRef} moved to ${b}`),
    ]);

    await sign('base', b, other.privateKeyPem);
    const wrongKey = await check({ 'base-signature-policy': 'base-policy.yml' });
    expect(wrongKey.recorded.outputs['rebuild-needed']).toBe('false');
    expect(wrongKey.recorded.outputs.reason).toContain('SIG-002');

    await sign('base', b, trusted.privateKeyPem);
    const signed = await check({ 'base-signature-policy': 'base-policy.yml' });
    expect(signed.recorded.outputs['rebuild-needed']).toBe('true');
    expect(signed.recorded.outputs.reason).toBe(`base ${baseRef} moved from ${a} to ${b}`);
    expect(signed.recorded.log.filter((l) => l.level === 'warning')).toEqual([]);
  }, 90000);

  it('a policy file without a signatures section is refused, naming the input', async () => {
    const io = await check({ 'base-signature-policy': 'no-section.yml' });
    expect(io.recorded.failed).toMatch(/expected the policy file 'no-section.yml' to have a signatures section, got none/);
  }, 30000);
});
