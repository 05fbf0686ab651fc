/**
 * The layer-cache inputs `cache-from` / `cache-to` in docker/build-push-action's
 * syntax, one cache per line, each line a CSV record of key=value fields (so a
 * value holding a comma is quoted: `"ref=..."`), as buildx reads them:
 *
 *   type=registry,ref=<registry>/<repository>[:tag][,mode=min|max]
 *   type=local,src=<dir>          (cache-from)   type=local,dest=<dir>[,mode=..]  (cache-to)
 *   type=gha[,scope=<name>,...]   and inline, s3, azblob: docker buildx only
 *   <registry>/<repository>[:tag] (shorthand for type=registry,ref=...)
 *
 * Parsing is pure and checks what every builder needs; checkCacheForBuilder
 * then refuses what the chosen builder cannot do, and cacheArgs turns a plan
 * into the builder's flags. buildah and podman (1.28 / 4.3 here) take one
 * `--cache-from` and one `--cache-to` repository, with neither tag nor digest
 * (they push one tag per build step, named by the step's cache key), and know
 * no other backend: build.ts maps type=local onto a loopback registry first.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { PipelineError } from '../errors.js';
import { preview } from '../preview.js';
import { parseReference, repositoryName } from '../registry/reference.js';
import { BUILDX_ONLY_CACHE_TYPES, type BuilderName, type BuildxOnlyCacheType, type CacheMode, type CachePlan, type CacheSpec } from './builder.js';

export type CacheInput = 'cache-from' | 'cache-to';

const CACHE_TYPES = ['registry', 'local', ...BUILDX_ONLY_CACHE_TYPES] as const;

/** What buildx documents for its registry and local backends (docs.docker.com/build/cache/backends), so a typo is caught for every builder. */
const BUILDX_KEYS: Readonly<Record<'registry' | 'local', Readonly<Record<CacheInput, readonly string[]>>>> = {
  registry: {
    'cache-from': ['ref', 'mode', 'ignore-error'],
    'cache-to': ['ref', 'mode', 'oci-mediatypes', 'image-manifest', 'compression', 'compression-level', 'force-compression', 'ignore-error'],
  },
  local: {
    'cache-from': ['src', 'digest', 'tag', 'mode', 'ignore-error'],
    'cache-to': ['dest', 'tag', 'mode', 'oci-mediatypes', 'image-manifest', 'compression', 'compression-level', 'force-compression', 'ignore-error'],
  },
};

/** The keys buildah and podman can honour: the rest have no flag there. */
const CONTAINERS_KEYS: Readonly<Record<'registry' | 'local', readonly string[]>> = {
  registry: ['ref', 'mode', 'ignore-error'],
  local: ['src', 'dest', 'mode', 'ignore-error'],
};

const BOOLEAN_KEYS = new Set(['ignore-error', 'oci-mediatypes', 'image-manifest', 'force-compression']);

/** The accepted forms, for every error's hint. */
export function acceptedForms(input: CacheInput): string {
  const mode = input === 'cache-to' ? '[,mode=min|max]' : '';
  const local = input === 'cache-to' ? 'type=local,dest=<dir>[,mode=min|max]' : 'type=local,src=<dir>';
  return (
    `Write one cache per line: type=registry,ref=<registry>/<repository>[:tag]${mode}, ${local}, ` +
    `type=gha[,scope=<name>]${mode} (builder docker only), or just <registry>/<repository>[:tag].`
  );
}

/** Parse `cache-from` / `cache-to`: one cache per line, `#` comments and blank lines skipped. */
export function parseCacheSpecs(text: string, input: CacheInput): CacheSpec[] {
  const out: CacheSpec[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = stripComment(raw).trim();
    if (line !== '') out.push(...parseLine(line, raw, i + 1, input));
  });
  return out;
}

/** A `#` starts a comment at the start of a line or after white space, outside quotes (so `scope=a#b` survives). */
function stripComment(line: string): string {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === '#' && !quoted && (i === 0 || /\s/.test(line[i - 1] ?? ''))) return line.slice(0, i);
  }
  return line;
}

