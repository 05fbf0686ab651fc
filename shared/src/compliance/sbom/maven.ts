/**
 * Maven artifacts inside Java archives: each `META-INF/maven/<group>/<artifact>/pom.properties`
 * in a .jar/.war/.ear, and in the archives it holds one level down
 * (Spring Boot's BOOT-INF/lib, a war's WEB-INF/lib). Read in memory with
 * fflate, bounded: entries looked at, bytes inflated per entry and in total;
 * a damaged or hostile archive gives what could be read, never an error (an
 * SBOM lists what is evidenced). A jar without pom.properties is not listed:
 * a name guessed from the file name is not evidence.
 */
import type { UnzipFileInfo } from 'fflate';
import { lazyModule } from '../../lazy-module.js';
import type { LanguageRecord } from './npm.js';

/**
 * fflate (~1.8 MB and a compile of its lookup tables) is loaded only once an image shows a Java archive
 * (issue 17): loadFflate, awaited before jarArtifacts, which is synchronous (language.ts defers the jars the
 * scan meets before it is loaded and reads them after, settleLanguage).
 */
const fflate = lazyModule(() => import('fflate'), 'a Java archive was read before fflate was loaded: call loadFflate() before jarArtifacts()');

/** Loads fflate; one import however many callers, cheap after the first. */
export const loadFflate = async (): Promise<void> => {
  await fflate.load();
};

/** Whether jarArtifacts can run now (loadFflate has finished). */
export const fflateLoaded = (): boolean => fflate.loaded();

export const isJavaArchive = (path: string): boolean => /\.(jar|war|ear)$/i.test(path);

/** Entries of one archive looked at; past it, the rest are not. */
export const MAX_ENTRIES = 200_000;
const MAX_POM_BYTES = 64 * 1024;
/** Largest nested archive inflated. */
const MAX_NESTED_BYTES = 16 * 1024 * 1024;
/** Most bytes inflated from one outer archive, nested archives included. */
const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

const POM = /^META-INF\/maven\/[^/]+\/[^/]+\/pom\.properties$/;

/** A Java .properties file's key/value pairs (`k=v`, `k: v`, `k v`; # and ! comments); escapes beyond `\:`/`\=` are not needed for these keys. */
export function parseProperties(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
    const m = /^((?:[^=:\s\\]|\\.)+)\s*[=:\s]\s*(.*)$/.exec(line);
    if (m === null) continue;
    out.set((m[1] as string).replace(/\\(.)/g, '$1'), (m[2] as string).replace(/\\(.)/g, '$1'));
  }
  return out;
}

/** The artifact a pom.properties names, as `group:artifact` (the maven purl's namespace:name) and version. */
export function parsePomProperties(text: string): LanguageRecord | undefined {
  const p = parseProperties(text);
  const group = p.get('groupId');
  const artifact = p.get('artifactId');
  const version = p.get('version');
  if (group === undefined || group === '' || artifact === undefined || artifact === '' || version === undefined || version === '') return undefined;
  return { name: `${group}:${artifact}`, version };
}

function entries(bytes: Uint8Array, nested: boolean, budget: { left: number }): Record<string, Uint8Array> {
  let seen = 0;
  const filter = (f: UnzipFileInfo): boolean => {
    if (++seen > MAX_ENTRIES) return false;
    const cap = POM.test(f.name) ? MAX_POM_BYTES : nested && isJavaArchive(f.name) ? MAX_NESTED_BYTES : 0;
    // Both sizes are the archive's word: a stored entry is copied at its compressed size, a deflated one inflated into its original size.
    const bytes = Math.max(f.size, f.originalSize);
    // cap 0: not wanted. Without this test every empty entry (each folder of a jar) passed `bytes > cap`
    // and was then opened as a nested archive, a 64 KiB backward search for a zip trailer and a throw per
    // folder: 180 ms for one 1.6 MB jar of 1,000 folders, most of a Debian image's SBOM time.
    if (cap === 0 || bytes > cap || bytes > budget.left || (f.compression !== 0 && f.compression !== 8)) return false;
    budget.left -= bytes;
    return true;
  };
  const { unzipSync } = fflate.get();
  try {
    return unzipSync(bytes, { filter });
  } catch {
    return {};
  }
}

/** The Maven artifacts a Java archive (and the archives inside it, one level) declares, in entry order. */
export function jarArtifacts(bytes: Uint8Array): LanguageRecord[] {
  const budget = { left: MAX_INFLATED_BYTES };
  const out: LanguageRecord[] = [];
  const decoder = new TextDecoder();
  const add = (files: Record<string, Uint8Array>): Array<Uint8Array> => {
    const inner: Uint8Array[] = [];
    for (const [name, data] of Object.entries(files)) {
      if (POM.test(name)) {
        const r = parsePomProperties(decoder.decode(data));
        if (r !== undefined) out.push(r);
      } else inner.push(data);
    }
    return inner;
  };
  for (const inner of add(entries(bytes, true, budget))) add(entries(inner, false, budget));
  return out;
}
