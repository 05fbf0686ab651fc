/**
 * A client of the OCI distribution API (distribution-spec spec.md) for one
 * registry: blob HEAD, cross-repository mount, streamed and chunked blob
 * upload, manifest HEAD/GET/PUT, blob GET. Authorization is added here (see
 * transport/authorizer.ts), and failures become RegistryError for transport/retry-classify.ts. Requests whose
 * body is a buffer are retried here; a blob upload as a whole is retried by
 * its caller (its body is a stream), so retries never nest.
 *
 * Every request goes through exchange(), which applies origin.ts: a URL the
 * registry handed us (an upload Location, a redirect) gets our credentials
 * only on the registry's own origin. Every request has a deadline
 * (timeouts.ts) and every body is read with a cap (body.ts).
 */
import { Transform, type Readable } from 'node:stream';
import { pipeThrough } from '../../pipe-through.js';
import { PipelineError } from '../../errors.js';
import { preview } from '../../preview.js';
import { digestBytes, type Digest } from '../../oci/digest.js';
import type { Descriptor } from '../../oci/types.js';
import { Authenticator, authHint } from '../transport/authorizer.js';
import { BODY_CAPS } from '../transport/body.js';
import { mergeScopes, parseChallenge, repositoryScope } from '../transport/challenge.js';
import type { Credentials } from '../credentials/credentials.js';
import { discard, readAll, readText, send, type HttpRequest, type HttpResponse } from '../transport/http.js';
import { MAX_REDIRECTS, mayCarryCredentials, redactUrl, resolveServerUrl, sameOrigin } from '../transport/origin.js';
import { apiHost } from '../reference.js';
import { MonolithicRefused, parseErrorBody, parseRetryAfter, RegistryError } from '../transport/registry-error.js';
import { REGISTRY_RETRY, type RetryPolicy } from '../../retry/policy.js';
import { withRetry, type Classify, type RetryEvent } from '../../retry/retry.js';
import { blobRaceClassify, refusesMonolithic, registryClassify } from '../transport/retry-classify.js';
import { requestTiming, timeoutsWith, transferAllowanceMs, type Timeouts } from '../transport/timeouts.js';
import type { UploadMode } from './upload-mode.js';

/** One answer of the referrers API, as data (client.getReferrers). */
export interface ReferrersPage {
  status: number;
  /** The URL asked, against which a relative Link resolves. */
  url: URL;
  /** Without parameters. */
  contentType: string;
  /** The Link header (`<...>; rel="next"`), '' when none. */
  link: string;
  /** OCI-Filters-Applied, '' when none. */
  filtersApplied: string;
  /** The body of a 200 (read with the manifest cap); empty otherwise. */
  bytes: Buffer;
}

export type { UploadMode } from './upload-mode.js';

/** An upload session the registry opened (POST /blobs/uploads/): where the blob's bytes go. */
export interface UploadSession {
  readonly repo: string;
  readonly location: URL;
}

export interface ClientOptions {
  /** Registry name as in references (`docker.io`, `ghcr.io`, `127.0.0.1:5000`). */
  registry: string;
  /** Plain HTTP (loopback or an `insecure-registries` host). */
  plainHttp: boolean;
  credentials: () => Promise<Credentials | undefined>;
  /** Connect to this host:port instead (tests: a fault-injecting proxy, a fake DNS name). */
  connectTo?: string;
  retry?: RetryPolicy;
  /** Idle timeout, request deadline and transfer floor rate; defaults in timeouts.ts. */
  timeouts?: Partial<Timeouts>;
  onRetry?: (what: string, e: RetryEvent) => void;
  mask?: (secret: string) => void;
}

const MANIFEST_ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

const MAX_MANIFEST = BODY_CAPS.manifest;

interface Exchange {
  method: HttpRequest['method'];
  url: URL;
  scopes: readonly string[];
  headers?: Record<string, string>;
  body?: Buffer | Readable;
  /** Statuses that are success for this request. */
  expect: readonly number[];
  what: string;
  /** Blob bytes this request moves either way (its deadline grows with them); 0 when none. */
  transfer?: number;
}

/**
 * The stream without its first `n` bytes: for servers that answer a Range request with the whole blob. Tied to the
 * body (pipe-through.ts): a cut body fails the reader, a reader that gives up frees the connection.
 */