function parseLine(line: string, raw: string, n: number, input: CacheInput): CacheSpec[] {
  const fail = (what: string): PipelineError =>
    new PipelineError('INPUT', `input '${input}' line ${n} ('${preview(raw.trim(), { max: 80 })}'): ${what}`, { input, line: n, hint: acceptedForms(input) });
  const fields = csvFields(line, fail).filter((f) => f !== '');
  if (fields.length === 0) throw fail('no cache is named');

  // buildx's shorthand: fields without '=' are registry refs, one cache each.
  if (fields.every((f) => !f.includes('='))) return fields.map((ref) => registrySpec(ref, { ref }, n, input, fail));

  let type: string | undefined;
  const attrs: Record<string, string> = {};
  for (const field of fields) {
    const eq = field.indexOf('=');
    if (eq <= 0) throw fail(`'${preview(field)}' is not key=value`);
    const key = field.slice(0, eq).trim().toLowerCase();
    const value = field.slice(eq + 1).trim();
    if (key === 'type') {
      if (type !== undefined) throw fail('type is given twice');
      type = value;
    } else {
      if (Object.hasOwn(attrs, key)) throw fail(`'${preview(key)}' is given twice`);
      attrs[key] = value;
    }
  }
  if (type === undefined) throw fail('there is no type= (or write a bare <registry>/<repository>[:tag])');
  if (!(CACHE_TYPES as readonly string[]).includes(type)) throw fail(`type '${preview(type)}' is not one of ${CACHE_TYPES.join(', ')}`);
  if (type === 'registry') return [registrySpec(attrs.ref ?? '', attrs, n, input, fail)];
  if (type === 'local') return [localSpec(attrs, n, input, fail)];
  // inline cache lives in the image itself; buildx reads it back with type=registry,ref=<image>.
  if (type === 'inline' && input === 'cache-from') throw fail('type=inline is for cache-to; read an inline cache with type=registry,ref=<image>');
  return [{ type: type as BuildxOnlyCacheType, attrs, line: n }];
}

/** One CSV record, quotes as in RFC 4180; csv-parse's own message is not shown since it may echo the line. */
function csvFields(line: string, fail: (what: string) => PipelineError): string[] {
  let records: string[][];
  try {
    records = parseCsv(line, { trim: true, relax_column_count: true });
  } catch {
    throw fail('it is not a valid CSV record: quote a whole field ("ref=a,b"), not part of it, and close every quote');
  }
  if (records.length !== 1) throw fail('it is not one CSV record');
  return records[0] ?? [];
}

function checkKeys(type: 'registry' | 'local', attrs: Readonly<Record<string, string>>, input: CacheInput, fail: (what: string) => PipelineError): void {
  const known = BUILDX_KEYS[type][input];
  for (const [key, value] of Object.entries(attrs)) {
    if (!known.includes(key)) {
      const other: CacheInput = input === 'cache-from' ? 'cache-to' : 'cache-from';
      const where = BUILDX_KEYS[type][other].includes(key) ? ` ('${key}' belongs in ${other})` : '';
      throw fail(`'${preview(key)}' is not a key of type=${type} in ${input}${where}; known: ${known.join(', ')}`);
    }
    if (BOOLEAN_KEYS.has(key) && value !== 'true' && value !== 'false') throw fail(`${key} is '${preview(value)}', expected true or false`);
  }
}

function modeOf(attrs: Readonly<Record<string, string>>, fail: (what: string) => PipelineError): CacheMode {
  const mode = attrs.mode ?? 'min';
  if (mode !== 'min' && mode !== 'max') throw fail(`mode is '${preview(mode)}', expected min or max`);
  return mode;
}

function registrySpec(ref: string, attrs: Readonly<Record<string, string>>, n: number, input: CacheInput, fail: (what: string) => PipelineError): CacheSpec {
  checkKeys('registry', attrs, input, fail);
  if (ref === '') throw fail('type=registry needs ref=<registry>/<repository>[:tag]');
  const parsed = parseReference(ref);
  if (!parsed.ok) throw fail(parsed.error.reason);
  if (parsed.value.digest !== undefined && input === 'cache-to') throw fail(`ref '${preview(ref)}' has a digest; cache-to writes to a repository[:tag]`);
  return { type: 'registry', ref, mode: modeOf(attrs, fail), attrs, line: n };
}

function localSpec(attrs: Readonly<Record<string, string>>, n: number, input: CacheInput, fail: (what: string) => PipelineError): CacheSpec {
  checkKeys('local', attrs, input, fail);
  const key = input === 'cache-from' ? 'src' : 'dest';
  const dir = attrs[key] ?? '';
  if (dir === '') throw fail(`type=local in ${input} needs ${key}=<dir>`);
  return { type: 'local', dir, mode: modeOf(attrs, fail), attrs, line: n };
}

