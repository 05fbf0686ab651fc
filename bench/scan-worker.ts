/**
 * One measured scan, in its own process so its peak RSS is its own:
 * `npx tsx bench/scan-worker.ts <layout> [full|index]`. Prints one JSON line.
 */
import { scanImage } from '../shared/src/layers/scan.js';
import { resolveImage, selectRoot, type PlatformImage } from '../shared/src/oci/image.js';
import { OciLayout } from '../shared/src/oci/layout.js';

async function main(): Promise<void> {
  const [layout, mode = 'full'] = process.argv.slice(2);
  if (layout === undefined) throw new Error('usage: scan-worker.ts <layout> [full|index]');
  const t0 = performance.now();
  let files = 0;
  let findings = 0;
  if (mode === 'index') {
    const src = await OciLayout.open(layout);
    const image = (await resolveImage(src, await selectRoot(src))).images[0] as PlatformImage;
    const ix = await scanImage(src, image);
    for (const _ of ix.walk()) files++;
  } else {
    // Loaded only here, so `index` mode measures the layer reader without the rest of the action.
    const { checkImage } = await import('../shared/src/compliance/check-image.js');
    const { defaultPolicy } = await import('../shared/src/compliance/policy-load.js');
    const r = await checkImage({ image: layout, policy: defaultPolicy() });
    files = r.image.files;
    findings = r.findings.length;
  }
  const ms = performance.now() - t0;
  process.stdout.write(`${JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, files, findings })}\n`);
}

void main();
