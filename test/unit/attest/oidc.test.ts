import { describe, expect, it } from '@jest/globals';
import { githubOidcFromEnv, requireGitHubOidc } from '../../../shared/src/attest/oidc.js';
import { pipelineErrorOf } from '../../support/pipeline-error.js';

const env = {
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://pipelines.actions.example/token?api-version=2.0',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'req-token-0123456789abcdef',
};

describe('GitHub OIDC variables', () => {
  it('reads the request URL and token', () => {
    expect(githubOidcFromEnv(env)).toEqual({ requestUrl: env.ACTIONS_ID_TOKEN_REQUEST_URL, requestToken: env.ACTIONS_ID_TOKEN_REQUEST_TOKEN });
    expect(requireGitHubOidc(env).requestUrl).toBe(env.ACTIONS_ID_TOKEN_REQUEST_URL);
  });

  it.each([
    ['no variables', {}],
    ['an empty token', { ...env, ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' }],
  ])('%s: none for keyless, an AUTH error naming the input and the permission', (_what, vars) => {
    expect(githubOidcFromEnv(vars)).toBeUndefined();
    const e = pipelineErrorOf(() => requireGitHubOidc(vars));
    expect(e.code).toBe('AUTH');
    expect(e.input).toBe('sign');
    expect(e.message).toContain('expected ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN for keyless signing, got none');
    expect(e.message).toContain('permissions: id-token: write');
  });
});
