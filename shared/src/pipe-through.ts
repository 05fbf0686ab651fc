/**
 * The one way we feed a stream through another that a reader then takes (a digest verifier, a filter): the two
 * tied, each side's end reaching the other.
 *
 * - An error of the source fails `into`, and the reader sees it there. pipeline's own listeners keep it from being
 *   thrown at the process before the reader listens.
 * - A reader that hangs up on `into` (destroys it) destroys the source as well: its file closes, its connection is
 *   freed. `source.pipe(into)` only unpipes on a hang-up: a file read stays open, and a network body fed by 'data'
 *   stays paused, its connection held until the request's deadline (a paused reader is no stall: transport/http.ts).
 *
 * Not for a chain whose source must outlive a failed stage: layer-stream.ts ties its own, because after a gzip or
 * tar error it drains the rest of the blob through the blob's verifier, so a wrong blob is reported as that.
 */
import { pipeline, type Duplex, type Readable } from 'node:stream';

export function pipeThrough<T extends Duplex>(source: Readable, into: T): T {
  // Nothing to do at the end: the reader of `into` sees its end or its error.
  pipeline(source, into, () => undefined);
  return into;
}
