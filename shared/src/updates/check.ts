/**
 * The update check against registries: read the published image, collect the
 * bases it recorded, ask each base's registry what its tag serves now.
 */
import { isIndexMediaType } from '../oci/media-types.js';
import { resolveImage, selectRoot } from '../oci/image.js';
import type { Digest } from '../oci/digest.js';
import { clientFactory, type ConnectOptions } from '../registry/client/connect.js';
import { parseReference } from '../registry/reference.js';
import { RegistrySource } from '../registry/client/source.js';
import { unwrap } from '../result.js';
import { isPipelineError } from '../errors.js';
import { baseRecordsOf, decide, judgeBase, type BaseNow, type BaseRecord, type BaseVerdict, type RebuildDecision } from './decide.js';
import { verifyImageSignatures, type SignaturePolicy } from '../compliance/signatures.js';
import { checkPackages, type AdvisoryLoader, type PackageCheck } from './package-check.js';
import type { Advisory } from '../compliance/vulnerabilities/advisory.js';
import { packageRebuild, type RebuildOn } from './security.js';

export type { RebuildOn } from './security.js';
export type { AdvisoryLoader } from './package-check.js';

export interface UpdateCheck extends RebuildDecision {
  image: string;
  /** The published image's digest, when it exists. */
  digest?: string;
  bases: BaseRecord[];
  /** Moved bases whose new digest did not verify under baseSignatures: no rebuild is proposed while any is listed. */
  unverifiedBases?: Array<{ name: string; digest: string; problems: string[] }>;
  /** The installed-package half; skipped (with why) when no index is configured or the image has no package database. */
  packages: PackageCheck;
  rebuildOn: RebuildOn;
}

/** The connect options every action builds (connectOptions(getConnectInputs(env)) in registry/client/connect-inputs.ts), plus the package check's. */
export interface UpdateCheckOptions extends ConnectOptions {
  /** Package index URLs (Debian Packages[.gz], Alpine APKINDEX.tar.gz), or `default`; none skips the package check. */
  packageIndexUrls?: readonly string[];
  fetch?: typeof fetch;
  /**
   * Advisories (vulnerability-db) to find security fixes in the package index with; none, no security check.
   * A loader is called once the image's release is known, so it keeps only that release's advisories.
   */
  advisories?: readonly Advisory[] | AdvisoryLoader;
  /** Default `any`. */
  rebuildOn?: RebuildOn;
  /** base-signature-policy: a moved base's new digest must verify under this before a rebuild onto it is proposed. */
  baseSignatures?: SignaturePolicy;
}

export async function checkForUpdates(image: string, opts: UpdateCheckOptions = {}): Promise<UpdateCheck> {
  const rebuildOn = opts.rebuildOn ?? 'any';
  const connect = clientFactory(opts);
  const ref = unwrap(parseReference(image));
  const source = new RegistrySource(ref, connect(ref.registry));
  let root;
  try {
    root = await selectRoot(source);
  } catch (e) {
    if (isPipelineError(e, 'NOT_FOUND')) {
      return {
        image,
        bases: [],
        rebuild: true,
        reasons: [`${image} is not published yet`],
        verdicts: [],
        packages: { kind: 'skipped', reason: 'packages not checked: the image is not published' },
        rebuildOn,
      };
    }
    throw e;
  }
  const resolved = await resolveImage(source, root);
  const bases = new Map<string, BaseRecord>();
  for (const img of resolved.images) for (const b of baseRecordsOf(img.manifest, img.config)) bases.set(`${b.name}@${b.digest}`, b);
  const verdicts: BaseVerdict[] = [];
  for (const base of bases.values()) verdicts.push(judgeBase(base, await lookUp(base.name, connect)));
  const decision = decide(verdicts);
  if (bases.size === 0) decision.reasons.push('no base image recorded (FROM scratch, or built without base annotations): nothing to compare');
  const packages = await checkPackages(source, resolved.images, opts.packageIndexUrls ?? [], opts.fetch, opts.advisories);
  // A moved base still rebuilds under rebuild-on: security (decide() above): its new digest is its maintainers'
  // rebuild, most often for their own security fixes, which this check cannot see (it reads our image's packages).
  const pkg = packageRebuild(packages, rebuildOn);
  if (pkg.rebuild) decision.rebuild = true;
  decision.reasons.push(...pkg.reasons);
  const unverifiedBases = opts.baseSignatures === undefined ? [] : await unverifiedMoves(verdicts, opts.baseSignatures, connect);
  if (unverifiedBases.length > 0) {
    // Any rebuild now (for a package too) would build onto the base that did not verify: none is proposed.
    decision.rebuild = false;
    for (const u of unverifiedBases)
      decision.reasons.push(
        `base ${u.name} moved to ${u.digest}, which does not verify under base-signature-policy: not rebuilding onto it (${u.problems.join('; ')})`,
      );
  }
  return {
    image,
    digest: root.digest,
    bases: [...bases.values()],
    ...decision,
    ...(opts.baseSignatures === undefined ? {} : { unverifiedBases }),
    packages,
    rebuildOn,
  };
}

/** Each moved base's new digest verified against the policy (once per name and digest); those that fail, with why. */
async function unverifiedMoves(
  verdicts: readonly BaseVerdict[],
  policy: SignaturePolicy,
  connect: ReturnType<typeof clientFactory>,
): Promise<Array<{ name: string; digest: string; problems: string[] }>> {
  const out: Array<{ name: string; digest: string; problems: string[] }> = [];
  const seen = new Set<string>();
  for (const v of verdicts) {
    if (v.kind !== 'moved' || seen.has(`${v.base.name}@${v.now}`)) continue;
    seen.add(`${v.base.name}@${v.now}`);
    const ref = unwrap(parseReference(v.base.name));
    const r = await verifyImageSignatures(connect(ref.registry), ref.repository, v.now, policy);
    if (!r.ok) out.push({ name: v.base.name, digest: v.now, problems: r.problems.map((p) => `${p.rule}: ${p.message}`) });
  }
  return out;
}

async function lookUp(name: string, connect: ReturnType<typeof clientFactory>): Promise<BaseNow> {
  const ref = unwrap(parseReference(name));
  const client = connect(ref.registry);
  const head = await client.headManifest(ref.repository, ref.tag ?? 'latest', ['pull']);
  if (head === undefined) return { name, digest: undefined, children: [] };
  let children: Digest[] = [];
  if (isIndexMediaType(head.mediaType)) {
    const m = await client.getManifest(ref.repository, head.digest);
    children = (JSON.parse(m.bytes.toString('utf8')) as { manifests?: Array<{ digest: Digest }> }).manifests?.map((d) => d.digest) ?? [];
  }
  return { name, digest: head.digest, children };
}
