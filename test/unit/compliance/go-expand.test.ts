import { describe, expect, it } from '@jest/globals';
import { envMapOf, goExpand, withGlobalEnv } from '../../../shared/src/compliance/cst/go-expand.js';

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

  it('commits globals over the image env, each expanded from the image env alone (SetEnv), later ones winning', () => {
    const image = envMapOf(['HOME=/root', 'PATH=/bin']);
    const got = withGlobalEnv(image, [
      { key: 'APP', value: '$HOME/app' },
      { key: 'PATH', value: '$APP/bin:$PATH' },
      { key: 'APP', value: '${HOME}/srv' },
    ]);
    expect([...got]).toEqual([
      ['HOME', '/root'],
      ['PATH', '/bin:/bin'], // $APP is not in the image env: ''
      ['APP', '/root/srv'],
    ]);
    expect([...image]).toEqual([
      ['HOME', '/root'],
      ['PATH', '/bin'],
    ]);
  });
});
