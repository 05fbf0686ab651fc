/**
 * One pass over a tar stream, member by member, with tar-stream. The visitor
 * sees each header and decides whether it wants the body (up to a cap);
 * everything else is drained without being kept, so memory stays bounded by
 * the cap, not by the layer.
 */
import type { Readable } from 'node:stream';
import tar from 'tar-stream';
import { PipelineError } from '../errors.js';
import { printable } from '../preview.js';

export interface Member {
  name: string;
  type: 'file' | 'link' | 'symlink' | 'directory' | 'character-device' | 'block-device' | 'fifo' | 'other';
  mode: number;
  uid: number;
  gid: number;
  size: number;
  linkname?: string;
}

/** Receives a body chunk by chunk as it streams, for files summarised without ever being held whole. */
export type BodySink = (chunk: Buffer) => void;

export interface MemberVisitor {
  /** Return a byte cap to receive the body (when size <= cap), a sink to be fed it as it streams, or 0 to skip it. */
  wantBody?(m: Member): number | BodySink;
  member(m: Member, body: Buffer | undefined): void;
}

function toMember(h: tar.Header): Member {
  // Defensive: headers come from untrusted archives and tar-stream may leave fields unset.
  const t = h.type ?? 'file';
  const type: Member['type'] =
    t === 'file' || t === 'contiguous-file'
      ? 'file'
      : t === 'link' || t === 'symlink' || t === 'directory' || t === 'character-device' || t === 'block-device' || t === 'fifo'
        ? t
        : 'other';
  const m: Member = { name: h.name, type, mode: (h.mode ?? 0) & 0o7777, uid: h.uid ?? 0, gid: h.gid ?? 0, size: type === 'file' ? (h.size ?? 0) : 0 };
  if (h.linkname !== undefined && h.linkname !== null && h.linkname !== '') m.linkname = h.linkname;
  return m;
}

/** A member name as shown in a message: whole, with control characters made visible. */
export const memberName = (name: string): string => `'${printable(name)}'`;

export async function readMembers(stream: Readable, visitor: MemberVisitor, what: string): Promise<void> {
  const extract = tar.extract();
  await new Promise<void>((resolve, reject) => {
    let failed = false;
    // The member whose body is being read: a stream that ends inside it is
    // reported against it (tar-stream fails both the body and the extractor).
    let current: Member | undefined;
    const fail = (e: unknown, fromInput = false): void => {
      if (failed) return;
      failed = true;
      stream.destroy();
      extract.destroy();
      if (e instanceof PipelineError) {
        reject(e);
        return;
      }
      const message = (e as Error).message;
      const hint = 'The layer is corrupt or not the type its media type says.';
      reject(
        current === undefined || fromInput
          ? new PipelineError('LAYOUT', `${what} is not a readable tar stream: ${message}`, { cause: e, hint })
          : new PipelineError(
              'LAYOUT',
              `${what} is not a readable tar stream: member ${memberName(current.name)} declares ${current.size} bytes and the layer ends inside it (${message})`,
              { cause: e, hint },
            ),
      );
    };
    extract.on('entry', (header, body, next) => {
      let m: Member;
      try {
        m = toMember(header);
      } catch (e) {
        fail(e);
        return;
      }
      current = m;
      // Without this listener a body cut short (a header that declares more
      // bytes than the layer holds) is an uncaught 'error' event: a crash.
      body.on('error', (e) => fail(e));
      const want = m.type === 'file' ? (visitor.wantBody?.(m) ?? 0) : 0;
      const cap = typeof want === 'number' ? want : 0;
      if (cap > 0 && m.size <= cap) {
        // One buffer of the declared size, filled as the body streams: the body is held once, not as chunks and then their concatenation.
        const whole = Buffer.allocUnsafe(m.size);
        let filled = 0;
        body.on('data', (c: unknown) => {
          // tar-stream yields exactly the declared size; the bound is the buffer's all the same.
          filled += (c as Buffer).copy(whole, filled);
        });
        body.on('end', () => {
          current = undefined;
          try {
            visitor.member(m, whole.subarray(0, filled));
            next();
          } catch (e) {
            fail(e);
          }
        });
      } else {
        if (typeof want === 'function')
          body.on('data', (c: unknown) => {
            try {
              want(c as Buffer);
            } catch (e) {
              fail(e);
            }
          });
        body.on('end', () => {
          current = undefined;
          try {
            visitor.member(m, undefined);
            next();
          } catch (e) {
            fail(e);
          }
        });
        body.resume();
      }
    });
    extract.on('finish', () => {
      if (!failed) resolve();
    });
    extract.on('error', (e) => fail(e));
    stream.on('error', (e) => fail(e, true));
    stream.pipe(extract);
  });
}