function skipBytes(body: Readable, n: number): Readable {
  let left = n;
  return pipeThrough(
    body,
    new Transform({
      transform(chunk: Buffer, _encoding, done) {
        if (left >= chunk.length) {
          left -= chunk.length;
          return done();
        }
        const kept = left > 0 ? chunk.subarray(left) : chunk;
        left = 0;
        done(null, kept);
      },
    }),
  );
}

export class RegistryClient {
  readonly registry: string;
  private readonly base: URL;
  private readonly auth: Authenticator;
  private readonly retry: RetryPolicy;
  private readonly timeouts: Timeouts;

  constructor(private readonly opts: ClientOptions) {
    this.registry = opts.registry;
    this.base = new URL(`${opts.plainHttp ? 'http' : 'https'}://${apiHost(opts.registry)}/v2/`);
    this.timeouts = timeoutsWith(opts.timeouts);
    this.auth = new Authenticator(opts.registry, opts.credentials, opts.mask, { base: this.base, timeouts: this.timeouts });
    this.retry = opts.retry ?? REGISTRY_RETRY;
  }

  /** Extra time a retry loop over a transfer of `bytes` may take (distribute/upload-blobs.ts adds it to the retry budget). */
  transferAllowanceMs(bytes: number): number {
    return transferAllowanceMs(this.timeouts, bytes);
  }

  private url(path: string): URL {
    return new URL(path, this.base);
  }

  /** GET /v2/ once, to learn the auth scheme before many requests race for it. */
  async ping(): Promise<void> {
    await this.retrying('ping', async () => {
      const res = await this.raw({ method: 'GET', url: this.base, headers: {} });
      if (res.status === 401) {
        const ch = parseChallenge(res.headers['www-authenticate']);
        if (ch !== undefined) await this.auth.learn(ch, []);
      } else if (res.status !== 200) {
        await this.fail(res, `GET /v2/ on ${this.registry}`);
      }
      await discard(res);
    });
  }

  /** One request with its deadline; the connectTo override applies to the registry's own origin only. */
  private raw(
    req: Omit<HttpRequest, 'connectTo' | 'deadlineMs' | 'idleTimeoutMs' | 'minBytesPerSecond' | 'stallWindowMs'>,
    transfer = 0,
  ): Promise<HttpResponse> {
    const t = this.timeouts;
    const timed: HttpRequest = { ...req, ...requestTiming(t, transfer) };
    if (this.opts.connectTo !== undefined && sameOrigin(req.url, this.base)) timed.connectTo = this.opts.connectTo;
    return send(timed);
  }

  private retrying<T>(what: string, op: () => Promise<T>, classify: Classify = registryClassify()): Promise<T> {
    return withRetry(op, { policy: this.retry, classify, onRetry: (e) => this.opts.onRetry?.(what, e) });
  }

  /**
   * Send with auth; a 401 teaches the challenge and the request is sent once
   * more if its body allows. A URL off the registry's origin (a Location or
   * redirect the registry gave) goes without credentials, and its 401s teach
   * nothing: a foreign server must not pick the realm our credentials go to.
   */
  private async exchange(x: Exchange): Promise<HttpResponse> {
    const trusted = mayCarryCredentials(this.base, x.url);
    let scopes = x.scopes;
    for (let round = 0; ; round++) {
      const headers: Record<string, string> = { ...(x.headers ?? {}) };
      const authz = trusted ? await this.auth.header(scopes) : undefined;
      if (authz !== undefined) headers.authorization = authz;
      const req: Omit<HttpRequest, 'connectTo'> = { method: x.method, url: x.url, headers };
      if (x.body !== undefined) req.body = x.body;
      const res = await this.raw(req, x.transfer);
      if (x.expect.includes(res.status)) return res;
      const resendable = x.body === undefined || Buffer.isBuffer(x.body);
      // Refused Basic credentials will be refused again; a bearer token may
      // only lack a scope or have expired, so it is fetched anew once.
      const worthAnotherTry = authz === undefined || authz.startsWith('Bearer ');
      if (trusted && res.status === 401 && round === 0 && resendable && worthAnotherTry) {
        const ch = parseChallenge(res.headers['www-authenticate']);
        if (ch !== undefined) {
          await discard(res);
          await this.auth.learn(ch, scopes, authz);
          // An expired token is fetched anew; one lacking a scope gets the one the registry named.
          if (ch.params.scope !== undefined) scopes = mergeScopes([...scopes, ch.params.scope]);
          continue;
        }
      }
      return this.fail(res, trusted ? x.what : `${x.what} (at ${redactUrl(x.url)}, off the registry, sent without credentials)`);
    }
  }

