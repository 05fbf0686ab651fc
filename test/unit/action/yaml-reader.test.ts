/**
 * Issue 17 item 3: the YAML reader is loaded only for a step given a YAML input (registry-auth). main() awaits it
 * before the (synchronous) getInputs when the input is set, and loads nothing for a step without one.
 * This file's module state is the check: the first case runs main() with no YAML input and the reader must still
 * be unloaded after it; the next gives registry-auth and getInputs must find it loaded.
 */
import { describe, expect, it } from '@jest/globals';
import { memoryIO } from '../../../shared/src/action/io.js';
import { main, type Action } from '../../../shared/src/action/run-action.js';
import { needsYamlReader, YAML_INPUTS, yamlReaderLoaded } from '../../../shared/src/action/yaml-reader.js';
import { parseRegistryAuth } from '../../../shared/src/registry/credentials/registry-auth.js';

/** An action whose getInputs records whether the reader was loaded when inputs were read. */
function probe(): { action: Action<boolean, boolean>; seen: boolean[] } {
  const seen: boolean[] = [];
  const action: Action<boolean, boolean> = {
    name: 'probe',
    getInputs: () => {
      seen.push(yamlReaderLoaded());
      return true;
    },
    run: async () => true,
    outputsOf: () => ({}),
  };
  return { action, seen };
}

describe('the YAML reader, loaded only for a YAML input', () => {
  it('needsYamlReader: a non-blank registry-auth needs it; blank, whitespace or absent does not', () => {
    expect(YAML_INPUTS).toEqual(['registry-auth']);
    expect(needsYamlReader({})).toBe(false);
    expect(needsYamlReader({ 'INPUT_REGISTRY-AUTH': '' })).toBe(false);
    expect(needsYamlReader({ 'INPUT_REGISTRY-AUTH': ' \n  \n' })).toBe(false);
    expect(needsYamlReader({ INPUT_POLICY: 'policy.yml' })).toBe(false);
    expect(needsYamlReader({ 'INPUT_REGISTRY-AUTH': '- registry: ghcr.io\n  username: u\n  password: p\n' })).toBe(true);
  });

  it('main() without a YAML input reads the inputs without loading it', async () => {
    const { action, seen } = probe();
    const io = memoryIO();
    await main(action, { 'INPUT_REGISTRY-AUTH': '  ' }, io);
    expect(seen).toEqual([false]);
    expect(yamlReaderLoaded()).toBe(false);
  });

  it('main() with registry-auth loads it before getInputs, and the parser reads through it', async () => {
    const { action, seen } = probe();
    const io = memoryIO();
    await main(action, { 'INPUT_REGISTRY-AUTH': '- registry: ghcr.io\n  username: u\n  password: p\n' }, io);
    expect(seen).toEqual([true]);
    const parsed = parseRegistryAuth('- registry: ghcr.io\n  username: "0123"\n  password: p\n');
    expect(parsed.ok && parsed.value).toEqual([{ registry: 'ghcr.io', username: '0123', password: 'p' }]);
  });
});
