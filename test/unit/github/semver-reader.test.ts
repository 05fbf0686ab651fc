/**
 * Issue 17 item 3: semver is loaded only for a build that may read a version. mayReadVersion decides it for
 * build.ts, conservatively; a rule that reads one (tag-types.ts sourceVersion) needs a git tag ref or its own value.
 */
import { describe, expect, it } from '@jest/globals';
import { loadSemver, mayReadVersion, semverReader } from '../../../shared/src/github/metadata/semver-reader.js';
import { parseTagLine } from '../../../shared/src/github/metadata/spec.js';

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

  it.each([
    'type=semver,pattern={{version}},value = 1.2.3',
    'type=semver,pattern={{version}},VALUE=1.2.3',
    'type=semver,pattern={{version}},1.2.3',
    ' type = semver , pattern={{version}} , value=1.2.3 ',
  ])('a value the tag parser reads (%p) is seen, on a branch build too', (line) => {
    // The parser is the judge: whatever it reads as a semver rule with a value, mayReadVersion must load semver for.
    const spec = parseTagLine(line);
    expect(spec.type).toBe('semver');
    expect(spec.attrs.value).toBe('1.2.3');
    expect(mayReadVersion('refs/heads/main', [line])).toBe(true);
  });

  it('a rule the tag parser refuses needs no semver (imageMetadata refuses it first); a semver rule without a value on a branch needs none', () => {
    expect(mayReadVersion('refs/heads/main', ['type=semver,pattern={{version}}', 'type=nonsense,value=1'])).toBe(false);
  });
});