  /** Turn an unexpected answer into a RegistryError (body read with a cap). */
  private async fail(res: HttpResponse, what: string): Promise<never> {
    const text = res.headers['content-length'] === '0' ? '' : await readText(res, BODY_CAPS.drain).catch(() => '');
    // The registry's words are untrusted: each shown printable and short (preview.ts).
    const parsed = parseErrorBody(text);
    const codes = parsed.codes.map((c) => preview(c, { max: 40, redact: false }));
    const messages = parsed.messages.slice(0, 3).map((m) => preview(m, { max: 200, redact: false }));
    const failure: { status: number; codes: string[]; retryAfterMs?: number } = { status: res.status, codes };
    const ra = parseRetryAfter(res.headers['retry-after']);
    if (ra !== undefined) failure.retryAfterMs = ra;
    const detail = messages.length > 0 ? `: ${codes.join(', ')} ${messages.join('; ')}` : codes.length > 0 ? `: ${codes.join(', ')}` : '';
    if (res.status === 401 || res.status === 403) {
      throw new RegistryError('AUTH', `${this.registry} refused ${what} (HTTP ${res.status}${detail})`, failure, authHint(this.registry));
    }
    const hint = res.status === 404 ? `Check that the repository exists on ${this.registry} and that the name is right.` : undefined;
    throw new RegistryError(res.status === 404 ? 'NOT_FOUND' : 'REGISTRY', `${this.registry} answered HTTP ${res.status} to ${what}${detail}`, failure, hint);
  }

  // ---- blobs -------------------------------------------------------------

  async blobExists(repo: string, digest: Digest, actions: readonly ('pull' | 'push')[] = ['pull', 'push']): Promise<boolean> {
    return this.retrying(`HEAD blob ${digest}`, async () => {
      const res = await this.exchange({
        method: 'HEAD',
        url: this.url(`${repo}/blobs/${digest}`),
        scopes: [repositoryScope(repo, actions)],
        expect: [200, 404, 301, 302, 303, 307, 308],
        what: `HEAD blob ${digest} in ${repo}`,
      });
      await discard(res);
      // A redirect to blob storage also means the registry has it.
      return res.status !== 404;
    });
  }

  /**
   * Ask the registry to link a blob from another of its repositories.
   * True when mounted (201); false when it declined (202 opens an upload,
   * which we cancel) or failed for any reason other than auth.
   */
  async mountBlob(repo: string, digest: Digest, from: string): Promise<boolean> {
    const url = this.url(`${repo}/blobs/uploads/`);
    url.searchParams.set('mount', digest);
    url.searchParams.set('from', from);
    try {
      return await this.retrying(`mount ${digest}`, async () => {
        const res = await this.exchange({
          method: 'POST',
          url,
          scopes: [repositoryScope(repo, ['pull', 'push']), repositoryScope(from, ['pull'])],
          headers: { 'content-length': '0' },
          body: Buffer.alloc(0),
          expect: [201, 202],
          what: `mount of ${digest} from ${from} into ${repo}`,
        });
        await discard(res);
        if (res.status === 202) {
          const loc = resolveServerUrl(res.headers.location, url);
          if (loc.ok) await this.cancelUpload(repo, loc.value);
          return false;
        }
        return true;
      });
    } catch (e) {
      if (e instanceof PipelineError && e.code === 'AUTH') throw e;
      return false;
    }
  }

  /**
   * Open an upload session (POST /blobs/uploads/) for an uploadBlob to
   * come: a push opens them ahead of its uploads (upload-blobs.ts), so a
   * blob's bytes start as soon as its turn comes. One try: when it fails,
   * the upload try it was for fails with its error, and the caller's retry
   * opens a session of its own.
   */
  async openUpload(repo: string, what = `upload to ${repo}`): Promise<UploadSession> {
    const start = this.url(`${repo}/blobs/uploads/`);
    const res = await this.exchange({
      method: 'POST',
      url: start,
      scopes: [repositoryScope(repo, ['pull', 'push'])],
      headers: { 'content-length': '0' },
      body: Buffer.alloc(0),
      expect: [202],
      what,
    });
    return { repo, location: await this.nextLocation(res, start, what) };
  }

