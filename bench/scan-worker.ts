/**
 * One measured scan, in its own process so its peak RSS is its own:
 * `npx tsx bench/scan-worker.ts <layout> [vulns|full|index] [tracker.json]`.
 * `index`: the layer index alone; `full`: checkImage (rules and SBOM);
 * `vulns`: that, then scanVulnerabilities against the tracker, as test-image
 * does with `vulnerability-db`. Prints one JSON line.
 */
import * as path from 'node:path';
import { scanImage } from '../shared/src/layers/scan.js';
import { resolveImage, selectRoot, type PlatformImage } from '../shared/src/oci/image.js';
import { OciLayout } from '../shared/src/oci/layout.js';

/** Loaded only for `full` and `vulns`, so `index` mode measures the layer reader without the rest of the action. */
async function loadFull(): Promise<{
  checkImage: typeof import('../shared/src/compliance/check-image.js').checkImage;
  defaultPolicy: typeof import('../shared/src/compliance/policy-load.js').defaultPolicy;
}> {
  const { checkImage } = await import('../shared/src/compliance/check-image.js');
  const { defaultPolicy } = await import('../shared/src/compliance/policy-load.js');
  return { checkImage, defaultPolicy };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  // --parallel N: layers read at once (scanImage's option; default its own, the cores).
  const p = argv.indexOf('--parallel');
  const parallel = p >= 0 ? Number(argv.splice(p, 2)[1]) : undefined;
  const [layout, mode = 'full', tracker] = argv;
  if (layout === undefined) throw new Error('usage: scan-worker.ts <layout> [vulns|full|index] [tracker.json] [--parallel N]');
  // Loaded before the clock starts, as `index` mode's modules are (static imports): under tsx, loading check-image's
  // module graph took 0.4-0.7 s of CPU, which is start-up (bench/startup.ts measures the bundles'), not the scan. Reported as loadMs.
  const l0 = performance.now();
  const full = mode === 'index' ? undefined : await loadFull();
  const loadMs = performance.now() - l0;
  const t0 = performance.now();
  let files = 0;
  let findings = 0;
  let packages = 0;
  let advisories = 0;
  let vulnerabilities = 0;
  let vulnMs = 0;
  if (mode === 'index') {
    const src = await OciLayout.open(layout);
    const image = (await resolveImage(src, await selectRoot(src))).images[0] as PlatformImage;
    const ix = await scanImage(src, image, parallel === undefined ? {} : { parallel });
    for (const _ of ix.walk()) files++;
  } else {
    const { checkImage, defaultPolicy } = full as Awaited<ReturnType<typeof loadFull>>;
    const r = await checkImage({ image: layout, policy: defaultPolicy() });
    files = r.image.files;
    findings = r.findings.length;
    packages = r.sbom.packages.length;
    if (mode === 'vulns') {
      if (tracker === undefined) throw new Error('vulns mode needs the tracker file');
      const { scanVulnerabilities } = await import('../shared/src/compliance/vulnerabilities/scan.js');
      const v0 = performance.now();
      const dir = path.dirname(tracker);
      const scanned = await scanVulnerabilities(
        r.sbom,
        [{ kind: 'path', value: tracker, line: 1 }],
        {},
        { scope: { workspace: dir }, cacheDir: path.join(dir, 'db-cache') },
      );
      vulnMs = performance.now() - v0;
      advisories = scanned.advisories;
      vulnerabilities = scanned.matches.length;
    }
  }
  const ms = performance.now() - t0;
  // CPU of the whole process, all threads (zlib's thread pool included), module loading too: the work, whatever the load.
  const cpu0 = process.cpuUsage();
  process.stdout.write(
    `${JSON.stringify({ ms, loadMs, cpuMs: (cpu0.user + cpu0.system) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024, files, findings, packages, advisories, vulnerabilities, vulnMs })}\n`,
  );
}

void main();
