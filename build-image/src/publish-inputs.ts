/**
 * What build-image does with the image after a successful build, from
 * docker/metadata-action's `images` and docker/build-push-action's `push`,
 * `load` and `outputs` inputs, so their `with:` blocks work here unchanged:
 *
 * - `images`: metadata-action's lines (`name/app`, `ghcr.io/name/app`, or
 *   `name=<image>,enable=<true|false>`; one line may list several names with
 *   commas, its old form). Each enabled name gets every computed tag.
 * - `push: true`, `outputs: type=registry` or `type=image,push=true`: push the
 *   built layout to every full reference (publish.ts, through distribute's push).
 * - `load: true`, `outputs: type=docker` (no dest) or `type=image` (no push):
 *   there is no Docker daemon; the image goes into the machine's
 *   containers-storage, where `podman run` and `buildah from` find it.
 * - `outputs: type=oci,dest=<file.tar>` (an OCI layout tarball),
 *   `type=oci,dest=<dir>,tar=false` (a layout folder) or
 *   `type=docker,dest=<file.tar>` (a docker-archive, one platform). The
 *   file-system exporters (type=local / type=tar) are refused with what works.
 *
 * Pure over the environment; each bad value is a PipelineError naming the
 * input and its line.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { getBoolean, getInput, type Env } from '../../shared/src/action/inputs.js';
import { PipelineError } from '../../shared/src/errors.js';
import { preview } from '../../shared/src/preview.js';
import { parseReference, previewReference } from '../../shared/src/registry/reference.js';

/**
 * One `outputs` line we write besides the layout: an OCI layout, tarred (the
 * default) or as a folder; or (type=docker) a docker-archive tarball, what
 * `docker load` reads, named with the full references.
 */
export interface OciExport {
  type: 'oci' | 'docker';
  dest: string;
  tar: boolean;
  line: number;
}

export interface PublishInputs {
  /** Enabled `images` names, lower-cased as metadata-action does. */
  images: string[];
  /** Push to every full reference; `pushFrom` says which input asked (for messages). */
  push: boolean;
  pushFrom?: string;
  /** Copy into the machine's containers-storage; `loadFrom` says which input asked. */
  load: boolean;
  loadFrom?: string;
  exports: OciExport[];
}

/** Non-blank, non-comment lines with their 1-based line numbers (a `#` starts a comment at the start of a line or after a space). */
function numberedLines(text: string): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const m = /(^|\s)#/.exec(raw);
    const t = (m === null ? raw : raw.slice(0, m.index)).trim();
    if (t !== '') out.push({ text: t, line: i + 1 });
  });
  return out;
}

const fail = (input: string, line: number, what: string, hint: string): PipelineError =>
  new PipelineError('INPUT', `input '${input}' line ${line}: ${what}`, { input, line, hint });

/**
 * A dest the file system can take (Linux: PATH_MAX 4096 bytes with its NUL, NAME_MAX
 * 255 per name), with no control characters: said at input time with its line, since
 * the file system's own error comes after the build and repeats the whole path.
 */
function checkDest(dest: string, line: number): void {
  const hint = 'Write dest as a path relative to the workspace (or absolute) of ordinary characters, each name up to 255 bytes.';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(dest)) throw fail('outputs', line, 'dest holds a control character', hint);
  const bytes = Buffer.byteLength(dest);
  if (bytes > 4095) throw fail('outputs', line, `dest is ${bytes} bytes long, more than the 4095 a path may have`, hint);
  const longest = Math.max(...dest.split('/').map((n) => Buffer.byteLength(n)));
  if (longest > 255) throw fail('outputs', line, `a name in dest is ${longest} bytes long, more than the 255 a file name may have`, hint);
}

/** One CSV record (quotes as RFC 4180: `"name=a,b"`); csv-parse's own message may echo the line, so it is not shown. */
function csvFields(text: string, input: string, line: number): string[] {
  let records: string[][];
  try {
    records = parseCsv(text, { trim: true, relax_column_count: true });
  } catch {
    throw fail(input, line, 'it is not a valid CSV record', 'Quote a whole field ("name=a,b"), not part of it, and close every quote.');
  }
  return (records[0] ?? []).filter((f) => f !== '');
}

const IMAGES_HINT = 'Write one image per line: ghcr.io/owner/app, or name=ghcr.io/owner/app,enable=true (no tag: the tags come from `tags`).';