  /** Let an upload session go that no upload will use (best effort: registries purge stale ones themselves). */
  async cancelSession(session: UploadSession): Promise<void> {
    await this.cancelUpload(session.repo, session.location);
  }

  private async cancelUpload(repo: string, loc: URL): Promise<void> {
    try {
      const res = await this.exchange({
        method: 'DELETE',
        url: loc,
        scopes: [repositoryScope(repo, ['pull', 'push'])],
        expect: [204, 200, 202, 404],
        what: 'upload cancel',
      });
      await discard(res);
    } catch {
      /* best effort: the registry purges stale uploads itself */
    }
  }

  /**
   * Upload one blob from a stream, in one attempt (the caller retries with a
   * fresh stream). `put`: POST then one PUT carrying the bytes; `patch`: one
   * streamed PATCH then PUT ?digest=; `chunked`: PATCHes of at most
   * chunkSize bytes with Content-Range, for registries that cap request size.
   * A `put` the registry refuses as a mode it does not take fails with
   * MonolithicRefused (the caller may send the blob again as `patch`).
   * `session`: one opened ahead (openUpload), else the POST is made here.
   * Returns the bytes sent.
   */
  async uploadBlob(repo: string, desc: Descriptor, body: Readable, mode: UploadMode, session?: UploadSession): Promise<number> {
    const what = `upload of blob ${desc.digest} to ${repo}`;
    if (session !== undefined && session.repo !== repo) {
      throw new Error(`an upload session of ${session.repo} was handed to an upload to ${repo}`);
    }
    const at = { loc: session?.location ?? (await this.openUpload(repo, what)).location };
    try {
      const sent = await this.sendBlob(repo, desc, body, mode, at, what);
      // A registry may answer success before it took the whole body (one that already holds the blob). transport
      // stopped sending; what is left of the body must go too, or its source stays open and paused: a file, a
      // download's connection, or (a branch of tee.ts) the read every other destination of this blob waits on.
      if (!body.readableEnded) body.destroy();
      return sent;
    } catch (e) {
      // The body first: it may be one branch of a read shared with other destinations (tee.ts), which must not
      // wait on this one's DELETE.
      body.destroy();
      // A registry that answered a failure (a refused monolithic PUT too) is there to take the DELETE: let its
      // session go, so a failed upload leaves none open (best effort). Not after a network failure: the DELETE
      // would wait on the same dead connection.
      if (e instanceof RegistryError && e.failure.status !== undefined) await this.cancelUpload(repo, at.loc);
      throw e;
    }
  }

  /** uploadBlob's requests after the session is open; `at.loc` follows the Location the registry hands back. */
  private async sendBlob(repo: string, desc: Descriptor, body: Readable, mode: UploadMode, at: { loc: URL }, what: string): Promise<number> {
    const scopes = [repositoryScope(repo, ['pull', 'push'])];
    let res: HttpResponse;
    const withDigest = (u: URL): URL => {
      const v = new URL(u);
      v.searchParams.set('digest', desc.digest);
      return v;
    };
    if (mode.kind === 'put') {
      try {
        res = await this.exchange({
          method: 'PUT',
          url: withDigest(at.loc),
          scopes,
          headers: { 'content-type': 'application/octet-stream', 'content-length': String(desc.size) },
          body,
          expect: [201],
          what,
          transfer: desc.size,
        });
      } catch (e) {
        if (!refusesMonolithic(e)) throw e;
        const r = e as RegistryError;
        // uploadBlob lets the session go, as for any failure the registry answered.
        throw new MonolithicRefused(
          r.code,
          r.message,
          r.failure,
          'The registry does not take a blob in one PUT; it is uploaded as a streamed PATCH instead.',
          r,
        );
      }
      await discard(res);
      return desc.size;
    }
    if (mode.kind === 'patch') {
      res = await this.exchange({
        method: 'PATCH',
        url: at.loc,
        scopes,
        headers: { 'content-type': 'application/octet-stream', 'content-length': String(desc.size) },
        body,
        expect: [202, 204],
        what,
        transfer: desc.size,
      });
      at.loc = await this.nextLocation(res, at.loc, what);
    } else {
      let offset = 0;
      for await (const chunk of chunksOf(body, mode.chunkSize)) {
        res = await this.exchange({
          method: 'PATCH',
          url: at.loc,
          scopes,
          headers: { 'content-type': 'application/octet-stream', 'content-range': `${offset}-${offset + chunk.length - 1}` },
          body: chunk,
          expect: [202, 204],
          what,
          transfer: chunk.length,
        });
        at.loc = await this.nextLocation(res, at.loc, what);
        offset += chunk.length;
      }
    }
    res = await this.exchange({
      method: 'PUT',
      url: withDigest(at.loc),
      scopes,
      headers: { 'content-length': '0' },
      body: Buffer.alloc(0),
      expect: [201, 204],
      what,
    });
    await discard(res);
    return desc.size;
  }

