/** The example repositories stay valid: their policy files load with the published schema. */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { loadPolicy } from '../../shared/src/compliance/policy-load.js';

const policies = readdirSync('examples')
  .map((d) => path.join('examples', d, 'image-policy.yml'))
  .filter((p) => existsSync(p));

describe('example policies', () => {
  it('there are some', () => {
    expect(policies.length).toBeGreaterThanOrEqual(3);
  });
  it.each(policies)('%s loads without errors', async (p) => {
    const loaded = await loadPolicy(path.resolve(p), p);
    expect(loaded.policy.schemaVersion).toBe('2.0.0');
  });
});
