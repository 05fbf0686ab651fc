/**
 * A history `created_by` as the Dockerfile instruction it came from (pure).
 * Builders write it differently:
 *   buildah/docker classic   `/bin/sh -c #(nop) USER app`, `/bin/sh -c apt-get update`
 *   with build args          `|2 A=1 B=2 /bin/sh -c make`
 *   BuildKit                 `RUN /bin/sh -c make # buildkit`, `USER app`
 */

export interface Instruction {
  /** Upper-case keyword: RUN, COPY, ADD, USER, ... */
  keyword: string;
  /** Arguments, whitespace collapsed. */
  args: string;
}

const KEYWORDS = new Set([
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
]);

export function instructionOf(createdBy: string): Instruction {
  let s = createdBy.trim().replace(/\s+#\s*buildkit$/, '');
  s = s.replace(/^\|\d+(?:\s+\S+=(?:"[^"]*"|'[^']*'|\S*))*\s+/, '');
  const buildkitRun = /^RUN\s+(?:\|\d+(?:\s+\S+=\S*)*\s+)?(?:\/bin\/sh -c\s+)?/.exec(s);
  if (buildkitRun !== null) return { keyword: 'RUN', args: collapse(s.slice(buildkitRun[0].length)) };
  s = s.replace(/^\/bin\/(?:ba)?sh -c\s+/, '');
  const nop = /^#\(nop\)\s+/.exec(s);
  if (nop !== null) s = s.slice(nop[0].length);
  const word = /^([A-Za-z]+)\b\s*/.exec(s);
  if (word !== null && KEYWORDS.has((word[1] as string).toUpperCase()) && (nop !== null || (word[1] as string) === (word[1] as string).toUpperCase())) {
    return { keyword: (word[1] as string).toUpperCase(), args: collapse(s.slice(word[0].length)) };
  }
  return { keyword: 'RUN', args: collapse(s) };
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
