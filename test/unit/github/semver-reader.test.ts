/**
 * Issue 17 item 3: semver is loaded only for a build that may read a version. mayReadVersion decides it for
 * build.ts, conservatively; a rule that reads one (tag-types.ts sourceVersion) needs a git tag ref or its own value.
 */
import { describe, expect, it } from '@jest/globals';
import { loadSemver, mayReadVersion, semverReader } from '../../../shared/src/github/metadata/semver-reader.js';

describe('semver, loaded only when a tag rule may read a version', () => {
  it.each([
    ['refs/tags/v1.2.3', [], true],
    [' refs/tags/v1 ', ['type=sha'], true],
    ['refs/heads/main', ['type=semver,pattern={{version}}'], false],
    ['refs/pull/3/merge', ['type=ref,event=pr'], false],
    [undefined, [], false],
    ['refs/heads/main', ['type=semver,pattern={{version}},value=1.2.3'], true],
    ['', ['type=raw,value=latest'], true],
  ] as const)('ref %p, rules %p: %p', (ref, rules, expected) => {
    expect(mayReadVersion(ref, rules)).toBe(expected);
  });

  it('loadSemver gives the module semverReader then returns', async () => {
    const m = await loadSemver();
    expect(m.valid('1.2.3')).toBe('1.2.3');
    expect(semverReader()).toBe(m);
  });
});