  /**
   * The URL to use next, from `res`'s Location (absolute or relative), with `res` drained either way: a response
   * whose Location is refused, left unread, would hold its connection until the request's deadline.
   */
  private async nextLocation(res: HttpResponse, current: URL, what: string): Promise<URL> {
    await discard(res);
    const next = resolveServerUrl(res.headers.location, current);
    if (next.ok) return next.value;
    switch (next.error.problem) {
      case 'missing':
        throw new RegistryError('REGISTRY', `${this.registry} gave no Location for the ${what}`, { status: res.status });
      case 'unreadable':
        throw new RegistryError('REGISTRY', `${this.registry} gave an unreadable Location for the ${what}`, { status: res.status });
      case 'not-http':
        throw new RegistryError(
          'REGISTRY',
          `${this.registry} gave a Location for the ${what} that is not http(s) (${next.error.protocol})`,
          { status: res.status },
          'The registry is misconfigured or hostile; check its address.',
        );
    }
  }

  /**
   * GET a blob, following redirects (without Authorization when they leave
   * the registry's origin: exchange() decides). From `offset` on, when given:
   * a Range request, and when the server ignores the range (200), the first
   * bytes are skipped here. `retry: false` makes one try: a resumed
   * download (resume.ts) is its own retry loop, and loops never nest.
   */
  async openBlob(repo: string, desc: Descriptor, offset = 0, opts: { retry?: boolean } = {}): Promise<Readable> {
    const once = async (): Promise<Readable> => {
      const scopes = [repositoryScope(repo, ['pull'])];
      let url = this.url(`${repo}/blobs/${desc.digest}`);
      const what = `GET blob ${desc.digest} from ${repo}`;
      const headers: Record<string, string> = offset > 0 ? { range: `bytes=${offset}-` } : {};
      const ok = [200, 206, 301, 302, 303, 307, 308];
      // The whole blob (or what is left of it) may come on this request: its deadline allows for that.
      const transfer = Math.max(0, desc.size - offset);
      let res = await this.exchange({ method: 'GET', url, scopes, headers, expect: ok, what, transfer });
      for (let hops = 0; res.status !== 200 && res.status !== 206; hops++) {
        if (hops >= MAX_REDIRECTS) {
          await discard(res);
          throw new RegistryError('REGISTRY', `${this.registry} redirected ${what} more than ${MAX_REDIRECTS} times`, { status: res.status });
        }
        url = await this.nextLocation(res, url, what);
        // Blob storage elsewhere (S3, a CDN) is fetched without our Authorization: exchange() applies origin.ts.
        res = await this.exchange({ method: 'GET', url, scopes, headers, expect: ok, what, transfer });
      }
      if (offset > 0 && res.status === 200) return skipBytes(res.body, offset);
      return res.body;
    };
    return opts.retry === false ? once() : this.retrying(`GET blob ${desc.digest}`, once);
  }

  // ---- manifests ---------------------------------------------------------

  /** HEAD a manifest by tag or digest: its digest, media type and size, or undefined if absent. */
  async headManifest(
    repo: string,
    reference: string,
    scopes: readonly ('pull' | 'push')[] = ['pull', 'push'],
  ): Promise<{ digest: Digest; mediaType: string; size: number } | undefined> {
    return this.retrying(`HEAD manifest ${reference}`, async () => {
      const res = await this.exchange({
        method: 'HEAD',
        url: this.url(`${repo}/manifests/${reference}`),
        scopes: [repositoryScope(repo, scopes)],
        headers: { accept: MANIFEST_ACCEPT },
        expect: [200, 404],
        what: `HEAD manifest ${reference} in ${repo}`,
      });
      await discard(res);
      if (res.status === 404) return undefined;
      const digest = res.headers['docker-content-digest'];
      return {
        digest: (typeof digest === 'string' ? digest : '') as Digest,
        mediaType: String(res.headers['content-type'] ?? ''),
        size: Number(res.headers['content-length'] ?? -1),
      };
    });
  }

