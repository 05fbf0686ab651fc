/**
 * pullError words a failed pull for command tests. The builder's last stderr
 * line and the image reference are untrusted text (a registry's answer, a
 * pasted reference): both reach the message only bounded and escaped.
 */
import { expect, it } from '@jest/globals';
import { pullError } from '../../../shared/src/compliance/cst/container-runtime.js';

it("quotes the builder's last line bounded, with control characters escaped", () => {
  const hostile = `Error: ${'x'.repeat(5000)}\u001b[2J\u0007 end`;
  const e = pullError('buildah', { transport: 'oci', path: '/tmp/layout' }, `noise\n${hostile}\n`);
  expect(e.code).toBe('BUILDER');
  expect(e.message.length).toBeLessThan(600);
  expect(e.message).not.toContain('\u001b');
  expect(e.message).not.toContain('\u0007');
  expect(e.message).toContain('could not load the image for command tests: Error: xxx');
});

it('an auth refusal names the registry and never quotes a user:password@ pasted into the reference', () => {
  const e = pullError(
    'skopeo',
    { transport: 'docker', reference: 'robot:hunter2@ghcr.io/acme/app:1', plainHttp: false },
    'trying to pull\nError: initializing source: unauthorized: authentication required\n',
  );
  expect(e.message).not.toContain('hunter2');
});
