/**
 * build-push-action's list inputs given hostile values: as long as an
 * environment variable may be (Linux: 128 KiB per string), a token pasted
 * into the wrong input, terminal escapes, unclosed quotes. Each is refused at
 * input time naming the input (and its line where it has one), in a bounded
 * message, with at most a short redacted preview, no control characters, and
 * in bounded time.
 */
import { describe, expect, test } from '@jest/globals';
import { getInputs } from '../../build-image/src/context.js';
import { inputEnv } from '../../scripts/local/run-bundle.js';
import { pipelineErrorOf as fails } from '../support/pipeline-error.js';

const TOKEN = 'ghp_R8x2Qk0Zb7Lw3Nv5Tj9Hs1Md4Fc6Ya2Pe0Ug';
const LONG = `${TOKEN}${'A9'.repeat(60_000)}`;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/; // eslint-disable-line no-control-regex

const inputs = (given: Record<string, string>) => ({
  RUNNER_TEMP: '/rt',
  GITHUB_WORKSPACE: '/w',
  ...inputEnv({ context: '.', builder: 'auto', kind: 'auto', tags: 'ghcr.io/acme/app:1', ...given }),
});

describe.each([
  ['outputs', `type=${LONG}`],
  ['outputs', `type=oci,${LONG}=1`],
  ['outputs', LONG],
  ['outputs', `type=oci,dest=${LONG}`],
  ['outputs', `"type=oci,dest=${TOKEN}`],
  ['outputs', `type=oci,dest=out/\u001b]8;;https://evil\u0007${TOKEN}.tar`],
  ['annotations', `${LONG}:k=v`],
  ['annotations', `manifest:${TOKEN} x=v`],
  ['annotations', LONG],
  ['annotations', `"manifest:k=${TOKEN}`],
  ['build-contexts', LONG],
  ['build-contexts', `${TOKEN}!=./x`],
  ['build-contexts', `"a=${TOKEN}`],
  ['build-contexts', `a=./x\na=${LONG}`],
  ['build-contexts', `a=docker-image://${LONG}`],
  ['build-contexts', `a=docker-image://alpine:${LONG}`],
  ['build-contexts', `a=docker-image://alpine:${TOKEN}\u001b[31m`],
  ['build-contexts', `a=docker-image://ghcr.io/${TOKEN}/\u001b]8;;x\u0007app`],
  ['build-contexts', `a=https://example.org/${LONG}.tar`],
  ['build-contexts', `a=https://ex ample.org/${TOKEN}\u0007.tar`],
])('%s: %#', (input, value) => {
  test('refused naming the input, bounded, redacted, without control characters', () => {
    const started = Date.now();
    const e = fails(() => getInputs(inputs({ [input]: value })));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(e.input).toBe(input);
    for (const shown of [e.message, e.hint ?? '']) {
      expect(shown.length).toBeLessThan(1_500);
      expect(shown).not.toContain(TOKEN.slice(0, 12));
      expect(shown).not.toMatch(CONTROL);
    }
  });
});
