/**
 * The list reader against docker/actions-toolkit's own getInputList cases
 * (__tests__/util.test.ts: the inputs and expected items are facts; the
 * options map as ignoreComma -> ignoreComma, quote: false -> quote: false,
 * trimWhitespace: false -> trim: 'unquoted'), then what we add: the line each
 * item starts on, `#` comment lines, and errors that never echo the text.
 */
import { describe, expect, test } from '@jest/globals';
import { getInputList, keyValuesOf, readList, type ListOptions } from '../../../shared/src/action/input-list.js';
import { pipelineErrorOf as fails } from '../../support/pipeline-error.js';

const values = (text: string, opts: ListOptions = {}): string[] => readList(text, 'x', opts).map((i) => i.value);

describe("actions-toolkit's getInputList cases", () => {
  test.each<[string, string, ListOptions, string[]]>([
    ['single line', 'bar', {}, ['bar']],
    ['empty', '', {}, []],
    ['multiline', 'bar\nbaz', {}, ['bar', 'baz']],
    ['empty lines', 'bar\n\nbaz', {}, ['bar', 'baz']],
    ['comma', 'bar,baz', {}, ['bar', 'baz']],
    ['empty result', 'bar,baz,', {}, ['bar', 'baz']],
    ['different new lines', 'bar\r\nbaz', {}, ['bar', 'baz']],
    ['different new lines and comma', 'bar\r\nbaz,bat', {}, ['bar', 'baz', 'bat']],
    ['multiline and ignoring comma', 'user/app:cache\ntype=local,src=path/to/dir', { ignoreComma: true }, ['user/app:cache', 'type=local,src=path/to/dir']],
    ['multiline and ignoring comment (an infix # is data)', 'foo=bar\nbar=qux#baz', {}, ['foo=bar', 'bar=qux#baz']],
    ['comment line, no infix comment', '# ignore this\nfoo=bar\nbar=qux#baz', {}, ['foo=bar', 'bar=qux#baz']],
    [
      'different new lines and ignoring comma',
      'user/app:cache\r\ntype=local,src=path/to/dir',
      { ignoreComma: true },
      ['user/app:cache', 'type=local,src=path/to/dir'],
    ],
    [
      'do not escape surrounding quotes (quote: false)',
      '"env.no_proxy=localhost,127.0.0.1,.mydomain"',
      { ignoreComma: true, quote: false },
      ['"env.no_proxy=localhost,127.0.0.1,.mydomain"'],
    ],
    ['escape surrounding quotes', 'linux/amd64\n"linux/arm64,linux/arm/v7"', {}, ['linux/amd64', 'linux/arm64', 'linux/arm/v7']],
    [
      'multiline values',
      'GIT_AUTH_TOKEN=abcdefgh,ijklmno=0123456789\n"MYSECRET=aaaaaaaa\nbbbbbbb\nccccccccc"\nFOO=bar',
      { ignoreComma: true },
      ['GIT_AUTH_TOKEN=abcdefgh,ijklmno=0123456789', 'MYSECRET=aaaaaaaa\nbbbbbbb\nccccccccc', 'FOO=bar'],
    ],
    [
      'multiline values with empty lines',
      'GIT_AUTH_TOKEN=abcdefgh,ijklmno=0123456789\n"MYSECRET=aaaaaaaa\nbbbbbbb\nccccccccc"\nFOO=bar\n"EMPTYLINE=aaaa\n\nbbbb\nccc"',
      { ignoreComma: true },
      ['GIT_AUTH_TOKEN=abcdefgh,ijklmno=0123456789', 'MYSECRET=aaaaaaaa\nbbbbbbb\nccccccccc', 'FOO=bar', 'EMPTYLINE=aaaa\n\nbbbb\nccc'],
    ],
    [
      'preserves trailing new lines when trimming is disabled',
      '"PRIVATE_SSH_KEY=TESTESTTESTESTTESTESTTESTEST\nTESTESTTESTESTTESTESTTESTEST\nTESTESTTESTESTTESTESTTESTEST\n\n\n"\n',
      { ignoreComma: true, trim: 'unquoted' },
      ['PRIVATE_SSH_KEY=TESTESTTESTESTTESTESTTESTEST\nTESTESTTESTESTTESTESTTESTEST\nTESTESTTESTESTTESTESTTESTEST\n\n\n'],
    ],
    [
      'multiline values without quotes are lines of their own',
      'GIT_AUTH_TOKEN=abcdefgh,ijklmno=0123456789\nMYSECRET=aaaaaaaa\nbbbbbbb\nccccccccc\nFOO=bar',
      { ignoreComma: true },
      ['GIT_AUTH_TOKEN=abcdefgh,ijklmno=0123456789', 'MYSECRET=aaaaaaaa', 'bbbbbbb', 'ccccccccc', 'FOO=bar'],
    ],
    [
      'multiline values escape quotes',
      'GIT_AUTH_TOKEN=abcdefgh,ijklmno=0123456789\n"MYSECRET=aaaaaaaa\nbbbb""bbb\nccccccccc"\nFOO=bar',
      { ignoreComma: true },
      ['GIT_AUTH_TOKEN=abcdefgh,ijklmno=0123456789', 'MYSECRET=aaaaaaaa\nbbbb"bbb\nccccccccc', 'FOO=bar'],
    ],
    [
      'keep quotes (quote: false)',
      'type=image,"name=ghcr.io/nginxinc/nginx-unprivileged,docker.io/nginxinc/nginx-unprivileged",push-by-digest=true,name-canonical=true,push=true',
      { ignoreComma: true, quote: false },
      ['type=image,"name=ghcr.io/nginxinc/nginx-unprivileged,docker.io/nginxinc/nginx-unprivileged",push-by-digest=true,name-canonical=true,push=true'],
    ],
  ])('%s', (_name, text, opts, expected) => {
    expect(values(text, opts)).toEqual(expected);
  });

  test('large multiline values (an armoured key block) come back whole', () => {
    const block = [
      '-----BEGIN PGP PRIVATE KEY BLOCK-----',
      '',
      ...Array.from({ length: 60 }, (_, i) => `${'QUJD'.repeat(15)}${i}`),
      '=abcd',
      '-----END PGP PRIVATE KEY BLOCK-----',
    ].join('\n');
    expect(values(`"GPG_KEY=${block}"\nFOO=bar`, { ignoreComma: true })).toEqual([`GPG_KEY=${block}`, 'FOO=bar']);
  });

  test("docs.docker.com's secrets example: every form in one input", () => {
    const text = [
      '"MYSECRET=line1"',
      'GIT_AUTH_TOKEN=abcdefghi,jklmno=0123456789',
      '"MYSECRET=aaaaaaaa',
      'bbbbbbb',
      'ccccccccc"',
      'FOO=bar',
      '"EMPTYLINE=aaaa',
      '',
      'bbbb',
      'ccc"',
      '"JSON_SECRET={""key1"":""value1"",""key2"":""value2""}"',
      '',
    ].join('\n');
    expect(values(text, { ignoreComma: true })).toEqual([
      'MYSECRET=line1',
      'GIT_AUTH_TOKEN=abcdefghi,jklmno=0123456789',
      'MYSECRET=aaaaaaaa\nbbbbbbb\nccccccccc',
      'FOO=bar',
      'EMPTYLINE=aaaa\n\nbbbb\nccc',
      'JSON_SECRET={"key1":"value1","key2":"value2"}',
    ]);
  });
});

