import { describe, expect, test } from '@jest/globals';
import {
  baseImageOf,
  expandArgs,
  externalImages,
  instructionAt,
  neededStages,
  parseDockerfile,
  runsPrograms,
  targetStage,
} from '../../../shared/src/builders/dockerfile.js';

const noArgs: ReadonlyMap<string, string> = new Map();

const multi = [
  '# syntax=docker/dockerfile:1', // 1
  'ARG BASE=debian:12', // 2
  'ARG TOOLS', // 3
  '', // 4
  'FROM ${BASE} AS build', // 5
  'RUN apt-get update \\', // 6
  '  # a comment inside a continuation', // 7
  '  && apt-get install -y make', // 8
  'COPY . /src', // 9
  '', // 10
  'FROM scratch AS assets', // 11
  'COPY logo.png /logo.png', // 12
  '', // 13
  'FROM --platform=$BUILDPLATFORM busybox:1.36 AS unused', // 14
  'RUN echo never', // 15
  '', // 16
  'FROM build AS final', // 17
  'COPY --from=assets /logo.png /srv/', // 18
  'USER 1000', // 19
].join('\n');

describe('parseDockerfile', () => {
  const df = parseDockerfile(multi);

  test('stages with names, FROM lines and instruction lines; continuations joined, comments skipped', () => {
    expect(df.stages.map((s) => [s.index, s.name, s.from, s.instructions.map((i) => `${i.line}:${i.keyword}`)])).toEqual([
      [0, 'build', '${BASE}', ['5:FROM', '6:RUN', '9:COPY']],
      [1, 'assets', 'scratch', ['11:FROM', '12:COPY']],
      [2, 'unused', 'busybox:1.36', ['14:FROM', '15:RUN']],
      [3, 'final', 'build', ['17:FROM', '18:COPY', '19:USER']],
    ]);
    expect(df.stages[0]?.instructions[1]?.args).toBe('apt-get update && apt-get install -y make');
    expect([...df.globalArgs]).toEqual([
      ['BASE', 'debian:12'],
      ['TOOLS', undefined],
    ]);
  });

  test('needed stages follow FROM and COPY --from, and skip stages nobody uses', () => {
    expect(neededStages(df).map((s) => s.name)).toEqual(['build', 'assets', 'final']);
    expect(neededStages(df, 'assets').map((s) => s.name)).toEqual(['assets']);
    expect(neededStages(df, 'nope')).toEqual([]);
  });

  // buildah (1.30 for global ARGs, later for a stage's own) builds the stage an ARG names (`ARG STAGE=builder`, `COPY --from=$STAGE`): it is needed.
  test.each([
    [
      'a stage ARG names the stage in COPY --from',
      'FROM alpine AS builder\nRUN make\nFROM scratch AS out\nARG STAGE=builder\nCOPY --from=$STAGE /x /x',
      noArgs,
      ['builder', 'out'],
    ],
    [
      'a build-arg names another stage',
      'FROM alpine AS builder\nFROM debian AS other\nFROM scratch AS out\nARG STAGE=builder\nCOPY --from=${STAGE} /x /x',
      new Map([['STAGE', 'other']]),
      ['other', 'out'],
    ],
    [
      'ARG NAME takes the global default',
      'ARG S=builder\nFROM alpine AS builder\nFROM scratch AS out\nARG S\nCOPY --from=$S /x /x',
      noArgs,
      ['builder', 'out'],
    ],
    [
      'RUN --mount from= a stage through an ARG',
      'FROM alpine AS tools\nFROM alpine AS out\nARG T=tools\nRUN --mount=type=bind,from=$T,target=/t true',
      noArgs,
      ['tools', 'out'],
    ],
    [
      'a FROM naming a stage through a global ARG',
      'ARG BASE=builder\nFROM alpine AS builder\nFROM debian AS unused\nFROM ${BASE} AS out',
      noArgs,
      ['builder', 'out'],
    ],
    ['only below its ARG line', 'FROM alpine AS builder\nFROM scratch AS out\nCOPY --from=$STAGE /x /x\nARG STAGE=builder', noArgs, ['out']],
  ])('%s', (_n, text, args, want) => {
    expect(neededStages(parseDockerfile(text), undefined, args).map((s) => s.name)).toEqual(want);
  });

  test('whether needed stages run programs', () => {
    expect(runsPrograms(df)).toBe(true);
    expect(runsPrograms(df, 'assets')).toBe(false);
    expect(runsPrograms(parseDockerfile('FROM scratch\nCOPY a /a\n'))).toBe(false);
    // The stage that runs a program is read only through an ARG: a foreign platform then needs an emulator all the same.
    const viaArg = parseDockerfile('FROM alpine AS gen\nRUN make\nFROM scratch\nARG FROM_STAGE=gen\nCOPY --from=$FROM_STAGE /x /x\n');
    expect(runsPrograms(viaArg)).toBe(true);
    expect(runsPrograms(viaArg, undefined, new Map([['FROM_STAGE', 'busybox:1']]))).toBe(false);
  });

  test('the base image follows stages and expands ARGs, build-args overriding defaults', () => {
    expect(baseImageOf(df, undefined, new Map())).toBe('debian:12');
    expect(baseImageOf(df, undefined, new Map([['BASE', 'ubuntu:24.04']]))).toBe('ubuntu:24.04');
    expect(baseImageOf(df, 'assets', new Map())).toBe('scratch');
    expect(externalImages(df, undefined, new Map())).toEqual(['debian:12']);
    expect(externalImages(df, 'unused', new Map())).toEqual(['busybox:1.36']);
  });

  test('targets by name (case-insensitive) or index', () => {
    expect(targetStage(df, 'FINAL')?.index).toBe(3);
    expect(targetStage(df, '1')?.name).toBe('assets');
    expect(targetStage(df)?.name).toBe('final');
  });

  test('heredoc bodies belong to their instruction', () => {
    const df = parseDockerfile('FROM scratch\nRUN <<EOF\necho one\nFROBNICATE not an instruction\nEOF\nCOPY <<-"END" /etc/motd\n  hello\n  END\nUSER 1\n');
    expect(df.stages[0]?.instructions.map((i) => [i.line, i.keyword])).toEqual([
      [1, 'FROM'],
      [2, 'RUN'],
      [6, 'COPY'],
      [9, 'USER'],
    ]);
    expect(df.stages[0]?.instructions[1]?.args).toBe('<<EOF echo one\nFROBNICATE not an instruction');
  });

  test('escape directive changes the continuation character', () => {
    const win = parseDockerfile('# escape=`\nFROM scratch\nRUN a `\n  b\nCOPY c:\\x d\n');
    expect(win.stages[0]?.instructions.map((i) => [i.line, i.args])).toEqual([
      [2, 'scratch'],
      [3, 'a b'],
      [5, 'c:\\x d'],
    ]);
  });
});

