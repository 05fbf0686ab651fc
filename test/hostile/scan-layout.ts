/**
 * Scan one layout in a process of its own, the way an action does, and print
 * what the user would see: for the hostile tests where the failure to guard
 * against is the process dying (an uncaught stream error), which jest's own
 * handlers would hide. `npx tsx test/hostile/scan-layout.ts <layout>`
 */
import { isPipelineError } from '../../shared/src/errors.js';
import { scanImage } from '../../shared/src/layers/scan.js';
import { resolveImage, selectRoot, type PlatformImage } from '../../shared/src/oci/image.js';
import { OciLayout } from '../../shared/src/oci/layout.js';

const src = await OciLayout.open(process.argv[2] as string);
const image = (await resolveImage(src, await selectRoot(src))).images[0] as PlatformImage;
try {
  const ix = await scanImage(src, image, { capture: () => true });
  process.stdout.write(`scanned: ${ix.layerCount} layers\n`);
} catch (e) {
  if (!isPipelineError(e)) throw e;
  process.stdout.write(`error ${e.code}: ${e.message}\n`);
}
