/**
 * metadata-action's version and tag list from parsed specs, a flavor and the
 * context: specs in priority order, each enabled one adds its value (with its
 * own prefix/suffix, else the flavor's); the first is the version, the rest
 * follow without duplicates; the first applicable spec decides `latest` under
 * latest=auto. Pure.
 */
import { PipelineError } from '../../errors.js';
import type { MetaContext } from './context.js';
import { globalScope } from './expressions.js';
import { render } from './expr.js';
import { sanitizeTag } from './sanitize.js';
import type { Flavor, TagSpec } from './spec.js';
import { valueOf } from './tag-types.js';

export interface MetaVersion {
  /** The first tag (metadata-action's `version` output); undefined when no spec applied. */
  main: string | undefined;
  /** The other tags, in order, without duplicates. */
  partial: string[];
  latest: boolean;
}

export interface VersionResult {
  version: MetaVersion;
  warnings: string[];
}

export function computeVersion(specs: readonly TagSpec[], flavor: Flavor, ctx: MetaContext): VersionResult {
  const scope = globalScope(ctx);
  const warnings: string[] = [];
  const expand = (t: string): string => render(t, scope);
  let main: string | undefined;
  const partial: string[] = [];
  let latest: boolean | undefined;
  for (const spec of specs) {
    const enabled = expand(spec.attrs.enable ?? 'true');
    if (enabled !== 'true' && enabled !== 'false')
      throw new PipelineError('INPUT', `input 'tags' has '${spec.line}': enable is '${enabled}', expected true or false`, {
        input: 'tags',
        hint: 'Write enable=true, enable=false or an expression that gives one, e.g. enable={{is_default_branch}}.',
      });
    if (enabled === 'false') continue;
    const r = valueOf(spec, { ctx, expand, warn: (m) => warnings.push(m) });
    if (r === undefined) continue;
    let value = r.value;
    value = `${'prefix' in spec.attrs ? expand(spec.attrs.prefix ?? '') : expand(flavor.prefix)}${value}`;
    value = `${value}${'suffix' in spec.attrs ? expand(spec.attrs.suffix ?? '') : expand(flavor.suffix)}`;
    if (value === '') continue;
    const tag = sanitizeTag(value);
    if (main === undefined) main = tag;
    else if (tag !== main) partial.push(tag);
    latest ??= flavor.latest === 'auto' ? r.latest : flavor.latest === 'true';
  }
  return { version: { main, partial: [...new Set(partial)], latest: latest ?? false }, warnings };
}

/** The tag names: version, the rest, then `latest` (with the flavor's prefix/suffix when onlatest says so). */
export function tagNames(v: MetaVersion, flavor: Flavor): string[] {
  if (v.main === undefined) return [];
  const out = [v.main, ...v.partial];
  if (v.latest) out.push(sanitizeTag(`${flavor.prefixLatest ? flavor.prefix : ''}latest${flavor.suffixLatest ? flavor.suffix : ''}`));
  return out;
}

/** metadata-action's `tags` output with `images`: every name with every tag, image names lower-cased. */
export function imageTags(names: readonly string[], images: readonly string[]): string[] {
  if (images.length === 0) return [...names];
  return images.flatMap((img) => names.map((n) => `${img.toLowerCase()}:${n}`));
}
