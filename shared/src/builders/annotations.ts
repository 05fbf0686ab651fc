/**
 * OCI annotations and where they go, as build-push-action (buildx) writes
 * them: `[level[,level...]:]key=value`, a level being `manifest` (the
 * default), `index`, `manifest-descriptor` or `index-descriptor`, the manifest
 * levels optionally narrowed to one platform with `[os/arch[/variant]]`.
 * docker/metadata-action's set is placed the same way, at the levels named by
 * its DOCKER_METADATA_ANNOTATIONS_LEVELS (default `manifest`), and printed as
 * its `annotations` output (`level:key=value` lines). Pure: parsing, checking
 * against the platforms built, merging (later entries win), selecting.
 */
import { PipelineError } from '../errors.js';
import { preview } from '../preview.js';

export const ANNOTATION_LEVELS = ['manifest', 'index', 'manifest-descriptor', 'index-descriptor'] as const;
export type AnnotationLevel = (typeof ANNOTATION_LEVELS)[number];

/** metadata-action's variable naming the levels its computed annotations go to. */
export const LEVELS_ENV = 'DOCKER_METADATA_ANNOTATIONS_LEVELS';

export interface AnnotationEntry {
  level: AnnotationLevel;
  /** Normalised os/arch[/variant] (normalizePlatform); absent: every platform. Manifest levels only. */
  platform?: string;
  key: string;
  value: string;
  /** Where the entry was written, for errors: an input (or environment variable) and its line when known. */
  from: { input: string; line?: number };
}

const LEVEL_SET: ReadonlySet<string> = new Set(ANNOTATION_LEVELS);
const isLevel = (s: string): s is AnnotationLevel => LEVEL_SET.has(s);
/** buildx's shape of one level: lower-case letters and dashes, then an optional platform in brackets. */
const LEVEL_SPEC = /^([a-z-]+)(?:\[([A-Za-z0-9_/.-]+)\])?$/;
const LEVELS_HINT =
  'A level is manifest (the default), index, manifest-descriptor or index-descriptor, several joined by commas, the manifest ones optionally with a platform: manifest[linux/arm64]:org.example.key=value.';

const ARCH_ALIASES: Readonly<Record<string, [string, string?]>> = {
  x86_64: ['amd64'],
  'x86-64': ['amd64'],
  aarch64: ['arm64'],
  armhf: ['arm', 'v7'],
  armel: ['arm', 'v6'],
  i386: ['386'],
  i686: ['386'],
};

/**
 * A platform as buildkit compares them (containerd's normalisation, the cases
 * that occur): lower case, architecture aliases, numeric variants as vN, the
 * default variants dropped (arm64/v8, amd64/v1) or supplied (arm is arm/v7).
 * undefined when it is not os/arch[/variant].
 */
export function normalizePlatform(p: string): string | undefined {
  const parts = p.trim().toLowerCase().split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some((x) => !/^[a-z0-9_.-]+$/.test(x))) return undefined;
  const [os, rawArch] = parts as [string, string];
  const alias = ARCH_ALIASES[rawArch];
  const arch = alias?.[0] ?? rawArch;
  let variant = parts[2] ?? alias?.[1];
  if (variant !== undefined && /^\d+$/.test(variant)) variant = `v${variant}`;
  if ((arch === 'arm64' && variant === 'v8') || (arch === 'amd64' && variant === 'v1')) variant = undefined;
  if (arch === 'arm' && variant === undefined) variant = 'v7';
  return variant === undefined ? `${os}/${arch}` : `${os}/${arch}/${variant}`;
}

const where = (from: AnnotationEntry['from']): string => (from.line !== undefined ? `input '${from.input}' line ${from.line}` : `'${from.input}'`);

