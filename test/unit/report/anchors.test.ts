import { describe, expect, it } from '@jest/globals';
import { toFinding } from '../../../shared/src/compliance/engine.js';
import type { Subject } from '../../../shared/src/compliance/finding.js';
import { instructionOf } from '../../../shared/src/compliance/history-step.js';
import { historySteps, type ImageView } from '../../../shared/src/compliance/image-view.js';
import { FsIndex } from '../../../shared/src/layers/fs-index.js';
import type { ImageConfig } from '../../../shared/src/oci/types.js';
import { alignHistory, anchorFindings } from '../../../shared/src/report/anchors.js';
import { parseDockerfile } from '../../../shared/src/report/dockerfile.js';

const DOCKERFILE = `# syntax=docker/dockerfile:1
FROM debian:12 AS build
RUN make

FROM scratch
COPY busybox /bin/busybox
RUN ["/bin/busybox", "--install", "-s", "/bin"]
# a comment
RUN apt-get update \\
    && echo done
ENV DB_PASSWORD=x \\
    OTHER=y
USER 0
HEALTHCHECK NONE
RUN <<EOT
echo heredoc
EOT
LABEL a=b
`;

describe('parseDockerfile', () => {
  it('finds instructions with their first line, stages, continuations and heredocs', () => {
    const ins = parseDockerfile(DOCKERFILE);
    expect(ins.map((i) => [i.keyword, i.line, i.stage])).toEqual([
      ['FROM', 2, 0],
      ['RUN', 3, 0],
      ['FROM', 5, 1],
      ['COPY', 6, 1],
      ['RUN', 7, 1],
      ['RUN', 9, 1],
      ['ENV', 11, 1],
      ['USER', 13, 1],
      ['HEALTHCHECK', 14, 1],
      ['RUN', 15, 1],
      ['LABEL', 18, 1],
    ]);
    expect(ins[5]?.args).toBe('apt-get update && echo done');
  });

  it('honours the escape directive', () => {
    expect(parseDockerfile('# escape=`\nFROM x\nRUN a `\n  b\n').map((i) => i.args)).toEqual(['x', 'a b']);
  });
});

describe('history steps as instructions', () => {
  it.each([
    ['/bin/sh -c #(nop) USER 0', 'USER', '0'],
    ['/bin/sh -c apt-get update', 'RUN', 'apt-get update'],
    ['|2 A=1 B=2 /bin/sh -c make  all', 'RUN', 'make all'],
    ['RUN /bin/sh -c make # buildkit', 'RUN', 'make'],
    ['COPY busybox /bin/busybox # buildkit', 'COPY', 'busybox /bin/busybox'],
    ['/bin/sh -c #(nop) COPY file:0123 in /bin/busybox ', 'COPY', 'file:0123 in /bin/busybox'],
    ['USER app', 'USER', 'app'],
  ])('%s', (createdBy, keyword, args) => expect(instructionOf(createdBy)).toEqual({ keyword, args }));
});

function view(history: string[], layers: boolean[]): ImageView {
  const config: ImageConfig = {
    architecture: 'amd64',
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: [] },
    history: history.map((h, i) => ({ created_by: h, ...(layers[i] === true ? {} : { empty_layer: true }) })),
  };
  const nLayers = layers.filter(Boolean).length;
  return {
    name: 'x',
    descriptor: {} as never,
    manifest: { schemaVersion: 2, config: {} as never, layers: Array.from({ length: nLayers }, () => ({}) as never) },
    config,
    container: {},
    history: historySteps(config, nLayers),
    annotations: {},
    fs: new FsIndex(),
  };
}

const BUILDAH_HISTORY = [
  '/bin/sh -c #(nop) COPY file:abc in /bin/busybox ',
  '/bin/sh -c ["/bin/busybox", "--install", "-s", "/bin"]',
  '/bin/sh -c apt-get update && echo done',
  '/bin/sh -c #(nop) ENV DB_PASSWORD=x OTHER=y',
  '/bin/sh -c #(nop) USER 0',
  '/bin/sh -c #(nop) HEALTHCHECK NONE',
  '/bin/sh -c echo heredoc',
  '/bin/sh -c #(nop) LABEL a=b',
];

