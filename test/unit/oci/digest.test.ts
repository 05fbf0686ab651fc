import { describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { digestBytes, parseDigest, VerifyingStream, verifyBytes } from '../../../shared/src/oci/digest.js';

const HELLO = 'sha256:2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824';

describe('parseDigest', () => {
  it.each([
    [HELLO, true, ''],
    [`sha512:${'a'.repeat(128)}`, true, ''],
    ['sha256:abc', false, 'not a valid sha256 digest'],
    [`sha256:${'A'.repeat(64)}`, false, 'lowercase hex'],
    [`md5:${'a'.repeat(32)}`, false, "algorithm 'md5' is not supported"],
    ['nocolon', false, 'is not a digest'],
    ['', false, 'is not a digest'],
  ])('[%#] %s -> ok=%s', (text, good, message) => {
    const r = parseDigest(text);
    expect(r.ok).toBe(good);
    if (!r.ok) expect(r.error.describe()).toContain(message);
  });

  it('computes sha256 of bytes', () => {
    expect(digestBytes('hello')).toBe(HELLO);
  });
});

describe('VerifyingStream', () => {
  const run = (data: string, expected: { digest: string; size?: number }) =>
    buffer(Readable.from([Buffer.from(data)]).pipe(new VerifyingStream(expected as never, 'blob X')));

  it('passes matching bytes through unchanged', async () => {
    await expect(run('hello', { digest: HELLO, size: 5 })).resolves.toEqual(Buffer.from('hello'));
  });

  it('fails on a digest mismatch and names the blob', async () => {
    await expect(run('hellO', { digest: HELLO, size: 5 })).rejects.toMatchObject({
      code: 'DIGEST_MISMATCH',
      message: expect.stringContaining('blob X has digest sha256:'),
    });
  });

  it('fails on a short blob', async () => {
    await expect(run('hell', { digest: HELLO, size: 5 })).rejects.toMatchObject({ code: 'SIZE_MISMATCH' });
  });

  it('fails as soon as more bytes than the size arrive', async () => {
    await expect(run('hello!', { digest: HELLO, size: 5 })).rejects.toMatchObject({ code: 'SIZE_MISMATCH', message: expect.stringContaining('larger') });
  });

  // A consumer that acts on the last byte (a registry committing a monolithic upload) must never get all of a bad blob.
  const consume = async (chunks: string[], expected: { digest: string; size?: number }): Promise<{ got: string; error?: unknown }> => {
    let got = '';
    const v = Readable.from(chunks.map((x) => Buffer.from(x))).pipe(new VerifyingStream(expected as never, 'blob X'));
    // Flowing: every chunk as soon as the stream lets it go, as a socket takes it.
    v.on('data', (c: Buffer) => (got += String(c)));
    return new Promise((resolve) => {
      v.on('end', () => resolve({ got }));
      v.on('error', (error) => resolve({ got, error }));
    });
  };

  it('passes several chunks through in order, the last once the digest is checked', async () => {
    await expect(consume(['he', 'l', 'lo'], { digest: HELLO, size: 5 })).resolves.toEqual({ got: 'hello' });
  });

  it.each([
    ['a wrong last chunk', ['he', 'l', 'lO']],
    ['a wrong first chunk', ['hE', 'l', 'lo']],
    ['one wrong chunk', ['hellO']],
  ])('holds back the last chunk of a blob that does not verify (%s)', async (_name, chunks) => {
    const r = await consume(chunks, { digest: HELLO, size: 5 });
    expect(r.error).toMatchObject({ code: 'DIGEST_MISMATCH' });
    expect(r.got.length).toBeLessThan(5);
    expect(r.got).toBe(chunks.slice(0, -1).join(''));
  });

  // An empty chunk must not take the last one's place: the last bytes would pass before the check.
  it('holds back the last bytes when empty chunks follow them', async () => {
    const r = await consume(['hel', 'lO', '', ''], { digest: HELLO, size: 5 });
    expect(r.error).toMatchObject({ code: 'DIGEST_MISMATCH' });
    expect(r.got).toBe('hel');
    await expect(consume(['hel', '', 'lo', ''], { digest: HELLO, size: 5 })).resolves.toEqual({ got: 'hello' });
  });

  it('verifyBytes checks whole buffers the same way', () => {
    expect(() => verifyBytes(Buffer.from('hello'), { digest: HELLO as never, size: 5 }, 'm')).not.toThrow();
    expect(() => verifyBytes(Buffer.from('jello'), { digest: HELLO as never, size: 5 }, 'm')).toThrow(/m has digest/);
  });
});
