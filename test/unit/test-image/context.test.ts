import { describe, expect, it } from '@jest/globals';
import { getInputs } from '../../../test-image/src/context.js';

describe('test-image getInputs', () => {
  it.each([
    [{ INPUT_IMAGE: './out/layout', RUNNER_TEMP: '/rt' }, { image: './out/layout', rules: [], 'fail-on': 'error', sarif: '/rt/test-image/results.sarif', junit: '/rt/test-image/junit.xml', report: '/rt/test-image/report.json', 'command-network': 'none', 'command-privileges': 'none' }],
    [
      { INPUT_IMAGE: 'oci-archive:img.tar', INPUT_POLICY: 'p.yml', INPUT_RULES: 'cis-docker\n-CIS-4.6, IMG-SUDO # why', 'INPUT_FAIL-ON': 'warning', INPUT_SARIF: 'r.sarif', INPUT_JUNIT: 'j.xml', INPUT_DOCKERFILE: 'docker/Dockerfile', INPUT_PLATFORM: 'linux/arm64', 'INPUT_GITHUB-TOKEN': 'ghs_x', 'INPUT_COMMAND-NETWORK': 'host', 'INPUT_COMMAND-PRIVILEGES': 'policy', RUNNER_TEMP: '/rt' },
      { image: 'oci-archive:img.tar', policy: 'p.yml', rules: ['cis-docker', '-CIS-4.6', 'IMG-SUDO'], 'fail-on': 'warning', sarif: 'r.sarif', junit: 'j.xml', report: '/rt/test-image/report.json', dockerfile: 'docker/Dockerfile', platform: 'linux/arm64', 'github-token': 'ghs_x', 'command-network': 'host', 'command-privileges': 'policy' },
    ],
  ])('[%#] %o', (env, want) => expect(getInputs(env)).toEqual(want));

  it.each([
    [{}, "input 'image' is required"],
    [{ INPUT_IMAGE: 'x', 'INPUT_FAIL-ON': 'fatal' }, "input 'fail-on' is 'fatal', which is not one of error, warning, note, never"],
    [{ INPUT_IMAGE: 'oci-archive:' }, "has 'oci-archive:' with no path"],
    [{ INPUT_IMAGE: 'x', INPUT_PLATFORM: 'amd64' }, "input 'platform' is 'amd64', not os/arch"],
    [{ INPUT_IMAGE: 'x', 'INPUT_COMMAND-NETWORK': 'bridge' }, "input 'command-network' is 'bridge', which is not one of none, host"],
    [{ INPUT_IMAGE: 'x', 'INPUT_COMMAND-PRIVILEGES': 'all' }, "input 'command-privileges' is 'all', which is not one of none, policy"],
  ])('[%#] refuses %o', (env, message) => expect(() => getInputs(env)).toThrow(message));
});