describe('anchoring findings to Dockerfile lines', () => {
  const v = view(BUILDAH_HISTORY, [true, true, true, false, false, false, true, false]);
  const f = (subject: Subject) => toFinding('X', 'error', { subject, expected: 'a', got: 'b' });

  it('aligns buildah history with the last stage', () => {
    const map = alignHistory(v, parseDockerfile(DOCKERFILE));
    expect([...map.entries()].map(([i, d]) => [i, d.line])).toEqual([
      [7, 18],
      [6, 15],
      [5, 14],
      [4, 13],
      [3, 11],
      [2, 9],
      [1, 7],
      [0, 6],
    ]);
  });

  it('points each kind of finding at its instruction, else at the policy file', () => {
    const ctx = {
      dockerfile: { file: 'Dockerfile', text: DOCKERFILE },
      policyFile: 'image-policy.yml',
      policyTestLine: (t: string) => (t === 'my test' ? 12 : undefined),
    };
    const got = anchorFindings(
      [
        f({ kind: 'config', field: 'User' }),
        f({ kind: 'config', field: 'Healthcheck' }),
        f({ kind: 'config', field: 'Env', key: 'DB_PASSWORD' }),
        f({ kind: 'history', index: 2, createdBy: '' }),
        f({ kind: 'file', path: '/bin/busybox', layer: 0 }),
        f({ kind: 'file', path: '/bin/ls', layer: 1 }),
        f({ kind: 'manifest', field: 'size' }),
        f({ kind: 'policy', test: 'my test' }),
      ],
      v,
      ctx,
    );
    expect(got.map((x) => `${x.anchor?.file}:${x.anchor?.line}`)).toEqual([
      'Dockerfile:13',
      'Dockerfile:14',
      'Dockerfile:11',
      'Dockerfile:9',
      'Dockerfile:6',
      'Dockerfile:7',
      'Dockerfile:5',
      'image-policy.yml:12',
    ]);
  });

  // Was 'without a Dockerfile, findings point at the policy file' (p.yml:1): issue 15 calls that line unrelated.
  it("without a Dockerfile, image findings get no anchor (never the policy file's first line); policy tests keep theirs", () => {
    const got = anchorFindings(
      [
        f({ kind: 'config', field: 'User' }),
        f({ kind: 'file', path: '/bin/busybox', layer: 0 }),
        f({ kind: 'manifest', field: 'size' }),
        f({ kind: 'policy', test: 't' }),
      ],
      v,
      { policyFile: 'p.yml', policyTestLine: () => 7 },
    );
    expect(got.map((x) => x.anchor)).toEqual([undefined, undefined, undefined, { file: 'p.yml', line: 7 }]);
  });

  it('a file in a base image layer points at FROM, the instruction that brought the layer in', () => {
    const withBase = view(['/bin/sh -c #(nop) ADD file:base in / ', ...BUILDAH_HISTORY], [true, true, true, true, false, false, false, true, false]);
    const got = anchorFindings(
      [
        f({ kind: 'file', path: '/etc/shadow', layer: 0 }),
        f({ kind: 'file', path: '/bin/busybox', layer: 1 }),
        f({ kind: 'history', index: 0, createdBy: '' }),
      ],
      withBase,
      { dockerfile: { file: 'Dockerfile', text: DOCKERFILE }, policyFile: 'p.yml' },
    );
    expect(got.map((x) => `${x.anchor?.file}:${x.anchor?.line}`)).toEqual(['Dockerfile:5', 'Dockerfile:6', 'Dockerfile:5']);
  });

  it('a file whose layer no instruction explains (squashed history, no COPY that could hold it) gets no anchor', () => {
    const squashed = view(['squashed by a tool'], [true]);
    const got = anchorFindings([f({ kind: 'file', path: '/opt/x', layer: 0 })], squashed, {
      dockerfile: { file: 'Dockerfile', text: 'FROM debian:12\nRUN make\n' },
      policyFile: 'p.yml',
    });
    expect(got[0]?.anchor).toBeUndefined();
    expect(got[0]?.ruleId).toBe('X');
  });

  it('aligns BuildKit history too', () => {
    const bk = view(['COPY busybox /bin/busybox # buildkit', 'RUN /bin/sh -c apt-get update && echo done # buildkit', 'USER 0'], [true, true, false]);
    const map = alignHistory(bk, parseDockerfile('FROM scratch\nCOPY busybox /bin/busybox\nRUN apt-get update && echo done\nUSER 0\n'));
    expect([...map.entries()].map(([i, d]) => [i, d.line])).toEqual([
      [2, 4],
      [1, 3],
      [0, 2],
    ]);
  });
});
