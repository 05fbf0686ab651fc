/**
 * runnerIO writes the runner's protocol itself (shared/src/action/workflow-commands.ts) instead of loading
 * @actions/core at start-up. The runner parses these bytes, so each case is checked against @actions/core's own
 * output for the same call: the escapes, the annotation properties, groups, masks, the failed step, and the
 * GITHUB_OUTPUT block with its delimiter check.
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import * as core from '@actions/core';
import { runnerIO, type ActionIO, type Anchor } from '../../../shared/src/action/io.js';
import { appendFileCommand, formatCommand, keyValueMessage, setOutput } from '../../../shared/src/action/workflow-commands.js';

/** What `fn` writes to stdout. */
async function stdoutOf(fn: () => unknown): Promise<string> {
  const printed: string[] = [];
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed.push(String(chunk));
    return true;
  });
  try {
    await fn();
  } finally {
    write.mockRestore();
  }
  return printed.join('');
}

const awkward = ['plain', '100% done', 'two\nlines\r\nand CR\r', 'a::b, c=d', '%0A already escaped', '', 'ünïcödé ✓'];
const anchors: (Anchor | undefined)[] = [
  undefined,
  {},
  { title: 'build-image: input' },
  { title: 'a: b, c', file: 'dir,x/Docker:file', line: 12, column: 3 },
  { file: 'policy.yml', line: 4 },
  { title: '', file: 'f', line: 0 },
];
const coreProps = (a: Anchor | undefined): core.AnnotationProperties | undefined =>
  a === undefined
    ? undefined
    : {
        ...(a.title !== undefined ? { title: a.title } : {}),
        ...(a.file !== undefined ? { file: a.file } : {}),
        ...(a.line !== undefined ? { startLine: a.line } : {}),
        ...(a.column !== undefined ? { startColumn: a.column } : {}),
      };

let exitCode: typeof process.exitCode;
beforeEach(() => {
  exitCode = process.exitCode;
});
afterEach(() => {
  process.exitCode = exitCode;
});

describe('runnerIO writes what @actions/core writes', () => {
  const io: ActionIO = runnerIO({});
  test.each(awkward)('info, debug and mask of %j', async (m) => {
    expect(await stdoutOf(() => io.info(m))).toBe(await stdoutOf(() => core.info(m)));
    expect(await stdoutOf(() => io.debug(m))).toBe(await stdoutOf(() => core.debug(m)));
    if (m.trim() !== '' && !/[\r\n]/.test(m)) expect(await stdoutOf(() => io.mask(m))).toBe(await stdoutOf(() => core.setSecret(m)));
  });
  test.each(anchors.map((a, i) => [i, a] as const))('notice, warning and error with anchor %i', async (_i, a) => {
    for (const m of awkward) {
      const p = coreProps(a);
      expect(await stdoutOf(() => io.notice(m, a))).toBe(await stdoutOf(() => (p === undefined ? core.notice(m) : core.notice(m, p))));
      expect(await stdoutOf(() => io.warning(m, a))).toBe(await stdoutOf(() => (p === undefined ? core.warning(m) : core.warning(m, p))));
      expect(await stdoutOf(() => io.error(m, a))).toBe(await stdoutOf(() => (p === undefined ? core.error(m) : core.error(m, p))));
    }
  });
  test('a group around a value, and around a throw', async () => {
    const ours = await stdoutOf(() => io.group('step: a, b', async () => io.info('inside')));
    expect(ours).toBe(await stdoutOf(() => core.group('step: a, b', async () => core.info('inside'))));
    expect(ours).toBe('::group::step: a, b\ninside\n::endgroup::\n');
    let thrown: unknown;
    const printed = await stdoutOf(() =>
      io
        .group('g', async () => {
          throw new Error('boom');
        })
        .catch((e: unknown) => {
          thrown = e;
        }),
    );
    expect(thrown).toEqual(new Error('boom'));
    expect(printed).toBe('::group::g\n::endgroup::\n');
  });
  test('fail sets exit code 1 and writes the message as an error, as setFailed', async () => {
    process.exitCode = 0;
    const ours = await stdoutOf(() => io.fail('input x: expected y,\ngot z'));
    expect(process.exitCode).toBe(1);
    process.exitCode = 0;
    expect(ours).toBe(await stdoutOf(() => core.setFailed('input x: expected y,\ngot z')));
    expect(process.exitCode).toBe(1);
  });
  test('setOutput without GITHUB_OUTPUT: a newline, then ::set-output:: with the name escaped as a property', async () => {
    const saved = process.env.GITHUB_OUTPUT;
    delete process.env.GITHUB_OUTPUT;
    try {
      const ours = await stdoutOf(() => io.setOutput('digest', 'sha256:1\n2%'));
      expect(ours).toBe(await stdoutOf(() => core.setOutput('digest', 'sha256:1\n2%')));
      expect(ours).toBe('\n::set-output name=digest::sha256:1%0A2%25\n');
    } finally {
      if (saved !== undefined) process.env.GITHUB_OUTPUT = saved;
    }
  });
});

