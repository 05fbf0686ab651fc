/**
 * build-image's outputs, named as in action.yml, from its typed result. Apart from run.ts so the all-in-one
 * action can name them (src/run.ts outputsOf) without loading the build (issue 17 item 3: start-up).
 */
import type { BuildReport } from '../../shared/src/builders/build.js';
import type { BuildMachineImageResult } from '../../shared/src/builders/packer/build-machine-image.js';
import type { Descriptor } from '../../shared/src/oci/types.js';
import type { PublishResult } from './publish.js';

/**
 * `provenance`: the absolute path of the statement written, absent when none was (input `false`, or no AMI).
 * `descriptor`: the layout's root, for build-push-action's `containerimage.descriptor`; `publish`: what
 * push/load/outputs did (absent when none was asked), its error failing the step after the outputs.
 */
export type Outputs =
  | { kind: 'container'; report: BuildReport; provenance?: string; descriptor?: Descriptor; publish?: PublishResult }
  | { kind: 'machine'; result: BuildMachineImageResult; provenance?: string };

export function outputsOf(o: Outputs): Record<string, string> {
  if (o.kind === 'machine') {
    const r = o.result;
    return {
      amis: JSON.stringify(r.amis),
      'ami-id': r.amiId ?? '',
      metadata: JSON.stringify({ kind: 'machine', amis: r.amis, amiId: r.amiId, packer: r.packer.version, template: r.template, artifacts: r.artifacts }),
      provenance: o.provenance ?? '',
    };
  }
  const r = o.report;
  const labels = Object.entries(r.labels ?? {}).map(([k, v]) => `${k}=${v}`);
  // With a repository named (images, or references in tags), `tags` are full references, as metadata-action's are.
  const tags = r.refs !== undefined && r.refs.length > 0 ? r.refs : r.tags;
  return {
    digest: r.digest,
    imageid: r.imageid,
    layout: r.layout,
    tags: tags.join('\n'),
    // metadata-action's outputs: version (the first computed tag), labels and annotations (level:key=value) one per line, json with tags (full references), tag-names, labels and annotations.
    version: r.version ?? '',
    labels: labels.join('\n'),
    annotations: (r.annotations ?? []).join('\n'),
    json: JSON.stringify({ tags, 'tag-names': r.tags, labels: r.labels ?? {}, annotations: r.annotations ?? [] }),
    metadata: JSON.stringify(containerMetadata(o)),
    provenance: o.provenance ?? '',
  };
}

/**
 * The `metadata` output: the build report (every key it always had) with
 * build-push-action's keys, as buildx's metadata file names them:
 * `containerimage.digest` (the image: manifest, or index for several
 * platforms), `containerimage.config.digest` (single-platform builds only, as
 * buildx), `containerimage.descriptor` (the root's media type, digest and
 * size) and `image.name` (the full references, comma-joined; absent without one).
 */
export function containerMetadata(o: Extract<Outputs, { kind: 'container' }>): Record<string, unknown> {
  const r = o.report;
  return {
    ...r,
    'containerimage.digest': r.digest,
    ...(r.manifests?.length === 1 ? { 'containerimage.config.digest': r.imageid } : {}),
    ...(o.descriptor !== undefined ? { 'containerimage.descriptor': o.descriptor } : {}),
    ...(r.refs !== undefined && r.refs.length > 0 ? { 'image.name': r.refs.join(',') } : {}),
  };
}