/** An image name: a reference with no tag or digest; metadata-action lower-cases it. */
function imageName(name: string, line: number): string {
  const lower = name.toLowerCase();
  const r = parseReference(lower);
  // parseReference's reason quotes the name itself, redacted and without a user:password@ pasted in front.
  if (!r.ok) throw fail('images', line, `the item is not an image name: ${r.error.reason}`, IMAGES_HINT);
  if (r.value.tag !== undefined || r.value.digest !== undefined) {
    throw fail('images', line, `'${previewReference(name)}' has a tag or digest`, `${IMAGES_HINT} Put tags in the tags input.`);
  }
  return lower;
}

/** metadata-action's `images` input, its old one-line comma form included. */
export function parseImages(text: string): string[] {
  const lines = numberedLines(text);
  const first = lines[0];
  if (lines.length === 1 && first !== undefined) {
    const fields = csvFields(first.text, 'images', first.line);
    if (fields.every((f) => !f.includes('='))) return fields.map((f) => imageName(f, first.line));
  }
  const out: string[] = [];
  for (const { text: t, line } of lines) {
    let name = '';
    let enable = true;
    for (const field of csvFields(t, 'images', line)) {
      const eq = field.indexOf('=');
      if (eq < 0) {
        name = field;
        continue;
      }
      const key = field.slice(0, eq).trim().toLowerCase();
      const value = field.slice(eq + 1).trim();
      if (key === 'name') name = value;
      else if (key === 'enable') {
        if (value !== 'true' && value !== 'false') throw fail('images', line, `enable is '${preview(value)}', expected true or false`, IMAGES_HINT);
        enable = value === 'true';
      } else throw fail('images', line, `'${preview(key)}' is not an attribute of an image (name, enable)`, IMAGES_HINT);
    }
    if (name === '') throw fail('images', line, 'the image name is empty', IMAGES_HINT);
    const checked = imageName(name, line);
    if (enable) out.push(checked);
  }
  return [...new Set(out)];
}

/** What `outputs` types mean here, for the error on the ones we do not write. */
const OUTPUTS_HINT =
  'build-image writes: type=registry (or type=image,push=true) to push, type=docker or type=image without dest to load into containers-storage, type=oci,dest=<file.tar> (an OCI layout tarball), type=oci,dest=<dir>,tar=false, type=docker,dest=<file.tar> (a docker-archive, one platform); the OCI layout itself is at `output`.';

const KEYS: Readonly<Record<string, readonly string[]>> = {
  registry: ['push', 'oci-mediatypes'],
  image: ['push', 'oci-mediatypes'],
  docker: ['dest'],
  oci: ['dest', 'tar', 'oci-mediatypes'],
};

type OutputLine = { kind: 'push' | 'load'; line: number; text: string } | OciExport;

function parseOutput(text: string, line: number): OutputLine {
  const fields = csvFields(text, 'outputs', line);
  const attrs: Record<string, string> = {};
  for (const [i, field] of fields.entries()) {
    const eq = field.indexOf('=');
    // buildx's shorthand: a bare path is type=local,dest=<path>.
    if (eq < 0 && i === 0) {
      attrs.type = 'local';
      attrs.dest = field;
      continue;
    }
    if (eq <= 0) throw fail('outputs', line, `'${preview(field)}' is not key=value`, OUTPUTS_HINT);
    attrs[field.slice(0, eq).trim().toLowerCase()] = field.slice(eq + 1).trim();
  }
  const type = attrs.type;
  if (type === undefined) throw fail('outputs', line, 'there is no type=', OUTPUTS_HINT);
  if (type === 'local' || type === 'tar') {
    throw fail(
      'outputs',
      line,
      `type=${type} exports the image's file system, which build-image does not write`,
      `${OUTPUTS_HINT} To unpack the file system, run umoci unpack on the layout.`,
    );
  }
  const known = KEYS[type];
  if (known === undefined) throw fail('outputs', line, `type '${preview(type)}' is not one of registry, image, docker, oci, local, tar`, OUTPUTS_HINT);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'type') continue;
    if (key === 'name') {
      throw fail('outputs', line, 'name= is not read here', 'Name the references in tags (ghcr.io/owner/app:1.0) or in images; build-image pushes to those.');
    }
    if (!known.includes(key)) {
      throw fail(
        'outputs',
        line,
        `'${preview(key)}' is not a key build-image reads for type=${type}${known.length > 0 ? ` (${known.join(', ')})` : ''}`,
        OUTPUTS_HINT,
      );
    }
    if (['push', 'tar', 'oci-mediatypes'].includes(key) && value !== 'true' && value !== 'false') {
      throw fail('outputs', line, `${key} is '${preview(value)}', expected true or false`, OUTPUTS_HINT);
    }
  }
  // The layout is OCI already: oci-mediatypes=false (Docker media types) would be a different image.
  if (attrs['oci-mediatypes'] === 'false')
    throw fail('outputs', line, 'oci-mediatypes=false is not available: build-image writes OCI media types', OUTPUTS_HINT);
  if (type === 'registry') {
    if (attrs.push === 'false') throw fail('outputs', line, 'type=registry always pushes; push=false contradicts it', OUTPUTS_HINT);
    return { kind: 'push', line, text };
  }
  if (type === 'image') return { kind: attrs.push === 'true' ? 'push' : 'load', line, text };
  if (type === 'docker') {
    if (attrs.dest === undefined) return { kind: 'load', line, text };
    if (attrs.dest === '') throw fail('outputs', line, 'dest is empty', OUTPUTS_HINT);
    checkDest(attrs.dest, line);
    return { type: 'docker', dest: attrs.dest, tar: true, line };
  }
  const dest = attrs.dest ?? '';
  if (dest === '') throw fail('outputs', line, 'type=oci needs dest=<file.tar> (or dest=<dir>,tar=false)', OUTPUTS_HINT);
  checkDest(dest, line);
  return { type: 'oci', dest, tar: attrs.tar !== 'false', line };
}

