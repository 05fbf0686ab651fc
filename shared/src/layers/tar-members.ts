/**
 * One pass over a tar stream, member by member. The visitor sees each header
 * and decides whether it wants the body (up to a cap, or as a stream into a
 * sink); everything else is stepped over without being kept, so memory stays
 * bounded by the stream's chunk plus the wanted bodies' caps, not by the layer.
 * The parsing is tar-parse.ts's (our own, for speed: issue 17); this is the
 * stream edge.
 */
import type { Readable } from 'node:stream';
import { PipelineError } from '../errors.js';
import { TarParser, type MemberVisitor } from './tar-parse.js';

export { memberName, type BodySink, type Member, type MemberVisitor } from './tar-parse.js';

/** The parser's own errors are PipelineErrors already; the input's (gunzip, a destroyed source) and a visitor's bug are not. */
function readError(e: unknown, what: string): PipelineError {
  return e instanceof PipelineError
    ? e
    : new PipelineError('LAYOUT', `${what} is not a readable tar stream: ${(e as Error).message}`, {
        cause: e,
        hint: 'The layer is corrupt or not the type its media type says.',
      });
}

export async function readMembers(stream: Readable, visitor: MemberVisitor, what: string): Promise<void> {
  const parser = new TarParser(visitor, what);
  await new Promise<void>((resolve, reject) => {
    let settled = false;
    const fail = (e: unknown): void => {
      if (settled) return;
      settled = true;
      stream.destroy();
      reject(readError(e, what));
    };
    // Each chunk is parsed as it arrives, synchronously: nothing queues here, so 'data' keeps the stream's own backpressure.
    stream.on('data', (chunk: Buffer) => {
      if (settled) return;
      try {
        parser.write(chunk);
      } catch (e) {
        fail(e);
      }
    });
    stream.on('end', () => {
      if (settled) return;
      try {
        parser.end();
      } catch (e) {
        fail(e);
        return;
      }
      settled = true;
      resolve();
    });
    stream.on('error', fail);
    // Destroyed without an error (no 'end'): say so rather than wait forever.
    stream.on('close', () => fail(new Error('the stream closed before its end')));
  });
}

/**
 * readMembers for a source that pushes its chunks (inflate-worker.ts): `run`
 * hands each to the parser through `write`, in order, and settles once the
 * last is in (or with the input's error). Errors are reported as readMembers does.
 */
export async function readMembersPushed(run: (write: (chunk: Buffer) => void) => Promise<void>, visitor: MemberVisitor, what: string): Promise<void> {
  const parser = new TarParser(visitor, what);
  try {
    await run((chunk) => parser.write(chunk));
    parser.end();
  } catch (e) {
    throw readError(e, what);
  }
}