/** One `level[platform]` of a prefix. */
function parseLevel(spec: string, from: AnnotationEntry['from'], shown: string): { level: AnnotationLevel; platform?: string } {
  const m = LEVEL_SPEC.exec(spec.trim());
  const name = m?.[1];
  if (m === null || name === undefined || !isLevel(name))
    throw new PipelineError(
      'INPUT',
      `${where(from)} ('${shown}') has the level '${preview(spec, { max: 40 })}', expected one of ${ANNOTATION_LEVELS.join(', ')}`,
      {
        input: from.input,
        ...(from.line !== undefined ? { line: from.line } : {}),
        hint: LEVELS_HINT,
      },
    );
  const rawPlatform = m[2];
  if (rawPlatform === undefined) return { level: name };
  if (name === 'index' || name === 'index-descriptor')
    throw new PipelineError('INPUT', `${where(from)} ('${shown}') narrows the ${name} level to a platform, expected a platform on manifest levels only`, {
      input: from.input,
      ...(from.line !== undefined ? { line: from.line } : {}),
      hint: `There is one image index for all platforms: write ${name}:key=value, or manifest[${rawPlatform}]:key=value for one platform's manifest.`,
    });
  const platform = normalizePlatform(rawPlatform);
  if (platform === undefined)
    throw new PipelineError(
      'INPUT',
      `${where(from)} ('${shown}') names the platform '${preview(rawPlatform, { max: 40, redact: false })}', expected os/arch[/variant]`,
      {
        input: from.input,
        ...(from.line !== undefined ? { line: from.line } : {}),
        hint: 'Write e.g. manifest[linux/arm64]:key=value.',
      },
    );
  return { level: name, platform };
}

/**
 * One annotation item (`[levels:]key=value`, key and value already split at
 * the first '='), one entry per level it names. buildx splits the levels off
 * at the key's first ':'; a key with a ':' of its own therefore needs an
 * explicit level in front (`manifest:a:b=c`).
 */
export function parseAnnotation(keyPart: string, value: string, from: AnnotationEntry['from']): AnnotationEntry[] {
  // The key part only (a value may be anything), and redacted too: a line missing its key puts whatever was pasted
  // (a token) where the level goes, and a level the parser refuses is masked the same way below.
  const shown = preview(keyPart, { max: 60 });
  const colon = keyPart.indexOf(':');
  const key = (colon < 0 ? keyPart : keyPart.slice(colon + 1)).trim();
  if (key === '' || /\s/.test(key))
    throw new PipelineError('INPUT', `${where(from)} ('${shown}') has no annotation key, expected [level:]key=value with a key without spaces`, {
      input: from.input,
      ...(from.line !== undefined ? { line: from.line } : {}),
      hint: 'Write e.g. org.opencontainers.image.description=My image, or index:org.opencontainers.image.description=My image.',
    });
  const levels =
    colon < 0
      ? [{ level: 'manifest' as const }]
      : keyPart
          .slice(0, colon)
          .split(',')
          .map((spec) => parseLevel(spec, from, shown));
  return levels.map((l) => ({ ...l, key, value, from }));
}

/**
 * The `annotations` input's items (KEY=value pairs as the input reader split
 * them, KEY possibly prefixed with levels). `lineOf` gives an item's line in
 * the input, when the caller still has the text.
 */
export function parseAnnotations(
  items: Iterable<readonly [string, string]>,
  input = 'annotations',
  lineOf: (key: string) => number | undefined = () => undefined,
): AnnotationEntry[] {
  const out: AnnotationEntry[] = [];
  for (const [k, v] of items) {
    const line = lineOf(k);
    out.push(...parseAnnotation(k, v, line === undefined ? { input } : { input, line }));
  }
  return out;
}

/**
 * The line each key (as written, levels included) was set on, from the input
 * reader's items (input-list.ts: each item knows the line it starts on); the
 * last one wins, as it does in the key/value map.
 */
export function lineOfItems(items: ReadonlyArray<{ value: string; line: number }>): (key: string) => number | undefined {
  const lines = new Map<string, number>();
  for (const item of items) {
    const eq = item.value.indexOf('=');
    if (eq > 0) lines.set(item.value.slice(0, eq).trim(), item.line);
  }
  return (key) => lines.get(key);
}

