import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import {
  amiOutputs,
  ArtifactCollector,
  parseAmiArtifactId,
  parseMachineReadableLine,
  parseManifest,
} from '../../../../shared/src/builders/packer/packer-output.js';
import { isPipelineError } from '../../../../shared/src/errors.js';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/packer/${name}`, import.meta.url), 'utf8');

describe('machine-readable output', () => {
  test('ui lines unescape commas and newlines', () => {
    expect(parseMachineReadableLine('1795708226,,ui,message,    null.demo: hi%!(PACKER_COMMA) world')).toEqual({
      kind: 'ui',
      level: 'message',
      text: '    null.demo: hi, world',
      target: '',
    });
    expect(parseMachineReadableLine('1795708226,,ui,say,\\n==> Builds finished.')).toEqual({
      kind: 'ui',
      level: 'say',
      text: '\n==> Builds finished.',
      target: '',
    });
    expect(parseMachineReadableLine('not machine readable')).toBeUndefined();
  });

  test('the recorded amazon-ebs run yields one artifact with two regional AMIs', () => {
    const c = new ArtifactCollector();
    const ui: string[] = [];
    for (const line of fixture('amazon-ebs.machine-readable.txt').split('\n')) {
      const e = parseMachineReadableLine(line);
      if (e === undefined) continue;
      c.add(e);
      if (e.kind === 'ui') ui.push(e.text);
    }
    const artifacts = c.artifacts();
    expect(artifacts).toEqual([
      {
        target: 'amazon-ebs.base',
        index: 0,
        builderId: 'mitchellh.amazonebs',
        id: 'eu-west-1:ami-0f1e2d3c4b5a69788,us-east-1:ami-0a1b2c3d4e5f60718',
        description: 'AMIs were created:\neu-west-1: ami-0f1e2d3c4b5a69788\nus-east-1: ami-0a1b2c3d4e5f60718\n',
        files: [],
      },
    ]);
    expect(amiOutputs(artifacts.map((a) => a.id))).toEqual({
      amis: { 'eu-west-1': 'ami-0f1e2d3c4b5a69788', 'us-east-1': 'ami-0a1b2c3d4e5f60718' },
      amiId: 'ami-0f1e2d3c4b5a69788',
      conflicts: [],
    });
    expect(ui).toContain('    amazon-ebs.base: Copying to: eu-west-1');
  });

  test('null builder artifacts are not AMIs', () => {
    expect(parseAmiArtifactId('Null')).toBeUndefined();
    expect(amiOutputs(['Null', 'Null'])).toEqual({ amis: {}, conflicts: [] });
  });

  test.each([
    ['us-east-1:ami-0a1b2c3d', [['us-east-1', 'ami-0a1b2c3d']]],
    [
      'us-gov-west-1:ami-0123456789abcdef0, eu-central-2:ami-0123456789abcdef1',
      [
        ['us-gov-west-1', 'ami-0123456789abcdef0'],
        ['eu-central-2', 'ami-0123456789abcdef1'],
      ],
    ],
    ['us-east-1:ami-0a1b2c3d,garbage', undefined],
    ['ami-0a1b2c3d', undefined],
    ['us-east-1:snap-0a1b2c3d', undefined],
  ])('parseAmiArtifactId(%s)', (id, want) => {
    expect(parseAmiArtifactId(id)).toEqual(want);
  });

  test('conflicting AMIs for one region keep the first and report the other', () => {
    expect(amiOutputs(['us-east-1:ami-0000000a', 'us-east-1:ami-0000000b,eu-west-1:ami-0000000c'])).toEqual({
      amis: { 'us-east-1': 'ami-0000000a', 'eu-west-1': 'ami-0000000c' },
      amiId: 'ami-0000000a',
      conflicts: [{ region: 'us-east-1', kept: 'ami-0000000a', dropped: 'ami-0000000b' }],
    });
  });
});

describe('manifest', () => {
  test('only the last run of an amazon-ebs manifest counts', () => {
    const builds = parseManifest(fixture('amazon-ebs.manifest.json'), 'amazon-ebs.manifest.json');
    expect(builds).toEqual([
      {
        name: 'base',
        builderType: 'amazon-ebs',
        artifactId: 'eu-west-1:ami-0f1e2d3c4b5a69788,us-east-1:ami-0a1b2c3d4e5f60718',
        runUuid: '4b7e9c2d-8f11-0a3e-5d6c-7e8f9a0b1c2d',
        buildTime: 1700001100,
        customData: { git_sha: '3f1c2e9' },
      },
    ]);
    expect(amiOutputs(builds.map((b) => b.artifactId)).amis).toEqual({ 'eu-west-1': 'ami-0f1e2d3c4b5a69788', 'us-east-1': 'ami-0a1b2c3d4e5f60718' });
  });

  test('a file that is not a manifest is a BUILDER error naming it', () => {
    for (const text of ['{', '{"nope": 1}']) {
      let err: unknown;
      try {
        parseManifest(text, 'm.json');
      } catch (e) {
        err = e;
      }
      expect(isPipelineError(err, 'BUILDER')).toBe(true);
      expect((err as { file?: string }).file).toBe('m.json');
    }
  });
});
