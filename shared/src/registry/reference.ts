/**
 * Image references parsed the way Docker's distribution/reference does:
 * `[registry/]repository[:tag][@digest]`, with `docker.io` as the default
 * registry and `library/` for its one-component names. Pure and
 * Result-returning: every way a reference can be wrong gets a message that
 * says which part is wrong and how a good one looks.
 */
import { PipelineError } from '../errors.js';
import { parseDigest, type Digest } from '../oci/digest.js';
import { preview } from '../preview.js';
import { err, ok, type Result } from '../result.js';

export interface Reference {
  /** Registry host with optional port, normalised: `docker.io`, `ghcr.io`, `127.0.0.1:5000`. */
  readonly registry: string;
  /** Repository path inside the registry: `library/alpine`, `acme/app`. */
  readonly repository: string;
  readonly tag?: string;
  readonly digest?: Digest;
}

export const DEFAULT_REGISTRY = 'docker.io';

/**
 * Docker Hub answers to several names; credentials, insecure lists and
 * comparisons use the one canonical name (docker.io), requests go to the
 * API host (apiHost), and Docker's config.json files it under its v1 URL
 * (credentialKey). The one list of aliases.
 */
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);

/** A registry host as written (host[:port]) with Docker Hub's aliases folded to docker.io; other hosts unchanged. */
export function canonicalRegistry(host: string): string {
  return DOCKER_HUB_ALIASES.has(host.toLowerCase()) ? DEFAULT_REGISTRY : host;
}

/**
 * Registry names compared the way Docker does (auth entries, config.json
 * keys, insecure-registries): no scheme or path, lower case, Docker Hub's
 * aliases folded. An empty name is Docker Hub.
 */
export function normalizeRegistry(text: string): string {
  const host = text
    .trim()
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/\/.*$/, '')
    .toLowerCase();
  return host === '' ? DEFAULT_REGISTRY : canonicalRegistry(host);
}
const MAX_NAME = 255;

// Grammar of distribution/reference (regexp.go), written out once.
const ALNUM = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const PATH_COMPONENT = `${ALNUM}(?:${SEPARATOR}${ALNUM})*`;
const PATH_RE = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const HOST_RE = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`);
/** The distribution spec's tag grammar, the one copy: `[A-Za-z0-9_][A-Za-z0-9._-]{0,127}`. */
export const TAG_PATTERN = /^[\w][\w.-]{0,127}$/;
const TAG_RULE = "letters, digits, '_', '.' and '-', does not start with '.' or '-', and is at most 128 characters";

const HINT = 'A reference looks like registry.example.com/team/app:1.2, ghcr.io/owner/app or app@sha256:<64 hex>.';

const CREDENTIALS_HINT = 'Give registry credentials through registry-auth (or docker login), not in the reference.';

/** A reference's parts are judged one by one for secrets, so `ghcr.io/acme/app:1.2` stays readable. */
const PARTS = '/.:@';
/** What of a part (tag, repository, host, digest) an error shows. */
const part = (text: string): string => preview(text, { max: 80, separators: PARTS });

/**
 * Only a digest may follow a reference's `@`. When something else does and
 * the text could hold a password (a second `@`, a `:` before it, a path after
 * it), it is a `user:password@` pasted in front of a registry
 * (`robot:pw@ghcr.io/app`, `https://robot:pw@host:5000`), which no message shows.
 */
const DIGEST_AFTER_AT = /^sha\d{3}:[^/@]*$/;

function hasUserinfo(text: string): boolean {
  const at = text.indexOf('@');
  const last = text.lastIndexOf('@');
  if (at < 0) return false;
  const after = text.slice(last + 1);
  if (at === last && DIGEST_AFTER_AT.test(after)) return false;
  return at !== last || text.slice(0, at).includes(':') || after.includes('/');
}

const withoutUserinfo = (text: string): string => (hasUserinfo(text) ? `***@${text.slice(text.lastIndexOf('@') + 1)}` : text);

/**
 * A reference (or what was meant as one) as any message quotes it: no
 * userinfo, at most 80 characters, redacted part by part, control characters
 * escaped. The one rule, for parseReference's errors and its callers'.
 */
export const previewReference = (text: string): string => preview(withoutUserinfo(text), { max: 80, separators: PARTS });

function fail(text: string, what: string, hint = HINT): Result<never> {
  return err(new PipelineError('INPUT', `'${previewReference(text)}' is not a valid image reference: ${what}`, { hint }));
}

/** Whether the first path component names a registry (Docker's splitDockerDomain rule). */
function looksLikeHost(first: string): boolean {
  return first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase();
}

