/**
 * Where an image comes from, parsed from the `image` input (pure). Accepted:
 *   ./out, /tmp/layout, oci:<dir>[:<ref>]     an OCI image layout folder
 *   oci-archive:<file>[:<ref>]                 a tarred OCI layout
 *   docker-archive:<file>[:<ref>]              `docker save` output
 *   docker://<reference>                       a registry image
 *   <reference>                                a registry image, when no such path exists (decided by the caller)
 * `<ref>` selects one image of several by its ref name (a tag).
 */
import { PipelineError } from '../errors.js';
import { err, ok, type Result } from '../result.js';

export type ImageLocation =
  | { kind: 'layout' | 'oci-archive' | 'docker-archive'; path: string; ref?: string }
  | { kind: 'registry'; reference: string }
  /** No prefix and not path-like: a layout if the path exists, else a registry reference. */
  | { kind: 'ambiguous'; text: string };

const FILE_KINDS = ['oci', 'oci-archive', 'docker-archive'] as const;

/** Split `path[:ref]`: a trailing `:name` is a ref when it has no `/` (so `C:` paths and ports stay whole). */
function splitRef(rest: string): { path: string; ref?: string } {
  const colon = rest.lastIndexOf(':');
  if (colon > 0) {
    const ref = rest.slice(colon + 1);
    if (ref !== '' && !ref.includes('/')) return { path: rest.slice(0, colon), ref };
  }
  return { path: rest };
}

export function parseImageLocation(text: string, input = 'image'): Result<ImageLocation> {
  const t = text.trim();
  if (t === '')
    return err(
      new PipelineError('INPUT', `input '${input}' is empty`, {
        input,
        hint: "Pass build-image's 'layout' output, an oci-archive:/docker-archive: file, or a registry reference.",
      }),
    );
  if (t.startsWith('docker://')) {
    const reference = t.slice('docker://'.length);
    if (reference === '') return err(new PipelineError('INPUT', `input '${input}' has 'docker://' with no reference after it`, { input }));
    return ok({ kind: 'registry', reference });
  }
  for (const k of FILE_KINDS) {
    if (t.startsWith(`${k}:`)) {
      const { path, ref } = splitRef(t.slice(k.length + 1));
      if (path === '') return err(new PipelineError('INPUT', `input '${input}' has '${k}:' with no path after it`, { input, hint: `Write ${k}:<path>.` }));
      const kind = k === 'oci' ? 'layout' : k;
      return ok(ref === undefined ? { kind, path } : { kind, path, ref });
    }
  }
  if (t.startsWith('/') || t.startsWith('./') || t.startsWith('../') || t === '.' || t === '..') return ok({ kind: 'layout', path: t });
  return ok({ kind: 'ambiguous', text: t });
}