/** `images`, `push`, `load` and `outputs`, checked; no value given gives nothing to do. */
export function getPublishInputs(env: Env): PublishInputs {
  const images = parseImages(getInput(env, 'images', { trim: false }));
  const out: PublishInputs = { images, push: false, load: false, exports: [] };
  if (getBoolean(env, 'push', false)) {
    out.push = true;
    out.pushFrom = "input 'push'";
  }
  if (getBoolean(env, 'load', false)) {
    out.load = true;
    out.loadFrom = "input 'load'";
  }
  // build-push-action reads `outputs` one per line, commas inside a line belong to it.
  for (const { text, line } of numberedLines(getInput(env, 'outputs', { trim: false }))) {
    const o = parseOutput(text, line);
    if ('type' in o) {
      if (out.exports.some((e) => e.dest === o.dest))
        throw fail('outputs', line, `dest '${preview(o.dest, { redact: false })}' is named twice`, 'Give each export its own dest.');
      out.exports.push(o);
    } else if (o.kind === 'push') {
      out.push = true;
      out.pushFrom ??= `input 'outputs' line ${line} (${preview(o.text, { max: 60, redact: false })})`;
    } else {
      out.load = true;
      out.loadFrom ??= `input 'outputs' line ${line} (${preview(o.text, { max: 60, redact: false })})`;
    }
  }
  return out;
}

/** Whether the step has anything to do after the build. */
export const publishes = (p: PublishInputs): boolean => p.push || p.load || p.exports.length > 0;

/**
 * Push and load need full references: a repository from `images` or from a
 * reference in `tags`. Checked before the build, from the inputs alone.
 */
export function checkPublish(p: PublishInputs, hasReference: boolean, platforms = 1): void {
  const archive = p.exports.find((e) => e.type === 'docker');
  if (archive !== undefined && platforms > 1) {
    throw new PipelineError(
      'INPUT',
      `input 'outputs' line ${archive.line}: type=docker,dest writes a docker-archive, which holds one platform, and ${platforms} are built`,
      {
        input: 'outputs',
        line: archive.line,
        hint: 'Use type=oci,dest=<file.tar> for several platforms (an OCI layout tarball holds the index), or build one platform.',
      },
    );
  }
  if (hasReference || p.images.length > 0) return;
  const asked = p.push ? p.pushFrom : p.load ? p.loadFrom : undefined;
  if (asked === undefined) return;
  const what = p.push ? 'push' : 'load';
  throw new PipelineError('INPUT', `${asked} asks to ${what} the image, but no tag names a repository to ${what} it ${p.push ? 'to' : 'as'}`, {
    input: asked.includes("'outputs'") ? 'outputs' : what,
    hint: 'Write tags as full references (ghcr.io/owner/app:1.0, one per line), or set images: ghcr.io/owner/app to give every computed tag that repository.',
  });
}

/** For context.ts: `{ publish }` when any of images, push, load, outputs is set, else nothing (the inputs stay as they were). */
export function publishInputsOf(env: Env): { publish?: PublishInputs } {
  const p = getPublishInputs(env);
  return p.images.length > 0 || publishes(p) ? { publish: p } : {};
}