export function parseReference(input: string): Result<Reference> {
  const text = input.trim();
  if (text === '') return fail(input, 'it is empty');
  if (/\s/.test(text)) return fail(text, 'it contains white space');

  let rest = text;
  let digest: Digest | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    const after = rest.slice(rest.lastIndexOf('@') + 1);
    if (hasUserinfo(rest)) {
      return fail(
        text,
        `expected a digest such as sha256:<64 hex digits> after '@', got '${part(after)}'; a reference holds no user:password@`,
        CREDENTIALS_HINT,
      );
    }
    const d = parseDigest(after);
    // Our own words, not parseDigest's: its message shows the text whole, unredacted (a digest is an identifier, this may not be one).
    if (!d.ok) return fail(text, `the digest part: expected sha256:<64 hex digits> (lowercase; sha512: 128), got '${part(after)}'`);
    digest = d.value;
    rest = rest.slice(0, at);
  }

  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!isTag(tag)) return fail(text, `the tag '${part(tag)}' may hold only ${TAG_RULE}`);
  }
  if (rest === '') return fail(text, 'the repository name is missing');

  let registry = DEFAULT_REGISTRY;
  let repository = rest;
  const slash = rest.indexOf('/');
  if (slash >= 0 && looksLikeHost(rest.slice(0, slash))) {
    registry = rest.slice(0, slash);
    repository = rest.slice(slash + 1);
    if (!HOST_RE.test(registry)) return fail(text, `'${part(registry)}' is not a valid registry host[:port]`);
    registry = canonicalRegistry(registry);
  }
  if (repository === '') return fail(text, 'the repository name is missing');
  if (repository !== repository.toLowerCase()) return fail(text, `the repository '${part(repository)}' must be lowercase`);
  if (!PATH_RE.test(repository)) {
    return fail(text, `the repository '${part(repository)}' must be lowercase letters and digits in '/'-separated parts, joined by '.', '_', '__' or '-'`);
  }
  if (registry === DEFAULT_REGISTRY && !repository.includes('/')) repository = `library/${repository}`;
  if (registry.length + 1 + repository.length > MAX_NAME) return fail(text, `the name is longer than ${MAX_NAME} characters`);

  const ref: { registry: string; repository: string; tag?: string; digest?: Digest } = { registry, repository };
  if (tag !== undefined) ref.tag = tag;
  if (digest !== undefined) ref.digest = digest;
  return ok(ref);
}

/** The canonical text of a reference: `registry/repository[:tag][@digest]`. */
export function formatReference(ref: Reference): string {
  return `${ref.registry}/${ref.repository}${ref.tag !== undefined ? `:${ref.tag}` : ''}${ref.digest !== undefined ? `@${ref.digest}` : ''}`;
}

/** `registry/repository`, no tag or digest. */
export const repositoryName = (ref: Pick<Reference, 'registry' | 'repository'>): string => `${ref.registry}/${ref.repository}`;

/** The host that serves the API for a registry name (Docker Hub's API lives elsewhere). */
export function apiHost(registry: string): string {
  return registry === DEFAULT_REGISTRY ? 'registry-1.docker.io' : registry;
}

/** The key Docker's config.json and credential helpers file a registry under (Docker Hub keeps its v1 URL). */
export function credentialKey(registry: string): string {
  return registry === DEFAULT_REGISTRY ? 'https://index.docker.io/v1/' : registry;
}

/**
 * A registry host[:port] as a user writes it in a list input
 * (insecure-registries): a scheme or a trailing path is tolerated, the
 * rest must be a host name or [IPv6] with an optional port.
 */
export function parseRegistryHost(text: string, input: string): Result<string> {
  const host = normalizeRegistry(text);
  if (text.trim() !== '' && HOST_RE.test(host)) return ok(host);
  return err(
    new PipelineError('INPUT', `expected a registry host[:port], got '${preview(text, { max: 80 })}'`, {
      input,
      hint: 'Write one registry per line as host or host:port, e.g. registry.lan:5000 or [::1]:5000.',
    }),
  );
}

export const isTag = (text: string): boolean => TAG_PATTERN.test(text);

/** A tag checked against the grammar; the error names `input` when given. */
export function parseTag(tag: string, input?: string): Result<string> {
  if (isTag(tag)) return ok(tag);
  return err(
    new PipelineError('INPUT', `'${preview(tag, { max: 140, redact: false })}' is not a valid tag`, {
      ...(input !== undefined ? { input } : {}),
      hint: `A tag holds ${TAG_RULE}.`,
    }),
  );
}

/** Every item a valid tag (distribute-image's `tags` input); the first bad one is named with the input. */
export function parseTags(tags: readonly string[], input = 'tags'): Result<readonly string[]> {
  for (const t of tags) {
    const r = parseTag(t, input);
    if (!r.ok) return r;
  }
  return ok(tags);
}

/**
 * The tag an item of build-image's `tags` input names: a bare tag as is, or
 * the tag of a full reference (`ghcr.io/acme/app:1.2` -> `1.2`, untagged ->
 * `latest`), as users of docker/build-push-action write them. Undefined
 * when it is neither.
 */
export function tagFromInput(item: string): string | undefined {
  if (isTag(item)) return item;
  const r = parseReference(item);
  return r.ok ? (r.value.tag ?? 'latest') : undefined;
}

/** tagFromInput as a Result whose error names the input and both accepted forms. */
export function parseTagOrReference(item: string, input = 'tags'): Result<string> {
  const tag = tagFromInput(item);
  if (tag !== undefined) return ok(tag);
  return err(
    new PipelineError('INPUT', `'${preview(item, { max: 140, redact: false })}' is not a valid tag nor an image reference`, {
      input,
      hint: `A tag holds ${TAG_RULE}; a reference looks like ghcr.io/owner/app:1.2.`,
    }),
  );
}
