import { expect, test } from '@jest/globals';
import { imageRef } from '../../../../shared/src/compliance/check-image.js';
import { pullFlags } from '../../../../shared/src/compliance/cst/container-runtime.js';
import { isLoopbackRegistry, usesPlainHttp } from '../../../../shared/src/registry/transport/scheme.js';

// Moved from test/unit/distribute/destinations.test.ts.
test.each([
  ['127.0.0.1:5000', [], true],
  ['localhost', [], true],
  ['[::1]:5000', [], true],
  ['ghcr.io', [], false],
  ['registry.lan:5000', ['registry.lan:5000'], true],
  ['127.0.0.1.nip.io', [], false],
])('usesPlainHttp(%s, %j) = %s', (host, insecure, want) => {
  expect(usesPlainHttp(host, insecure)).toBe(want);
});

// The registry client said 127.x.x.x and test-image's pull flags said 127.0.0.1 only: one rule now, the whole 127.0.0.0/8.
test.each([
  ['127.0.0.1', true],
  ['127.0.0.2:5000', true],
  ['127.255.255.254:443', true],
  ['LOCALHOST:5000', true],
  ['[::1]', true],
  ['::1', true],
  ['[0:0:0:0:0:0:0:1]:5000', true],
  ['127.256.0.1', false],
  ['127.0.0', false],
  ['128.0.0.1', false],
  ['localhost.evil.io', false],
  ['[::2]:5000', false],
  ['10.0.0.1:5000', false],
])('isLoopbackRegistry(%s) = %s', (host, want) => {
  expect(isLoopbackRegistry(host)).toBe(want);
});

test('insecure-registries entries compare normalised (scheme, case, Docker Hub aliases)', () => {
  expect(usesPlainHttp('registry.lan:5000', ['http://Registry.LAN:5000/'])).toBe(true);
  expect(usesPlainHttp('docker.io', ['index.docker.io'])).toBe(true);
  expect(usesPlainHttp('registry.lan:5001', ['registry.lan:5000'])).toBe(false);
  expect(usesPlainHttp('registry.lan', ['registry.lan:5000'])).toBe(false);
});

test.each([
  ['127.0.0.2:5000/a:1', [], true],
  ['127.0.0.1:5000/a:1', [], true],
  ['localhost/a', [], true],
  ['registry.lan:5000/a:1', ['registry.lan:5000'], true],
  ['registry.lan:5000/a:1', [], false],
  ['ghcr.io/a/b', [], false],
])("test-image's runtime pulls %s over plain HTTP by the same rule (insecure %j): %s", (reference, insecure, want) => {
  const r = imageRef({ kind: 'registry', reference }, undefined, insecure);
  expect(pullFlags(r)).toEqual(want ? ['--tls-verify=false'] : []);
});
