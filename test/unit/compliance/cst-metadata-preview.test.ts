/**
 * Metadata test failures quote the image config (ports, volumes, command,
 * workdir, user): that text is the image's, so it reaches the message only
 * as a short, one-line, redacted preview (shared/src/preview.ts).
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadRegexEngine } from '../../../shared/src/compliance/cst/regex-engine.js';
import { metadata } from '../../../shared/src/compliance/cst/static-tests.js';
import type { ImageView } from '../../../shared/src/compliance/image-view.js';

const secret = 'AKIAIOSFODNN7EXAMPLEwJalrXUtnFEMI';
const view = (container: Record<string, unknown>): ImageView => ({ container }) as unknown as ImageView;

// metadata() compiles isRegex values synchronously: checkImage preloads re2js, and so does this file.
beforeAll(() => loadRegexEngine());

describe('metadata failures quote the image through preview', () => {
  const v = view({
    User: `app\n::error::forged ${secret}`,
    WorkingDir: `/srv/${'x'.repeat(500)}`,
    ExposedPorts: Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`${1000 + i}/tcp`, {}])),
    Volumes: { [`/data\u202e${secret}`]: {} },
    Cmd: ['/bin/sh', '-c', `curl -H "token: ${secret}"`],
  });
  const got = metadata(v, { user: 'root', workdir: '/', exposedPorts: ['80'], volumes: ['/x'], cmd: ['x'] }).failures;

  it('one line, controls visible, secrets masked, long values cut', () => {
    expect(got).toHaveLength(5);
    for (const f of got) {
      expect(f).not.toContain('\n');
      expect(f).not.toContain('\u202e');
      expect(f).not.toContain(secret);
      expect(f.length).toBeLessThan(260);
    }
    expect(got).toContain(`expected user 'root', got 'app ::error::forged AK********'`);
    expect(got.find((f) => f.startsWith('expected workdir'))).toMatch(/^expected workdir '\/', got '\/srv\/x+…'$/);
    expect(got.find((f) => f.startsWith('expected port 80'))).toMatch(/^expected port 80 to be exposed, got 1000\/tcp, 1001\/tcp, .*…$/);
    expect(got.find((f) => f.startsWith('expected volume'))).toMatch(/^expected volume \/x, got \/data\\u2\*{8}$/);
    expect(got.find((f) => f.startsWith('expected cmd'))).toContain('AK********');
  });
});
