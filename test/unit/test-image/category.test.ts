/** test-image's `category` input: code scanning's category for the SARIF run (issue 15 item 5). */
import { describe, expect, it } from '@jest/globals';
import { getInputs } from '../../../test-image/src/context.js';

const env = (extra: Record<string, string>) => ({ INPUT_IMAGE: './out', RUNNER_TEMP: '/tmp/rt', GITHUB_WORKSPACE: '/tmp/ws', ...extra });

describe('category input', () => {
  it('is absent unless given (the SARIF writer then derives one from the image and platform)', () => {
    expect(getInputs(env({}))).not.toHaveProperty('category');
  });

  it('is passed through as written, for containers and machine images', () => {
    expect(getInputs(env({ INPUT_CATEGORY: 'images/api' }))).toMatchObject({ kind: 'container', category: 'images/api' });
    expect(getInputs(env({ INPUT_CATEGORY: 'ami/base', 'INPUT_AMI-ID': 'ami-0123456789abcdef0', 'INPUT_AMI-REGION': 'eu-west-1' }))).toMatchObject({
      kind: 'machine',
      category: 'ami/base',
    });
  });

  it('refuses several lines, naming the input', () => {
    expect(() => getInputs(env({ INPUT_CATEGORY: 'a\nb' }))).toThrow(/input 'category' has 2 lines, expected one/);
  });
});