/** Both directions of a plan with the input each came from. */
const entries = (plan: CachePlan): Array<[CacheInput, CacheSpec]> => [
  ...plan.from.map((s): [CacheInput, CacheSpec] => ['cache-from', s]),
  ...plan.to.map((s): [CacheInput, CacheSpec] => ['cache-to', s]),
];

/** The repository buildah/podman get for a registry spec: canonical name, tag and digest dropped. */
function containersRepo(spec: CacheSpec): string {
  if (spec.type !== 'registry') {
    throw new PipelineError(
      'INTERNAL',
      `cache line ${spec.line}: type=${spec.type} reached the buildah/podman flags; build.ts maps type=local to a registry first`,
    );
  }
  const parsed = parseReference(spec.ref);
  if (!parsed.ok) throw parsed.error;
  return repositoryName(parsed.value);
}

/**
 * Whether `builder` can use this plan; the first problem as an INPUT error
 * naming the input and line. buildx takes every form; buildah and podman take
 * registry and local caches without digests, one repository per direction.
 * buildx's tuning keys (image-manifest, oci-mediatypes, compression, a local
 * tag or digest, ...) are not refused: lines written for build-push-action
 * carry them, the cache works without them, and cacheNotices says they are
 * not used.
 */
export function checkCacheForBuilder(plan: CachePlan, builder: BuilderName): PipelineError | undefined {
  if (builder === 'docker') return undefined;
  for (const [input, spec] of entries(plan)) {
    const at = `input '${input}' line ${spec.line}`;
    if (spec.type !== 'registry' && spec.type !== 'local') {
      return new PipelineError('INPUT', `${at}: type=${spec.type} is a docker buildx cache backend, and ${builder} has none like it`, {
        input,
        line: spec.line,
        hint:
          `Use type=registry,ref=<registry>/<repository> (e.g. next to your image), or type=local,${input === 'cache-from' ? 'src' : 'dest'}=<dir> ` +
          `with an actions/cache step that saves and restores <dir>; or set builder: docker.`,
      });
    }
    if (spec.type === 'registry') {
      const parsed = parseReference(spec.ref);
      if (parsed.ok && parsed.value.digest !== undefined) {
        return new PipelineError('INPUT', `${at}: ref '${preview(spec.ref)}' has a digest, and ${builder} reads a cache by repository`, {
          input,
          line: spec.line,
          hint: `Write the repository only, e.g. ${repositoryName(parsed.value)}.`,
        });
      }
    }
  }
  for (const [input, specs] of [
    ['cache-from', plan.from],
    ['cache-to', plan.to],
  ] as const) {
    const second = specs.find((s) => distinctKey(s) !== distinctKey(specs[0] as CacheSpec));
    if (second !== undefined) {
      return new PipelineError(
        'INPUT',
        `input '${input}' line ${second.line}: ${builder} takes one ${input} cache, and line ${(specs[0] as CacheSpec).line} already names one`,
        {
          input,
          line: second.line,
          hint: `Keep one ${input} line for ${builder} (it holds every step's layer), or set builder: docker.`,
        },
      );
    }
  }
  return undefined;
}

/** What makes two specs the same cache for buildah/podman: the repository (tags are dropped), or the folder. */
function distinctKey(spec: CacheSpec): string {
  if (spec.type === 'local') return `local:${spec.dir}`;
  if (spec.type !== 'registry') return spec.type;
  const parsed = parseReference(spec.ref);
  return parsed.ok ? `registry:${repositoryName(parsed.value)}` : spec.ref;
}

/**
 * What the user should know about how `builder` reads this plan, one line
 * each (build.ts logs them): buildah/podman drop the ref's tag, ignore
 * buildx's tuning keys, treat every cache failure as a warning and export
 * every step whatever the mode; no-cache leaves cache-from unread.
 */