describe('expandArgs', () => {
  const vars = new Map<string, string | undefined>([
    ['A', 'x'],
    ['E', ''],
    ['U', undefined],
  ]);
  test.each([
    ['$A', 'x'],
    ['${A}:1', 'x:1'],
    ['${E:-dflt}', 'dflt'],
    ['${U:-dflt}', 'dflt'],
    ['${A:-dflt}', 'x'],
    ['${A:+alt}', 'alt'],
    ['${E:+alt}', ''],
    ['$MISSING/img', '/img'],
  ])('%s -> %s', (text, want) => expect(expandArgs(text, vars)).toBe(want));
});

describe('instructionAt', () => {
  const df = parseDockerfile(multi);
  test('by stage and step as buildah counts them (FROM is step 1)', () => {
    expect(instructionAt(df, { stage: 4, step: 2, text: 'COPY --from=assets /logo.png /srv/' })?.line).toBe(18);
    expect(instructionAt(df, { step: 2, text: 'RUN apt-get update' })?.line).toBe(6);
  });
  test('falls back to the text when the step does not match the keyword', () => {
    expect(instructionAt(df, { stage: 1, step: 3, text: 'USER 1000' })?.line).toBe(19);
    expect(instructionAt(df, { text: 'RUN echo never' })?.line).toBe(15);
  });
  test('unknown when neither helps', () => {
    expect(instructionAt(df, { text: 'HEALTHCHECK NONE' })).toBeUndefined();
  });
});
