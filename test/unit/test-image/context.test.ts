import { describe, expect, it } from '@jest/globals';
import { getInputs } from '../../../test-image/src/context.js';

describe('test-image getInputs', () => {
  it.each([
    [{ INPUT_IMAGE: './out/layout', RUNNER_TEMP: '/rt' }, { kind: 'container', image: './out/layout', rules: [], 'fail-on': 'error', sarif: '/rt/test-image/results.sarif', junit: '/rt/test-image/junit.xml', report: '/rt/test-image/report.json', 'command-network': 'none', 'command-privileges': 'none', connect: { registryAuth: [], githubToken: '', insecureRegistries: [] }, workspace: process.cwd() }],
    [
      { INPUT_IMAGE: 'oci-archive:img.tar', INPUT_POLICY: 'p.yml', INPUT_RULES: 'cis-docker\n-CIS-4.6, IMG-SUDO # why', 'INPUT_FAIL-ON': 'warning', INPUT_SARIF: 'r.sarif', INPUT_JUNIT: 'j.xml', INPUT_DOCKERFILE: 'docker/Dockerfile', INPUT_PLATFORM: 'linux/arm64', 'INPUT_GITHUB-TOKEN': 'ghs_x', 'INPUT_COMMAND-NETWORK': 'host', 'INPUT_COMMAND-PRIVILEGES': 'policy', RUNNER_TEMP: '/rt' },
      { kind: 'container', image: 'oci-archive:img.tar', policy: 'p.yml', rules: ['cis-docker', '-CIS-4.6', 'IMG-SUDO'], 'fail-on': 'warning', sarif: 'r.sarif', junit: 'j.xml', report: '/rt/test-image/report.json', dockerfile: 'docker/Dockerfile', platform: 'linux/arm64', 'github-token': 'ghs_x', 'command-network': 'host', 'command-privileges': 'policy', connect: { registryAuth: [], githubToken: 'ghs_x', insecureRegistries: [] }, workspace: process.cwd() },
    ],
    // On a runner: the workspace, and the commit a check run goes to when a token is given.
    [
      { INPUT_IMAGE: 'l', 'INPUT_GITHUB-TOKEN': 'ghs_x', RUNNER_TEMP: '/rt', GITHUB_WORKSPACE: '/ws', GITHUB_REPOSITORY: 'acme/app', GITHUB_SHA: 'abc', GITHUB_API_URL: 'http://127.0.0.1:9/api', 'INPUT_ALLOW-OUTSIDE-WORKSPACE': 'true' },
      { kind: 'container', image: 'l', rules: [], 'fail-on': 'error', sarif: '/rt/test-image/results.sarif', junit: '/rt/test-image/junit.xml', report: '/rt/test-image/report.json', 'command-network': 'none', 'command-privileges': 'none', 'github-token': 'ghs_x', 'allow-outside-workspace': true, connect: { registryAuth: [], githubToken: 'ghs_x', insecureRegistries: [] }, workspace: '/ws', checkRun: { token: 'ghs_x', owner: 'acme', repo: 'app', headSha: 'abc', baseUrl: 'http://127.0.0.1:9/api' } },
    ],
    // No token, no check run; a repository without owner/name is no target either.
    [{ INPUT_IMAGE: 'l', RUNNER_TEMP: '/rt', GITHUB_WORKSPACE: '/ws', GITHUB_REPOSITORY: 'acme/app', GITHUB_SHA: 'abc' }, { kind: 'container', image: 'l', rules: [], 'fail-on': 'error', sarif: '/rt/test-image/results.sarif', junit: '/rt/test-image/junit.xml', report: '/rt/test-image/report.json', 'command-network': 'none', 'command-privileges': 'none', connect: { registryAuth: [], githubToken: '', insecureRegistries: [] }, workspace: '/ws' }],
    [{ INPUT_IMAGE: 'l', 'INPUT_GITHUB-TOKEN': 't', RUNNER_TEMP: '/rt', GITHUB_WORKSPACE: '/ws', GITHUB_REPOSITORY: 'app', GITHUB_SHA: 'abc' }, { kind: 'container', image: 'l', rules: [], 'fail-on': 'error', sarif: '/rt/test-image/results.sarif', junit: '/rt/test-image/junit.xml', report: '/rt/test-image/report.json', 'command-network': 'none', 'command-privileges': 'none', 'github-token': 't', connect: { registryAuth: [], githubToken: 't', insecureRegistries: [] }, workspace: '/ws' }],
    // A registry image with distribute-image's connect inputs.
    [
      { INPUT_IMAGE: 'ghcr.io/acme/app:1', 'INPUT_REGISTRY-AUTH': '- registry: registry.example:5000\n  username: ci\n  password: s3cret\n', 'INPUT_GITHUB-TOKEN': 'ghs_x', 'INPUT_INSECURE-REGISTRIES': 'registry.example:5000\nHTTP://Mirror.Example', RUNNER_TEMP: '/rt', GITHUB_WORKSPACE: '/ws' },
      { kind: 'container', image: 'ghcr.io/acme/app:1', rules: [], 'fail-on': 'error', sarif: '/rt/test-image/results.sarif', junit: '/rt/test-image/junit.xml', report: '/rt/test-image/report.json', 'command-network': 'none', 'command-privileges': 'none', 'github-token': 'ghs_x', connect: { registryAuth: [{ registry: 'registry.example:5000', username: 'ci', password: 's3cret' }], githubToken: 'ghs_x', insecureRegistries: ['registry.example:5000', 'mirror.example'] }, workspace: '/ws' },
    ],
    // Machine images: amis or ami-id selects them; the container inputs are not read (a bad platform does not matter).
    [
      { INPUT_AMIS: '{"us-east-1":"ami-0123456789abcdef0","eu-west-1":"ami-0fedcba9876543210"}', INPUT_POLICY: 'p.yml', INPUT_PLATFORM: 'amd64', 'INPUT_AWS-ENDPOINT-URL': 'http://127.0.0.1:5000', RUNNER_TEMP: '/rt', GITHUB_WORKSPACE: '/ws' },
      { kind: 'machine', targets: [{ region: 'us-east-1', imageId: 'ami-0123456789abcdef0' }, { region: 'eu-west-1', imageId: 'ami-0fedcba9876543210' }], endpoint: 'http://127.0.0.1:5000', policy: 'p.yml', rules: [], 'fail-on': 'error', sarif: '/rt/test-image/results.sarif', junit: '/rt/test-image/junit.xml', report: '/rt/test-image/report.json', workspace: '/ws' },
    ],
    [
      { 'INPUT_AMI-ID': 'ami-0123456789abcdef0', AWS_REGION: 'eu-central-1', INPUT_IMAGE: 'ignored', 'INPUT_FAIL-ON': 'never', RUNNER_TEMP: '/rt', GITHUB_WORKSPACE: '/ws' },
      { kind: 'machine', targets: [{ region: 'eu-central-1', imageId: 'ami-0123456789abcdef0' }], rules: [], 'fail-on': 'never', sarif: '/rt/test-image/results.sarif', junit: '/rt/test-image/junit.xml', report: '/rt/test-image/report.json', workspace: '/ws' },
    ],
  ])('[%#] %o', (env, want) => expect(getInputs(env)).toEqual(want));

  it.each([
    [{}, "input 'image' is required"],
    [{ INPUT_IMAGE: 'x', 'INPUT_FAIL-ON': 'fatal' }, "input 'fail-on' is 'fatal', which is not one of error, warning, note, never"],
    [{ INPUT_IMAGE: 'oci-archive:' }, "has 'oci-archive:' with no path"],
    [{ INPUT_IMAGE: 'x', INPUT_PLATFORM: 'amd64' }, "input 'platform' is 'amd64', not os/arch"],
    [{ INPUT_IMAGE: 'x', 'INPUT_COMMAND-NETWORK': 'bridge' }, "input 'command-network' is 'bridge', which is not one of none, host"],
    [{ INPUT_IMAGE: 'x', 'INPUT_COMMAND-PRIVILEGES': 'all' }, "input 'command-privileges' is 'all', which is not one of none, policy"],
    [{ INPUT_IMAGE: 'r.example/app', 'INPUT_REGISTRY-AUTH': '- registry: r.example\n  username: ci\n' }, "registry-auth"],
    [{ INPUT_IMAGE: 'r.example/app', 'INPUT_INSECURE-REGISTRIES': 'not a host' }, "expected a registry host[:port], got 'not a host'"],
    [{ INPUT_AMIS: '[1]' }, "input 'amis' must map regions to AMI ids"],
    [{ 'INPUT_AMI-ID': 'ami-0123456789abcdef0' }, "input 'ami-region' is required with 'ami-id'"],
    [{ 'INPUT_AMI-ID': 'ami-0123456789abcdef0', 'INPUT_AMI-REGION': 'us-east-1', 'INPUT_FAIL-ON': 'fatal' }, "input 'fail-on' is 'fatal', which is not one of error, warning, note, never"],
  ])('[%#] refuses %o', (env, message) => expect(() => getInputs(env)).toThrow(message));
});