export function cacheNotices(plan: CachePlan, builder: BuilderName): string[] {
  if (builder === 'docker') return [];
  const out: string[] = [];
  for (const [input, spec] of entries(plan)) {
    if (spec.type === 'registry') {
      const parsed = parseReference(spec.ref);
      if (parsed.ok && parsed.value.tag !== undefined && !(input === 'cache-from' && plan.noCache)) {
        out.push(
          `${input} line ${spec.line}: ${builder} keeps its cache as one tag per build step (the step's cache key) in ${repositoryName(parsed.value)}, so the tag '${parsed.value.tag}' is not used`,
        );
      }
    }
    if (spec.type === 'registry' || spec.type === 'local') {
      const honoured = CONTAINERS_KEYS[spec.type];
      const extra = Object.keys(spec.attrs).filter((k) => !honoured.includes(k));
      if (extra.length > 0) {
        const one = extra.length === 1;
        out.push(
          `${input} line ${spec.line}: ${extra.join(', ')} ${one ? 'is a' : 'are'} docker buildx option${one ? '' : 's'} ${builder} has no equivalent for, so ${one ? 'it is' : 'they are'} not used`,
        );
      }
      if (spec.attrs['ignore-error'] === 'false') {
        out.push(
          `${input} line ${spec.line}: ignore-error=false is not followed with ${builder}: a cache that fails is a warning and the build goes on without it`,
        );
      }
    }
    if (input === 'cache-to' && (spec.type === 'registry' || spec.type === 'local') && spec.attrs.mode === 'min') {
      out.push(`cache-to line ${spec.line}: mode=min has no effect with ${builder}, which exports every step's layer (as mode=max does)`);
    }
  }
  if (plan.noCache && plan.from.length > 0) out.push(`no-cache is true, so cache-from is not read${plan.to.length > 0 ? ' (cache-to still exports)' : ''}`);
  return out;
}

/**
 * The builder flags for a plan. buildx: each cache re-serialised as written
 * (paths and refs from the spec, which build.ts may have resolved). buildah and
 * podman: `--layers=true` with the cache repositories. With no plan at all,
 * `--layers=false` stated outright: podman's default is true, and committing
 * every step is slow on vfs and buys nothing when no cache is kept. A plan
 * whose caches were all dropped (build.ts's retry without cache-to) keeps
 * `--layers=true`: buildah gives one layer per step with it and a single
 * layer without, so the image keeps the shape, and the digest, the cached
 * build gives, and the steps already in the store are reused.
 */
export function cacheArgs(cache: CachePlan | undefined, builder: BuilderName): string[] {
  const from = cache?.from ?? [];
  const to = cache?.to ?? [];
  const noCache = cache?.noCache ?? false;
  if (builder === 'docker') {
    return [
      ...from.flatMap((s) => ['--cache-from', formatCacheSpec(s)]),
      ...to.flatMap((s) => ['--cache-to', formatCacheSpec(s)]),
      ...(noCache ? ['--no-cache'] : []),
    ];
  }
  if (cache === undefined) return ['--layers=false'];
  if (from.length === 0 && to.length === 0 && noCache && cache.configured !== true) return ['--layers=false', '--no-cache'];
  const args = ['--layers=true'];
  // One repository per direction (checkCacheForBuilder): the first spec names it.
  const first = (specs: readonly CacheSpec[]): CacheSpec | undefined => specs[0];
  const f = noCache ? undefined : first(from);
  const t = first(to);
  if (f !== undefined) args.push('--cache-from', containersRepo(f));
  if (t !== undefined) args.push('--cache-to', containersRepo(t));
  if (noCache) args.push('--no-cache');
  return args;
}

/** A spec as buildx's `--cache-from`/`--cache-to` value: CSV, a field quoted when it holds a comma, quote or space at its ends. */
export function formatCacheSpec(spec: CacheSpec): string {
  const attrs: Record<string, string> = { ...spec.attrs };
  if (spec.type === 'registry') attrs.ref = spec.ref;
  if (spec.type === 'local') {
    const key = Object.hasOwn(spec.attrs, 'dest') ? 'dest' : 'src';
    attrs[key] = spec.dir;
  }
  return [`type=${spec.type}`, ...Object.entries(attrs).map(([k, v]) => `${k}=${v}`)].map(csvField).join(',');
}

function csvField(field: string): string {
  return /[",\r\n]|^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** Attribute values that are credentials (gha token, s3 keys), for the runner to mask. */
export function cacheSecrets(specs: readonly CacheSpec[]): string[] {
  return specs.flatMap((s) =>
    Object.entries(s.attrs)
      .filter(([k, v]) => v !== '' && /token|secret|password/.test(k))
      .map(([, v]) => v),
  );
}
