/**
 * Reads each package index URL given with fetchIndex, one after another, and prints `resolved: <n> packages`
 * or `rejected: <message>` per URL. Run in a child process (node --import tsx) by hostile tests that must see
 * an error thrown at the process, which jest does not report: the child then dies with it on stderr.
 */
import { fetchIndex } from '../../shared/src/updates/fetch-index.js';

for (const url of process.argv.slice(2)) {
  try {
    const idx = await fetchIndex(url);
    console.log(`resolved: ${idx.packages.length} packages`);
  } catch (e) {
    console.log(`rejected: ${(e as Error).message}`);
  }
}
