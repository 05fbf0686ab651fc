import { describe, expect, test } from '@jest/globals';
import { parseStatement } from '../../../shared/src/attest/in-toto.js';
import { PredicateType } from '../../../shared/src/attest/types.js';
import { GENERIC_PREDICATE_TYPE, planAttachment, planAttachments, sbomImageDigest } from '../../../shared/src/distribute/attachments.js';
import type { Digest } from '../../../shared/src/oci/digest.js';
import { MediaType } from '../../../shared/src/oci/media-types.js';
import type { Descriptor } from '../../../shared/src/oci/types.js';
import { pipelineErrorOf } from '../../support/pipeline-error.js';

const dg = (c: string): Digest => `sha256:${c.repeat(64)}` as Digest;
const root: Descriptor = { mediaType: MediaType.OciIndex, digest: dg('0'), size: 300 };
const amd: Descriptor = { mediaType: MediaType.OciManifest, digest: dg('1'), size: 500, platform: { os: 'linux', architecture: 'amd64' } };
const arm: Descriptor = { mediaType: MediaType.OciManifest, digest: dg('2'), size: 500, platform: { os: 'linux', architecture: 'arm64' } };
const manifests = [amd, arm, root];

const spdx = (digest?: string): string =>
  JSON.stringify({
    spdxVersion: 'SPDX-2.3',
    packages: [{ SPDXID: 'SPDXRef-Image', name: 'app', ...(digest !== undefined ? { versionInfo: digest } : {}), primaryPackagePurpose: 'CONTAINER' }],
  });
const cdx = (digest: string): string =>
  JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', metadata: { component: { type: 'container', version: digest } } });
const statementText = (digests: string[]): string =>
  JSON.stringify({
    _type: 'https://in-toto.io/Statement/v1',
    subject: digests.map((d) => ({ digest: { sha256: d.slice(7) } })),
    predicateType: PredicateType.SlsaProvenanceV1,
    predicate: { x: 1 },
  });

describe('planAttachment', () => {
  test('an SPDX SBOM naming a platform manifest goes to that manifest, the document as predicate', () => {
    const a = planAttachment({ name: 'sbom.spdx.json', text: spdx(amd.digest) }, root, manifests);
    expect([a.kind, a.subject, a.predicateType]).toEqual(['spdx', amd, PredicateType.Spdx]);
    expect(a.statement.subject).toEqual([{ digest: { sha256: '1'.repeat(64) } }]);
    expect((a.statement.predicate as { spdxVersion: string }).spdxVersion).toBe('SPDX-2.3');
    // The bytes are the statement: parse back to the same.
    const back = parseStatement(a.bytes, 'x');
    expect(back.ok && back.value).toEqual(a.statement);
  });

  test('a CycloneDX SBOM for arm64 goes to the arm64 manifest; one naming no digest goes to the pushed image', () => {
    expect(planAttachment({ name: 'b.cdx.json', text: cdx(arm.digest) }, root, manifests)).toMatchObject({
      kind: 'cyclonedx',
      subject: arm,
      predicateType: PredicateType.CycloneDx,
    });
    expect(planAttachment({ name: 'c.spdx.json', text: spdx() }, root, manifests)).toMatchObject({ kind: 'spdx', subject: root });
  });

  test('an in-toto statement is kept byte for byte, attached to the root when it names it, else the platform it names', () => {
    const text = statementText([amd.digest, arm.digest, root.digest]);
    const a = planAttachment({ name: 'provenance.json', text }, root, manifests);
    expect([a.kind, a.subject, a.predicateType, a.bytes.toString()]).toEqual(['in-toto', root, PredicateType.SlsaProvenanceV1, text]);
    expect(planAttachment({ name: 'p.json', text: statementText([arm.digest]) }, root, manifests).subject).toBe(arm);
  });

  test('other JSON: the generic predicate, {name, content}, on the pushed image', () => {
    const a = planAttachment({ name: 'out/report.json', text: '[1,2]' }, root, manifests);
    expect([a.kind, a.subject, a.predicateType, a.statement.predicate]).toEqual([
      'json',
      root,
      GENERIC_PREDICATE_TYPE,
      { name: 'report.json', content: [1, 2] },
    ]);
  });

  // [#, text, message parts]
  const BAD: Array<[number, string, string[]]> = [
    [1, 'not json', ["input 'attach': f.json: expected JSON", "got 'not json'"]],
    [
      2,
      statementText([dg('9')]),
      ['f.json', 'subjects are sha256:9999', `${root.digest} (the pushed image)`, `${amd.digest} (linux/amd64)`, `${arm.digest} (linux/arm64)`],
    ],
    [3, spdx(dg('8')), ['f.json', `describing ${dg('8')}`, `${root.digest} (the pushed image)`]],
    [4, cdx(dg('7')), ['f.json', `describing ${dg('7')}`]],
    [
      5,
      JSON.stringify({ _type: 'https://in-toto.io/Statement/v1', subject: [], predicateType: 'x:y' }),
      ['not an in-toto statement v1', 'non-empty subject list'],
    ],
  ];
  test.each(BAD)('%i: refused naming the input and file', (_n, text, parts) => {
    const e = pipelineErrorOf(() => planAttachment({ name: 'f.json', text }, root, manifests));
    expect(e.code).toBe('INPUT');
    for (const p of parts) expect(e.message).toContain(p);
  });
});

test('planAttachments: the same statement for the same manifest twice is one attachment', () => {
  const files = [
    { name: 'a.json', text: spdx(amd.digest) },
    { name: 'b.json', text: spdx(amd.digest) },
    { name: 'c.json', text: spdx(arm.digest) },
  ];
  expect(planAttachments(files, root, manifests).map((a) => a.file)).toEqual(['a.json', 'c.json']);
});

test('sbomImageDigest reads only a digest from the CONTAINER package / metadata.component', () => {
  expect(sbomImageDigest('spdx', JSON.parse(spdx(amd.digest)) as Record<string, unknown>)).toBe(amd.digest);
  expect(sbomImageDigest('spdx', { packages: [{ primaryPackagePurpose: 'LIBRARY', versionInfo: amd.digest }] })).toBeUndefined();
  expect(sbomImageDigest('cyclonedx', { metadata: { component: { version: '1.2.3' } } })).toBeUndefined();
  expect(sbomImageDigest('cyclonedx', { metadata: 'x' })).toBeUndefined();
});
