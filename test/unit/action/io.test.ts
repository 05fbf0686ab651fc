import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, jest, test } from '@jest/globals';
import { addMaskValues, maskStrings, memoryIO, MIN_MASKED_ALNUM, runnerIO } from '../../../shared/src/action/io.js';
import { main, runAction } from '../../../shared/src/action/run-action.js';
import { PipelineError } from '../../../shared/src/errors.js';

describe('runnerIO().summary, the one job-summary writer', () => {
  test('outside a runner (no GITHUB_STEP_SUMMARY) it writes nothing, warns nothing and says so at debug level', async () => {
    const printed: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      printed.push(String(chunk));
      return true;
    });
    try {
      await expect(runnerIO({}).summary('## hi\n')).resolves.toBeUndefined();
    } finally {
      write.mockRestore();
    }
    expect(printed.join('')).toContain('::debug::GITHUB_STEP_SUMMARY is not set');
    expect(printed.join('')).not.toContain('::warning::');
  });
  test('a summary file that cannot be written is a warning, never a failed step', async () => {
    const printed: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      printed.push(String(chunk));
      return true;
    });
    try {
      await expect(runnerIO({ GITHUB_STEP_SUMMARY: '/nonexistent-dir/summary.md' }).summary('## hi\n')).resolves.toBeUndefined();
    } finally {
      write.mockRestore();
    }
    expect(printed.join('')).toMatch(/::warning::Could not write the job summary: ENOENT/);
  });
  test('with the file set, the markdown lands in it', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'summary-'));
    const file = path.join(dir, 'summary.md');
    await fs.writeFile(file, '');
    try {
      // The env passed in decides, not process.env.
      await runnerIO({ GITHUB_STEP_SUMMARY: file }).summary('## built\n');
      await runnerIO({ GITHUB_STEP_SUMMARY: file }).summary('more\n');
      expect(await fs.readFile(file, 'utf8')).toBe('## built\nmore\n');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});

describe('runAction and main', () => {
  test('a PipelineError pointing into a file becomes an annotation there and the step fails with the described message', async () => {
    const io = memoryIO();
    await runAction('test-image', io, async () => {
      throw new PipelineError('POLICY', 'bad rule', { file: 'policy.yml', line: 4, hint: 'Fix it.' });
    });
    expect(io.recorded.log).toEqual([
      { level: 'error', message: expect.stringContaining('bad rule'), anchor: { title: 'test-image: policy', file: 'policy.yml', line: 4 } },
    ]);
    expect(io.recorded.failed).toContain('bad rule');
    expect(io.recorded.failed).toContain('Fix it.');
  });
  test('main masks secrets before run, writes outputs, and fails on the verdict only after the outputs exist', async () => {
    const io = memoryIO();
    const order: string[] = [];
    await main(
      {
        name: 'demo',
        getInputs: (env) => ({ token: env['INPUT_TOKEN'] ?? '' }),
        secretsOf: (i) => [i.token],
        run: async (i, rio) => {
          order.push(`run masked=${io.recorded.masked.join(',')}`);
          rio.info(`token length ${i.token.length}`);
          return { result: 'failed' };
        },
        outputsOf: (o) => ({ result: o.result }),
        verdict: (o) => (o.result === 'failed' ? new PipelineError('POLICY', 'the image failed its tests') : undefined),
      },
      { INPUT_TOKEN: 's3cret' },
      io,
    );
    expect(order).toEqual(['run masked=s3cret']);
    expect(io.recorded.outputs).toEqual({ result: 'failed' });
    expect(io.recorded.failed).toContain('the image failed its tests');
  });
  test('a passing run does not fail the step', async () => {
    const io = memoryIO();
    await main({ name: 'demo', getInputs: () => ({}), run: async () => ({ n: 1 }), outputsOf: (o) => ({ n: String(o.n) }) }, {}, io);
    expect(io.recorded).toMatchObject({ outputs: { n: '1' } });
    expect(io.recorded.failed).toBeUndefined();
  });
});

describe('mask: a multi-line secret is registered whole and line by line', () => {
  // The runner's masker matches each registered string within one log line, so a
  // multi-line value registered only whole is never hidden: a tool that prints one
  // of its lines (a PEM key, a JSON file) would show it.
  const PEM = '-----BEGIN KEY-----\r\n  abcdEFGH1234\n\n  ijklMNOP5678\n-----END KEY-----\n';
  test('runnerIO writes ::add-mask:: for the value and each non-blank line, trimmed', () => {
    const printed: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      printed.push(String(chunk));
      return true;
    });
    try {
      runnerIO({}).mask(PEM);
      runnerIO({}).mask('one-line-secret');
      runnerIO({}).mask(' \n \n');
    } finally {
      write.mockRestore();
    }
    const masks = printed
      .join('')
      .split('\n')
      .filter((l) => l.startsWith('::add-mask::'));
    expect(masks).toEqual([
      // The whole value on one line, JSON-escaped: sent with its line breaks, the runner would split it into its lines again, short ones included.
      '::add-mask::-----BEGIN KEY-----\\r\\n  abcdEFGH1234\\n\\n  ijklMNOP5678\\n-----END KEY-----\\n',
      '::add-mask::-----BEGIN KEY-----',
      '::add-mask::abcdEFGH1234',
      '::add-mask::ijklMNOP5678',
      '::add-mask::-----END KEY-----',
      '::add-mask::one-line-secret',
    ]);
  });
  test('memoryIO records the same strings, so tests see what the runner would hide', () => {
    const io = memoryIO();
    io.mask(PEM);
    io.mask('one-line-secret');
    io.mask('');
    expect(io.recorded.masked).toEqual([PEM, '-----BEGIN KEY-----', 'abcdEFGH1234', 'ijklMNOP5678', '-----END KEY-----', 'one-line-secret']);
  });
});

