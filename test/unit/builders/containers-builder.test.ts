/**
 * ContainersBuilder runs every command of a build (bud, the base-digest
 * inspect, the push of a cached build) with the plan's builderEnv on top: the
 * HOME that holds the registries.conf drop-in must reach each of them. A
 * stand-in `buildah` on PATH records the environment and argv it was run with.
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { buildahBuilder, readImageId } from '../../../shared/src/builders/buildah.js';
import { parseCacheSpecs } from '../../../shared/src/builders/cache-spec.js';
import type { BuildPlan } from '../../../shared/src/builders/builder.js';

const FAKE = `#!/bin/sh
echo "HOME=$HOME SOURCE_DATE_EPOCH=\${SOURCE_DATE_EPOCH-unset} $*" >> "$FAKE_LOG"
prev=""
for a in "$@"; do
  case "$prev" in
    --tag) d="\${a#dir:}"; mkdir -p "$d"
      printf '{"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json"}' > "$d/manifest.json";;
    --iidfile) mkdir -p "$(dirname "$a")"; printf '%s' "$FAKE_IID" > "$a";;
  esac
  case "$a" in
    dir:*) case " $* " in *" push "*) d="\${a#dir:}"; mkdir -p "$d"
      printf '{"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json"}' > "$d/manifest.json";; esac;;
  esac
  prev="$a"
done
case " $* " in *" inspect "*) echo "sha256:${'b'.repeat(64)}";; esac
`;

let tmp: string;
let savedPath: string | undefined;
let savedEpoch: string | undefined;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'containers-builder-'));
  await fs.mkdir(path.join(tmp, 'bin'));
  await fs.writeFile(path.join(tmp, 'bin/buildah'), FAKE, { mode: 0o755 });
  savedPath = process.env.PATH;
  savedEpoch = process.env.SOURCE_DATE_EPOCH;
  process.env.PATH = `${path.join(tmp, 'bin')}:${savedPath ?? ''}`;
  process.env.SOURCE_DATE_EPOCH = '42';
});
afterAll(async () => {
  process.env.PATH = savedPath;
  if (savedEpoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
  else process.env.SOURCE_DATE_EPOCH = savedEpoch;
  await fs.rm(tmp, { recursive: true, force: true });
});

/** A plan over this file's context, one platform (the host's) and base debian:12; each test names its own folder, image and env. */
const planOf = (own: Pick<BuildPlan, 'workDir' | 'imageName' | 'builderEnv'> & Partial<BuildPlan>): BuildPlan => ({
  context: tmp,
  dockerfile: path.join(tmp, 'Dockerfile'),
  buildArgs: [],
  secrets: [],
  platforms: [],
  bases: ['debian:12'],
  ...own,
});

test("every buildah command of a build runs with the plan's builderEnv, without SOURCE_DATE_EPOCH", async () => {
  const log = path.join(tmp, 'calls.log');
  const plan = planOf({
    workDir: path.join(tmp, 'work'),
    imageName: 'image-pipeline-t',
    authFile: path.join(tmp, 'auth.json'),
    builderEnv: { HOME: path.join(tmp, 'home'), FAKE_LOG: log },
  });
  const builder = buildahBuilder({ root: path.join(tmp, 'root'), runroot: path.join(tmp, 'run'), driver: 'vfs' });
  const out = await builder.build(plan, { info: () => undefined, debug: () => undefined, warning: () => undefined });
  expect(out.parts[0]?.baseDigests.get('debian:12')).toBe(`sha256:${'b'.repeat(64)}`);

  const calls = (await fs.readFile(log, 'utf8')).trim().split('\n');
  expect(calls).toHaveLength(2);
  expect(calls[0]).toMatch(/ bud .*--layers=false --authfile \S+\/auth\.json /);
  expect(calls[1]).toMatch(/ inspect --type image /);
  for (const c of calls) expect(c.startsWith(`HOME=${path.join(tmp, 'home')} SOURCE_DATE_EPOCH=unset `)).toBe(true);
});

test('a build with a layer cache: bud writes the id to --iidfile, the image is pushed to dir: by that id, and cleanup runs no rmi', async () => {
  const log = path.join(tmp, 'cached.log');
  const id = `sha256:${'d'.repeat(64)}`;
  const plan = planOf({
    workDir: path.join(tmp, 'work-cached'),
    imageName: 'image-pipeline-c',
    cache: { from: [], to: parseCacheSpecs('127.0.0.1:5000/c', 'cache-to'), noCache: false },
    builderEnv: { HOME: path.join(tmp, 'home'), FAKE_LOG: log, FAKE_IID: `${id}\n` },
  });
  const builder = buildahBuilder({ root: path.join(tmp, 'root'), runroot: path.join(tmp, 'run'), driver: 'vfs' });
  const quiet = { info: () => undefined, debug: () => undefined, warning: () => undefined };
  const out = await builder.build(plan, quiet);
  expect(out.parts[0]?.baseDigests.get('debian:12')).toBe(`sha256:${'b'.repeat(64)}`);
  await builder.cleanup(plan, quiet);
  const calls = (await fs.readFile(log, 'utf8')).trim().split('\n');
  // bud, then the push by id; the base-digest inspect runs beside the push (either order), and nothing else (no rmi).
  expect(calls).toHaveLength(3);
  expect(calls[0]).toMatch(/ bud .*--layers=true --cache-to 127\.0\.0\.1:5000\/c --iidfile \S+\/work-cached\/image-pipeline-c\.iid /);
  expect(calls[0]).not.toContain('--tag');
  expect(calls.slice(1).sort()).toEqual(
    [expect.stringMatching(/ inspect --type image /), expect.stringMatching(new RegExp(` push --quiet ${id} dir:\\S+/work-cached/image-pipeline-c$`))].sort(),
  );
  expect(calls.some((c) => c.includes(' rmi '))).toBe(false);
});

test('a bud that wrote no image id fails naming the file, before any push', async () => {
  const file = path.join(tmp, 'no.iid');
  await fs.writeFile(file, 'not an id; rm -rf /\n');
  await expect(readImageId(file)).rejects.toThrow(/the builder wrote no image id to \S+no\.iid \(got 'not an id; rm -rf \/'\)/);
  await expect(readImageId(path.join(tmp, 'missing.iid'))).rejects.toThrow(/wrote no image id/);
  await fs.writeFile(file, `sha256:${'e'.repeat(64)}\n`);
  await expect(readImageId(file)).resolves.toBe(`sha256:${'e'.repeat(64)}`);
});

test('a bad image id is quoted with control characters escaped, after what was expected', async () => {
  const file = path.join(tmp, 'escape.iid');
  await fs.writeFile(file, 'sha256:\x1b[2J\x1b[31mgone\n::error::x');
  const e = await readImageId(file).then(
    () => undefined,
    (x: unknown) => x as Error,
  );
  expect(e?.message).toMatch(/expected sha256:<64 hex digits>/);
  expect([...(e?.message ?? '')].filter((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)).toEqual([]);
});
