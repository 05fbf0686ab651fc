/**
 * ContainersBuilder runs every command of a build (bud, the base-digest
 * inspect) with the plan's builderEnv on top: the HOME that holds the
 * registries.conf drop-in must reach each of them. A stand-in `buildah` on
 * PATH records the environment and argv it was run with.
 */
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { buildahBuilder } from '../../../shared/src/builders/buildah.js';
import type { BuildPlan } from '../../../shared/src/builders/builder.js';

const FAKE = `#!/bin/sh
echo "HOME=$HOME SOURCE_DATE_EPOCH=\${SOURCE_DATE_EPOCH-unset} $*" >> "$FAKE_LOG"
prev=""
for a in "$@"; do
  if [ "$prev" = "--tag" ]; then
    d="\${a#dir:}"; mkdir -p "$d"
    printf '{"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json"}' > "$d/manifest.json"
  fi
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

test("every buildah command of a build runs with the plan's builderEnv, without SOURCE_DATE_EPOCH", async () => {
  const log = path.join(tmp, 'calls.log');
  const plan: BuildPlan = {
    context: tmp,
    dockerfile: path.join(tmp, 'Dockerfile'),
    buildArgs: [],
    secrets: [],
    platforms: [],
    workDir: path.join(tmp, 'work'),
    imageName: 'image-pipeline-t',
    bases: ['debian:12'],
    authFile: path.join(tmp, 'auth.json'),
    builderEnv: { HOME: path.join(tmp, 'home'), FAKE_LOG: log },
  };
  const builder = buildahBuilder({ root: path.join(tmp, 'root'), runroot: path.join(tmp, 'run'), driver: 'vfs' });
  const out = await builder.build(plan, { info: () => undefined, debug: () => undefined, warning: () => undefined });
  expect(out.parts[0]?.baseDigests.get('debian:12')).toBe(`sha256:${'b'.repeat(64)}`);

  const calls = (await fs.readFile(log, 'utf8')).trim().split('\n');
  expect(calls).toHaveLength(2);
  expect(calls[0]).toMatch(/ bud .*--layers=false --authfile \S+\/auth\.json /);
  expect(calls[1]).toMatch(/ inspect --type image /);
  for (const c of calls) expect(c.startsWith(`HOME=${path.join(tmp, 'home')} SOURCE_DATE_EPOCH=unset `)).toBe(true);
});