describe('mask: the lines of a multi-line secret with little but punctuation (a JSON key) are not masked on their own', () => {
  // A service-account key as a multi-line secret: its `{` and `}` lines, registered alone, would turn every brace of the log into ***.
  const KEY = '{\n  "type": "service_account",\n  "private_key_id": "0123456789abcdef",\n  "scopes": [\n    "a"\n  ],\n  "x": 1\n}\n';
  const longLines = ['"type": "service_account",', '"private_key_id": "0123456789abcdef",', '"scopes": ['];

  /**
   * What the runner registers for the ::add-mask:: lines printed, as actions/runner's AddMaskCommandExtension
   * does: the data unescaped (%0D, %0A, %25), registered whole, then each of its lines trimmed, however short.
   */
  function runnerRegisters(printed: string): string[] {
    const out: string[] = [];
    for (const l of printed.split('\n').filter((x) => x.startsWith('::add-mask::'))) {
      const data = l.slice('::add-mask::'.length).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
      out.push(
        data,
        ...data
          .split(/[\r\n]/)
          .map((x) => x.trim())
          .filter((x) => x !== ''),
      );
    }
    return out;
  }
  const printedBy = (fn: () => void): string => {
    const printed: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      printed.push(String(chunk));
      return true;
    });
    try {
      fn();
    } finally {
      write.mockRestore();
    }
    return printed.join('');
  };

  test('maskStrings: the value whole, then only its lines with MIN_MASKED_ALNUM letters or digits or more', () => {
    expect(MIN_MASKED_ALNUM).toBe(4);
    expect(maskStrings(KEY)).toEqual([KEY, ...longLines]);
    // A line of exactly the minimum counts; one letter or digit less does not, however much punctuation it has.
    expect(maskStrings('1234\n123\n')).toEqual(['1234\n123\n', '1234']);
    expect(maskStrings('a-1-b-2\n"x": 1, [{}]\n')).toEqual(['a-1-b-2\n"x": 1, [{}]\n', 'a-1-b-2']);
  });

  test('a short line that can carry a secret is masked: a password line under a user name (review finding)', () => {
    expect(maskStrings('username-long\npass123')).toEqual(['username-long\npass123', 'username-long', 'pass123']);
    expect(runnerRegisters(printedBy(() => runnerIO({}).mask('username-long\npass123')))).toContain('pass123');
  });

  test('the runner registers no short line: neither { nor } nor "a" nor ], reach its masker', () => {
    const registered = runnerRegisters(printedBy(() => runnerIO({}).mask(KEY)));
    for (const short of ['{', '}', '"a"', '],', '"x": 1']) expect(registered).not.toContain(short);
    expect(registered).toEqual(expect.arrayContaining(longLines));
    // Every string the runner registers is one line: the whole value arrives JSON-escaped, as the runner would derive it.
    expect(registered).toContain(JSON.stringify(KEY).slice(1, -1));
    expect(registered.filter((r) => /[\r\n]/.test(r))).toEqual([]);
  });

  test('the whole value stays masked: memoryIO records it as given, runnerIO sends its one-line form', () => {
    const io = memoryIO();
    io.mask(KEY);
    expect(io.recorded.masked[0]).toBe(KEY);
    expect(addMaskValues(KEY)[0]).toBe(JSON.stringify(KEY).slice(1, -1));
  });

  test('a multi-line secret none of whose lines is that long registers every line: each is all there is of it', () => {
    expect(maskStrings('ab12\ncd34')).toEqual(['ab12\ncd34', 'ab12', 'cd34']);
    expect(runnerRegisters(printedBy(() => runnerIO({}).mask('ab12\ncd34')))).toEqual(expect.arrayContaining(['ab12', 'cd34']));
  });

  test('a one-line secret is registered whatever its length (the user called it secret), trimmed too when padded', () => {
    expect(maskStrings('pw')).toEqual(['pw']);
    expect(maskStrings(' pw \n')).toEqual([' pw \n', 'pw']);
    expect(addMaskValues(' pw \n')).toEqual([' pw \\n', 'pw']);
  });
});
