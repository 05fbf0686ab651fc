/**
 * A synthetic Debian security tracker JSON of the real one's size (issue 12:
 * ~40k CVEs over ~1.5k source packages, four releases each), from a fixed
 * seed so every run measures the same file, and a bookworm image's packages
 * to match against it. Used by bench/vulnerabilities.ts and bench/scan.ts.
 */
import type { Package } from '../../shared/src/compliance/sbom/package.js';

export const TRACKER_PACKAGES = 1500;
export const TRACKER_CVES = 40000;
export const TRACKER_RELEASES = ['bullseye', 'bookworm', 'trixie', 'sid'];

/** A small deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generator(seed: number): { pick: <T>(list: readonly T[]) => T; version: (epoch: boolean) => string; random: () => number } {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const version = (epoch: boolean): string =>
    `${epoch ? '1:' : ''}${1 + Math.floor(random() * 5)}.${Math.floor(random() * 20)}.${Math.floor(random() * 10)}-${1 + Math.floor(random() * 4)}${random() < 0.4 ? '+deb12u1' : ''}`;
  return { pick, version, random };
}

/**
 * The tracker's JSON text. `names` come first among its source packages (an
 * image's own, so a scan finds advisories for them); the rest are synthetic.
 */
export function trackerJson(names: readonly string[] = []): string {
  const { pick, version, random } = generator(12);
  const doc: Record<string, Record<string, unknown>> = {};
  const all = [...names.slice(0, TRACKER_PACKAGES)];
  for (let i = 0; all.length < TRACKER_PACKAGES; i++) all.push(`src-package-${i}`);
  for (let i = 0; i < TRACKER_CVES; i++) {
    const name = pick(all);
    const releases: Record<string, unknown> = {};
    for (const r of TRACKER_RELEASES) {
      const roll = random();
      const urgency = pick(['low', 'medium', 'high', 'unimportant', 'not yet assigned', 'low**']);
      const fixed = version(random() < 0.1);
      releases[r] =
        roll < 0.6
          ? { status: 'resolved', repositories: { [r]: fixed }, fixed_version: fixed, urgency }
          : roll < 0.7
            ? { status: 'resolved', repositories: { [r]: fixed }, fixed_version: '0', urgency }
            : roll < 0.9
              ? { status: 'open', repositories: { [r]: fixed }, urgency, nodsa: 'Minor issue', nodsa_reason: '' }
              : { status: 'undetermined', repositories: { [r]: fixed }, urgency: 'not yet assigned' };
    }
    (doc[name] ??= {})[`CVE-${2000 + (i % 25)}-${10000 + i}`] = {
      description: `A synthetic issue number ${i} in ${name}: a buffer overflow in the parser allows remote attackers to cause a denial of service.`,
      scope: pick(['local', 'remote']),
      ...(random() < 0.3 ? { debianbug: 1000000 + i } : {}),
      releases,
    };
  }
  return JSON.stringify(doc);
}

/** `count` bookworm packages whose sources are the synthetic tracker's (about three binaries per source, like libssl3/openssl/libssl-dev). */
export function trackerImage(count: number): Package[] {
  const { version, random } = generator(13);
  const out: Package[] = [];
  for (let i = 0; i < count; i++) {
    const src = `src-package-${Math.floor((i / 3) * 7) % TRACKER_PACKAGES}`;
    const v = version(random() < 0.1);
    out.push({
      ecosystem: 'deb',
      name: `bin-${i}`,
      version: v,
      source: { name: src, version: v },
      purl: `pkg:deb/debian/bin-${i}@${v}`,
      layer: { index: 0, digest: 'sha256:0' },
      locations: ['var/lib/dpkg/status'],
    });
  }
  return out;
}
