/**
 * distribute-image's inputs, read from the environment the runner sets
 * (`INPUT_<NAME>`), keyed exactly by the names in action.yml. Pure: every
 * malformed value is a PipelineError naming the input, raised before
 * anything is pushed.
 */
import { PipelineError } from '../../shared/src/errors.js';
import { checkTags, parseDestinations } from '../../shared/src/distribute/destinations.js';
import { getInput, getInteger, getList, type Env } from '../../shared/src/action/inputs.js';
import { parseImageLocation } from '../../shared/src/oci/location.js';
import type { UploadMode } from '../../shared/src/registry/client/client.js';
import { normalizeRegistry, parseRegistryAuth, type RegistryAuthEntry } from '../../shared/src/registry/credentials/credentials.js';
import { unwrap } from '../../shared/src/result.js';

export interface Inputs {
  image: string[];
  destinations: string[];
  tags: string[];
  'registry-auth': RegistryAuthEntry[];
  'github-token': string;
  'insecure-registries': string[];
  concurrency: number;
  'chunk-size': UploadMode;
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1000, kib: 1024, m: 1024 ** 2, mb: 1000 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1000 ** 3, gib: 1024 ** 3 };

/** `5MiB`, `512k`, `1048576` -> chunked upload; empty -> one streamed request. */
export function parseChunkSize(text: string, input = 'chunk-size'): UploadMode {
  if (text === '') return { kind: 'patch' };
  const m = /^(\d+)\s*([a-z]*)$/i.exec(text);
  const unit = m === null ? undefined : UNITS[(m[2] as string).toLowerCase()];
  if (m === null || unit === undefined) {
    throw new PipelineError('INPUT', `input '${input}' is '${text}', not a size`, { input, hint: 'Write a size such as 5MiB, 512KiB or 1048576.' });
  }
  const size = Number(m[1]) * unit;
  if (size < 64 * 1024) throw new PipelineError('INPUT', `input '${input}' is '${text}', smaller than 64KiB`, { input, hint: 'Registries that cap requests allow several MiB; use e.g. 5MiB.' });
  return { kind: 'chunked', chunkSize: size };
}

export function getInputs(env: Env): Inputs {
  const image = getList(env, 'image', { commas: false });
  if (image.length === 0) throw new PipelineError('INPUT', "input 'image' is required", { input: 'image', hint: "Pass build-image's 'layout' output." });
  for (const loc of image) unwrap(parseImageLocation(loc, 'image'));
  // Checked here, before anything is pushed; the push plans tags once it knows the image.
  const destinations = getList(env, 'destinations');
  unwrap(parseDestinations(destinations));
  const tags = getList(env, 'tags');
  unwrap(checkTags(tags));
  return {
    image,
    destinations,
    tags,
    'registry-auth': unwrap(parseRegistryAuth(getInput(env, 'registry-auth', { trim: false }))),
    'github-token': getInput(env, 'github-token'),
    'insecure-registries': getList(env, 'insecure-registries').map(normalizeRegistry),
    concurrency: getInteger(env, 'concurrency', 6, { min: 1, max: 64 }),
    'chunk-size': parseChunkSize(getInput(env, 'chunk-size')),
  };
}
