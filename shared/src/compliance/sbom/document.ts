/**
 * What the SPDX and CycloneDX writers share: the document's time, the tool
 * that wrote it, and the one order and identity of packages, so both
 * documents list the same packages in the same order and the same image
 * always gives the same bytes. Pure.
 */
import { createHash } from 'node:crypto';
import { epochToIso } from '../../builders/epoch.js';
import type { Package } from './package.js';

export interface DocumentOptions {
  /** The document's creation time, ISO 8601 UTC to the second (see documentTime). */
  created: string;
  /** image-pipeline's version, named in the documents' tool fields. */
  toolVersion: string;
}

/** To the second, no fraction: SPDX 2.3 asks for YYYY-MM-DDThh:mm:ssZ. */
const toSecond = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The time a document states: SOURCE_DATE_EPOCH when set (read and checked
 * with the action's inputs), else the image config's `created` (so the same
 * image gives the same document), else now — the only case in which two runs
 * over the same image differ.
 */
export function documentTime(sourceDateEpoch: number | undefined, imageCreated: string | undefined, now: () => Date = () => new Date()): string {
  if (sourceDateEpoch !== undefined) return epochToIso(sourceDateEpoch);
  // The config comes from the image: a value Date cannot read (or outside its range) is not a time to state.
  const t = imageCreated === undefined ? NaN : Date.parse(imageCreated);
  return toSecond(Number.isFinite(t) ? new Date(t) : now());
}

/** A package as the documents list it: the cataloged package, with every location that found it, and an id unique in the document. */
export interface ListedPackage {
  pkg: Package;
  /** Unique in the document: the purl, with `#2`, `#3`, ... for further packages that share it (the same package at other paths). */
  ref: string;
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Stable whatever order the catalogers found them in: purl, then layer, then where. */
function comparePackages(a: Package, b: Package): number {
  return byString(a.purl, b.purl) || a.layer.index - b.layer.index || byString(a.locations.join('\n'), b.locations.join('\n'));
}

/** The same package found twice in the same layer (e.g. a status file and a status.d entry) is one package with both locations. */
const installKey = (p: Package): string => JSON.stringify([p.purl, p.layer.digest, p.license ?? null, p.source?.name ?? null, p.source?.version ?? null]);

/** The packages of an SBOM in document order, exact duplicates merged, each with its unique ref. */
export function listPackages(packages: readonly Package[]): ListedPackage[] {
  const installs = new Map<string, Package>();
  for (const p of [...packages].sort(comparePackages)) {
    const prev = installs.get(installKey(p));
    if (prev === undefined) installs.set(installKey(p), { ...p, locations: [...new Set(p.locations)].sort(byString) });
    else prev.locations = [...new Set([...prev.locations, ...p.locations])].sort(byString);
  }
  const merged = [...installs.values()];
  const seen = new Map<string, number>();
  return merged.map((pkg) => {
    const n = (seen.get(pkg.purl) ?? 0) + 1;
    seen.set(pkg.purl, n);
    return { pkg, ref: n === 1 ? pkg.purl : `${pkg.purl}#${n}` };
  });
}

/**
 * A name-based (version 5 layout) UUID: the same name always gives the same
 * UUID, so the same image's BOM keeps its serial number.
 */
export function nameUuid(name: string): string {
  const h = createHash('sha1').update('image-pipeline sbom\n').update(name).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

/** Words for where a package came from, for SPDX sourceInfo and the like. */
export function provenance(pkg: Package): string {
  const source = pkg.source === undefined ? '' : `built from source package ${pkg.source.name} ${pkg.source.version}; `;
  return `${source}introduced by layer ${pkg.layer.index} (${pkg.layer.digest}); found in ${pkg.locations.join(', ')}`;
}