describe('GITHUB_OUTPUT', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'wf-commands-'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });
  /** `name<<delim\nvalue\ndelim` blocks, the delimiters replaced by D so two writers compare. */
  const normalized = (text: string): string => text.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'D');

  test('the file named by the io env gets the same blocks @actions/core writes, each with its own random delimiter', async () => {
    const ours = path.join(dir, 'ours');
    const theirs = path.join(dir, 'theirs');
    await fs.writeFile(ours, '');
    await fs.writeFile(theirs, '');
    const values: [string, string][] = [
      ['tags', 'a:1\na:2'],
      ['empty', ''],
      ['json', '{"k":"v"}'],
      ['trailing', 'x\n'],
    ];
    const io = runnerIO({ GITHUB_OUTPUT: ours });
    for (const [k, v] of values) io.setOutput(k, v);
    const saved = process.env.GITHUB_OUTPUT;
    process.env.GITHUB_OUTPUT = theirs;
    try {
      for (const [k, v] of values) core.setOutput(k, v);
    } finally {
      if (saved === undefined) delete process.env.GITHUB_OUTPUT;
      else process.env.GITHUB_OUTPUT = saved;
    }
    const text = await fs.readFile(ours, 'utf8');
    expect(normalized(text)).toBe(normalized(await fs.readFile(theirs, 'utf8')));
    expect(normalized(text)).toBe('tags<<D\na:1\na:2\nD\nempty<<D\n\nD\njson<<D\n{"k":"v"}\nD\ntrailing<<D\nx\n\nD\n');
    const delimiters = text.match(/ghadelimiter_[0-9a-f-]{36}/g) ?? [];
    expect(delimiters).toHaveLength(8);
    expect(new Set(delimiters).size).toBe(4);
  });
  test('a name or value holding the delimiter is refused, not written', () => {
    expect(keyValueMessage('k', 'v', 'DELIM')).toBe('k<<DELIM\nv\nDELIM');
    expect(() => keyValueMessage('k', 'x\nDELIM\nevil=1', 'DELIM')).toThrow('value should not contain the delimiter "DELIM"');
    expect(() => keyValueMessage('kDELIM', 'v', 'DELIM')).toThrow('name should not contain the delimiter "DELIM"');
  });
  test('a GITHUB_OUTPUT file that does not exist is an error, as in @actions/core (the runner creates it)', () => {
    const missing = path.join(dir, 'missing');
    expect(() => setOutput(missing, 'k', 'v')).toThrow(`Missing file at path: ${missing}`);
    expect(() => appendFileCommand(missing, 'x')).toThrow('Missing file at path');
  });
});

describe('formatCommand', () => {
  test('escapes % first, then CR and LF in the message; properties also : and ,', () => {
    expect(formatCommand('warning', { title: 'a:b,c%', file: 'x' }, '50%\r\n')).toBe('::warning title=a%3Ab%2Cc%25,file=x::50%25%0D%0A');
  });
  test('leaves out empty, undefined and 0 properties, as @actions/core', () => {
    expect(formatCommand('error', { title: '', file: undefined, line: 0, col: 2 }, 'm')).toBe('::error col=2::m');
    expect(formatCommand('error', {}, 'm')).toBe('::error::m');
  });
});
