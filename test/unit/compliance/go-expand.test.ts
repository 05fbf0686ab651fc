import { describe, expect, it } from '@jest/globals';
import { envMapOf, goExpand } from '../../../shared/src/compliance/cst/go-expand.js';

// Expected values are what Go's os.Expand returns for the same input and mapping.
describe("Go's os.Expand, as CST applies it to paths and commands", () => {
  const env = new Map([
    ['HOME', '/root'],
    ['APP_DIR', '/opt/app'],
    ['1', 'one'],
  ]);
  const expand = (s: string): string => goExpand(s, (k) => env.get(k));
  it.each([
    ['$HOME/.bashrc', '/root/.bashrc'],
    ['${APP_DIR}/bin', '/opt/app/bin'],
    ['$APP_DIR_X', ''],
    ['$UNSET/x', '/x'],
    ['a$', 'a$'],
    ['$ x', '$ x'],
    ['$/x', '$/x'],
    ['${}x', 'x'],
    ['${APP_DIR', 'APP_DIR'],
    ['$1abc', 'oneabc'],
    ['${1}', 'one'],
    ['$$', ''],
    ['no dollar', 'no dollar'],
    ['${HOME}${APP_DIR}', '/root/opt/app'],
  ])('%j -> %j', (input, want) => expect(expand(input)).toBe(want));

  it('reads the image env as KEY=value split at the first =', () => {
    expect([...envMapOf(['A=1', 'B=x=y', 'C=', 'D'])]).toEqual([
      ['A', '1'],
      ['B', 'x=y'],
      ['C', ''],
      ['D', ''],
    ]);
    expect(envMapOf(undefined).size).toBe(0);
  });
});