describe('what we add', () => {
  test('each item carries the line it starts on, past comments, blank lines and multi-line items', () => {
    const items = readList('# head\n\nA=1\n"B=x\ny"\n  # indented comment\nC=3,D=4', 'x');
    expect(items.map((i) => [i.value, i.line, i.quoted])).toEqual([
      ['A=1', 3, false],
      ['B=x\ny', 4, true],
      ['C=3', 7, false],
      ['D=4', 7, false],
    ]);
  });

  test('a # inside a quoted item is data, even at the start of one of its lines', () => {
    expect(values('"KEY=a\n# not a comment\nb"', { ignoreComma: true })).toEqual(['KEY=a\n# not a comment\nb']);
  });

  test('trailingComments: a # after white space ends an unquoted line (platforms, as getList read them)', () => {
    expect(values('linux/amd64,linux/arm64  # both\n# none\nlinux/arm/v7 # and this', { trailingComments: true })).toEqual([
      'linux/amd64',
      'linux/arm64',
      'linux/arm/v7',
    ]);
    expect(values('"linux/amd64,linux/arm64"\nx#y', { trailingComments: true })).toEqual(['linux/amd64', 'linux/arm64', 'x#y']);
    expect(values('linux/amd64 # c')).toEqual(['linux/amd64 # c']);
  });

  test('CRLF text gives the same items and lines as LF', () => {
    expect(readList('A=1\r\n\r\nB=2', 'x').map((i) => [i.value, i.line])).toEqual([
      ['A=1', 1],
      ['B=2', 3],
    ]);
  });

  test('an unclosed quote is an error naming the input, never the text', () => {
    const e = fails(() => readList('A=1\n"TOKEN=hunter2-secret\nB=2', 'secrets', { ignoreComma: true }));
    expect(e.input).toBe('secrets');
    expect(e.message).toMatch(/input 'secrets' is not a valid list.*never closed/);
    expect(e.message).not.toContain('hunter2');
  });

  test('getInputList reads INPUT_<NAME> untrimmed, as the runner sets it', () => {
    expect(getInputList({ 'INPUT_BUILD-ARGS': '"FOO=a,b"\nBAR=c\n' }, 'build-args', { ignoreComma: true })).toEqual(['FOO=a,b', 'BAR=c']);
    expect(getInputList({}, 'build-args')).toEqual([]);
  });

  test('keyValuesOf splits at the first = and names a bad item by line with a redacted preview', () => {
    expect([...keyValuesOf(readList('A=1\n"B=x=y,z"\n\nC=', 'build-args', { ignoreComma: true }), 'build-args')]).toEqual([
      ['A', '1'],
      ['B', 'x=y,z'],
      ['C', ''],
    ]);
    const e = fails(() => keyValuesOf(readList('A=1\n\nGITHUB_TOKEN ghp_Abcdefghijklmnopqrstuvwxyz0123456789', 'secrets'), 'secrets'));
    expect(e).toMatchObject({ code: 'INPUT', input: 'secrets', line: 3 });
    expect(e.message).toMatch(/line 3 \('GITHUB_TOKEN gh\*{8}'\) is not KEY=value/);
  });
});