/** The levels of metadata-action's computed annotations: DOCKER_METADATA_ANNOTATIONS_LEVELS, default manifest. */
export function computedLevels(value: string | undefined): Array<{ level: AnnotationLevel; platform?: string }> {
  const v = value?.trim() ?? '';
  if (v === '') return [{ level: 'manifest' }];
  return v.split(',').map((spec) => parseLevel(spec, { input: LEVELS_ENV }, v));
}

/** metadata-action's computed set (the same keys and values as its labels) at each level. */
export function computedAnnotations(
  set: Iterable<readonly [string, string]>,
  levels: ReadonlyArray<{ level: AnnotationLevel; platform?: string }>,
): AnnotationEntry[] {
  const pairs = [...set];
  return levels.flatMap((l) => pairs.map(([key, value]) => ({ ...l, key, value, from: { input: LEVELS_ENV } })));
}

const slot = (e: AnnotationEntry): string => `${e.level}\u0000${e.platform ?? ''}`;

/**
 * One entry per (level, platform, key), the later one winning (so pass the
 * computed set first and the user's after it); grouped by level and platform
 * in order of first appearance, keys sorted within a group as metadata-action
 * sorts its list.
 */
export function mergeAnnotations(entries: readonly AnnotationEntry[]): AnnotationEntry[] {
  const groups = new Map<string, Map<string, AnnotationEntry>>();
  for (const e of entries) {
    const g = groups.get(slot(e)) ?? new Map<string, AnnotationEntry>();
    g.set(e.key, e);
    groups.set(slot(e), g);
  }
  return [...groups.values()].flatMap((g) => [...g.values()].sort((a, b) => a.key.localeCompare(b.key)));
}

/** metadata-action's `annotations` output lines: `level[platform]:key=value`. */
export const formatAnnotation = (e: AnnotationEntry): string => `${e.level}${e.platform !== undefined ? `[${e.platform}]` : ''}:${e.key}=${e.value}`;

/**
 * What goes at `level` (for one manifest: its platform): the entries for
 * every platform, then those for this platform over them (buildkit's order).
 * undefined when there is none.
 */
export function annotationsAt(entries: readonly AnnotationEntry[], level: AnnotationLevel, platform?: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  const p = platform === undefined ? undefined : (normalizePlatform(platform) ?? platform);
  for (const e of entries) if (e.level === level && e.platform === undefined) out[e.key] = e.value;
  if (p !== undefined) for (const e of entries) if (e.level === level && e.platform === p) out[e.key] = e.value;
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * Refuses what cannot be placed on the image this build makes, as buildkit
 * does: index levels without an image index (one platform), and a platform
 * selector naming a platform that is not built. `platforms` as built or
 * requested (os/arch[/variant]).
 */
export function checkPlacement(entries: readonly AnnotationEntry[], platforms: readonly string[]): void {
  const built = new Set(platforms.map((p) => normalizePlatform(p) ?? p));
  for (const e of entries) {
    const ctx = { input: e.from.input, ...(e.from.line !== undefined ? { line: e.from.line } : {}) };
    if ((e.level === 'index' || e.level === 'index-descriptor') && platforms.length <= 1)
      throw new PipelineError('INPUT', `${where(e.from)} puts '${e.key}' on the image index, but a build of one platform makes no index`, {
        ...ctx,
        hint: 'Build several platforms, or use manifest: (the image manifest) or manifest-descriptor: (its entry in the layout) for one platform; buildx refuses this too.',
      });
    if (e.platform !== undefined && !built.has(e.platform))
      throw new PipelineError('INPUT', `${where(e.from)} narrows '${e.key}' to ${e.platform}, expected one of the platforms built (${[...built].join(', ')})`, {
        ...ctx,
        hint: 'Name a platform listed in platforms, or drop the [os/arch] part to annotate every platform.',
      });
  }
}
