import { describe, expect, it } from '@jest/globals';
import { inputEnv, parseOutputFile } from '../../../../scripts/local/run-bundle.js';

describe('parseOutputFile', () => {
  it('reads name=value lines and heredoc blocks as @actions/core writes them', () => {
    const text = 'digest=sha256:abc\ntags<<ghadelimiter_1\na\nb=c\nghadelimiter_1\nempty=\n';
    expect(parseOutputFile(text)).toEqual({ digest: 'sha256:abc', tags: 'a\nb=c', empty: '' });
  });
  it('maps input names the way the runner does', () => {
    expect(inputEnv({ 'build-args': 'A=1', 'fail on': 'x' })).toEqual({ 'INPUT_BUILD-ARGS': 'A=1', INPUT_FAIL_ON: 'x' });
  });
});
