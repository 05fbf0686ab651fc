import { expect, test } from '@jest/globals';
import { preview } from '../../shared/src/preview.js';

const TOKEN = 'ghp_R8x2Qk0Zb7Lw3Nv5Tj9Hs1Md4Fc6Ya2Pe0Ug';

test('a reference or URL as a whole looks like a token; with separators each part is judged alone', () => {
  const ref = 'registry.example.com/team/app:1.2';
  expect(preview(ref)).not.toBe(ref);
  expect(preview(ref, { separators: '/.:@' })).toBe(ref);
  expect(preview('123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/app', { max: 80, separators: '/.:@' })).toBe(
    '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/app',
  );
});

test('separators still mask a token in any one part, and keep the other redaction rules', () => {
  for (const text of [`ghcr.io/acme/app:${TOKEN}`, `ghcr.io/${TOKEN}/app`, `https://${TOKEN}@ghcr.io/a`]) {
    const shown = preview(text, { max: 80, separators: '/.:@' });
    expect(shown).not.toContain(TOKEN.slice(0, 10));
    expect(shown).toContain('gh********');
  }
  expect(preview('x\u202ey/$6$salt$abcdefgh', { separators: '/' })).toBe('x\\u202ey/$6********');
});
