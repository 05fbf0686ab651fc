/**
 * Reading what `packer build -machine-readable` prints and what the manifest
 * post-processor writes, as pure functions. Machine-readable lines are
 * `timestamp,target,type,data...` with commas in data escaped as
 * `%!(PACKER_COMMA)` and newlines as a literal `\n`. AMI builders report an
 * artifact id of the form `region:ami-id[,region:ami-id...]`, in both places.
 */
import { PipelineError } from '../../errors.js';

export type PackerEvent =
  | { kind: 'ui'; level: string; text: string; target: string }
  | { kind: 'artifact-count'; target: string; count: number }
  | { kind: 'artifact'; target: string; index: number; key: string; values: string[] }
  | { kind: 'other'; target: string; type: string; data: string[] };

function unescapeField(s: string): string {
  return s
    .replace(/%!\(PACKER_COMMA\)/g, ',')
    .replace(/\\n/g, '\n')
    .replace(/\\r/g, '\r');
}

/** One line of machine-readable output, or undefined for a line that is not one. */
export function parseMachineReadableLine(line: string): PackerEvent | undefined {
  const parts = line.split(',');
  if (parts.length < 3 || !/^\d+$/.test(parts[0] ?? '')) return undefined;
  const target = parts[1] ?? '';
  const type = parts[2] ?? '';
  const data = parts.slice(3).map(unescapeField);
  switch (type) {
    case 'ui':
      return { kind: 'ui', level: data[0] ?? 'say', text: data.slice(1).join(','), target };
    case 'artifact-count':
      return { kind: 'artifact-count', target, count: Number(data[0] ?? 0) };
    case 'artifact':
      return { kind: 'artifact', target, index: Number(data[0] ?? 0), key: data[1] ?? '', values: data.slice(2) };
    default:
      return { kind: 'other', target, type, data };
  }
}

export interface PackerArtifact {
  /** The build, e.g. `amazon-ebs.ubuntu` (HCL2) or `amazon-ebs` (JSON). */
  target: string;
  index: number;
  builderId: string;
  id: string;
  description: string;
  files: string[];
}

/** Gathers artifacts from a stream of events. */
export class ArtifactCollector {
  private readonly byKey = new Map<string, PackerArtifact>();

  add(e: PackerEvent): void {
    if (e.kind !== 'artifact') return;
    const k = `${e.target}#${e.index}`;
    let a = this.byKey.get(k);
    if (a === undefined) {
      a = { target: e.target, index: e.index, builderId: '', id: '', description: '', files: [] };
      this.byKey.set(k, a);
    }
    const v = e.values.join(',');
    if (e.key === 'builder-id') a.builderId = v;
    else if (e.key === 'id') a.id = v;
    else if (e.key === 'string') a.description = v;
    else if (e.key === 'file') a.files.push(e.values[1] ?? v);
  }

  artifacts(): PackerArtifact[] {
    return [...this.byKey.values()];
  }
}

const AMI_PAIR = /^([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}):(ami-[0-9a-f]{8,17})$/;

/** `us-east-1:ami-1,eu-west-1:ami-2` -> ordered pairs; undefined when not of that form. */
export function parseAmiArtifactId(id: string): [string, string][] | undefined {
  const items = id.split(',').map((s) => s.trim());
  const pairs: [string, string][] = [];
  for (const item of items) {
    const m = AMI_PAIR.exec(item);
    if (m === null) return undefined;
    pairs.push([m[1] as string, m[2] as string]);
  }
  return pairs.length > 0 ? pairs : undefined;
}

export interface ManifestBuild {
  name: string;
  builderType: string;
  artifactId: string;
  runUuid: string;
  buildTime?: number;
  customData?: Record<string, string>;
}

/** A manifest field Packer writes as a string; '' when it is missing or not a scalar. */
const field = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '');

/**
 * The builds of the last run in a manifest post-processor file (the file
 * accumulates every run unless it is deleted first).
 */
export function parseManifest(text: string, file: string): ManifestBuild[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new PipelineError('BUILDER', `the Packer manifest is not JSON: ${(e as Error).message}`, {
      file,
      cause: e,
      hint: 'Delete the manifest file and build again.',
    });
  }
  const d = doc as { builds?: unknown; last_run_uuid?: unknown };
  if (!Array.isArray(d.builds))
    throw new PipelineError('BUILDER', "the manifest has no 'builds' list", {
      file,
      hint: 'Point the manifest input at the output of the manifest post-processor.',
    });
  const last = typeof d.last_run_uuid === 'string' ? d.last_run_uuid : undefined;
  return (d.builds as Record<string, unknown>[])
    .map((b) => ({
      name: field(b['name']),
      builderType: field(b['builder_type']),
      artifactId: field(b['artifact_id']),
      runUuid: field(b['packer_run_uuid']),
      ...(typeof b['build_time'] === 'number' ? { buildTime: b['build_time'] } : {}),
      ...(b['custom_data'] !== null && typeof b['custom_data'] === 'object' ? { customData: b['custom_data'] as Record<string, string> } : {}),
    }))
    .filter((b) => last === undefined || b.runUuid === last);
}

export interface AmiOutputs {
  /** region -> AMI id. */
  amis: Record<string, string>;
  /** The first AMI: the first region of the first build that made AMIs. */
  amiId?: string;
  /** Regions where two builds reported different AMIs; the first is kept. */
  conflicts: { region: string; kept: string; dropped: string }[];
}

/** Merge AMI artifact ids from any sources, first seen wins. */
export function amiOutputs(artifactIds: readonly string[]): AmiOutputs {
  const amis: Record<string, string> = {};
  const conflicts: AmiOutputs['conflicts'] = [];
  let amiId: string | undefined;
  for (const id of artifactIds) {
    for (const [region, ami] of parseAmiArtifactId(id) ?? []) {
      amiId ??= ami;
      const prior = amis[region];
      if (prior === undefined) amis[region] = ami;
      else if (prior !== ami) conflicts.push({ region, kept: prior, dropped: ami });
    }
  }
  return { amis, ...(amiId !== undefined ? { amiId } : {}), conflicts };
}