  async getManifest(repo: string, reference: string): Promise<{ bytes: Buffer; mediaType: string; digest: Digest }> {
    return this.retrying(`GET manifest ${reference}`, async () => {
      const what = `GET manifest ${reference} from ${repo}`;
      const res = await this.exchange({
        method: 'GET',
        url: this.url(`${repo}/manifests/${reference}`),
        scopes: [repositoryScope(repo, ['pull'])],
        headers: { accept: MANIFEST_ACCEPT },
        expect: [200],
        what,
      });
      const bytes = await readAll(res, MAX_MANIFEST, what);
      return {
        bytes,
        mediaType:
          String(res.headers['content-type'] ?? '')
            .split(';')[0]
            ?.trim() ?? '',
        digest: digestBytes(bytes),
      };
    });
  }

  /**
   * One page of the referrers API (distribution-spec 1.1) for `subject`, or
   * the page at `page` (a Link the registry gave). Every answer comes back as
   * data: what a 404 or an odd body means is registry/client/referrers-api.ts's
   * call. A 200 body is read with the manifest cap.
   */
  async getReferrers(repo: string, subject: Digest, opts: { artifactType?: string; page?: URL } = {}): Promise<ReferrersPage> {
    return this.retrying(`GET referrers of ${subject}`, async () => {
      const what = `GET referrers of ${subject} in ${repo}`;
      let url = opts.page;
      if (url === undefined) {
        url = this.url(`${repo}/referrers/${subject}`);
        if (opts.artifactType !== undefined) url.searchParams.set('artifactType', opts.artifactType);
      }
      const res = await this.exchange({
        method: 'GET',
        url,
        scopes: [repositoryScope(repo, ['pull'])],
        headers: { accept: 'application/vnd.oci.image.index.v1+json' },
        expect: [200, 400, 404, 405, 406],
        what,
      });
      const header = (name: string): string => {
        const v = res.headers[name];
        return Array.isArray(v) ? v.join(', ') : (v ?? '');
      };
      const page: ReferrersPage = {
        status: res.status,
        url,
        contentType: header('content-type').split(';')[0]?.trim() ?? '',
        link: header('link'),
        filtersApplied: header('oci-filters-applied'),
        bytes: Buffer.alloc(0),
      };
      if (res.status === 200) page.bytes = await readAll(res, MAX_MANIFEST, what);
      else await discard(res);
      return page;
    });
  }

  /**
   * PUT a manifest or index under a tag or its digest; returns the digest the
   * registry reports. `blobsVerified`: the caller checked every blob it names
   * present just before, so MANIFEST_BLOB_UNKNOWN is retried as a race
   * (retry-classify.ts, blobRaceClassify).
   */
  async putManifest(repo: string, reference: string, mediaType: string, bytes: Buffer, opts: { blobsVerified?: boolean } = {}): Promise<Digest> {
    return this.retrying(
      `PUT manifest ${reference}`,
      async () => {
        const res = await this.exchange({
          method: 'PUT',
          url: this.url(`${repo}/manifests/${reference}`),
          scopes: [repositoryScope(repo, ['pull', 'push'])],
          headers: { 'content-type': mediaType },
          body: bytes,
          expect: [201, 200, 202],
          what: `PUT manifest ${reference} to ${repo}`,
        });
        await discard(res);
        const d = res.headers['docker-content-digest'];
        return (typeof d === 'string' ? d : digestBytes(bytes)) as Digest;
      },
      opts.blobsVerified === true ? blobRaceClassify() : undefined,
    );
  }
}

/** Re-cut a stream into buffers of `size` bytes (the last may be shorter). */
async function* chunksOf(stream: Readable, size: number): AsyncGenerator<Buffer> {
  let parts: Buffer[] = [];
  let have = 0;
  for await (const c of stream as AsyncIterable<Buffer>) {
    let chunk = c;
    while (chunk.length > 0) {
      const take = Math.min(size - have, chunk.length);
      parts.push(chunk.subarray(0, take));
      have += take;
      chunk = chunk.subarray(take);
      if (have === size) {
        yield Buffer.concat(parts);
        parts = [];
        have = 0;
      }
    }
  }
  if (have > 0) yield Buffer.concat(parts);
}
