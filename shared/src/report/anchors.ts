/**
 * Pointing each finding at a line a reviewer can open: the Dockerfile
 * instruction that caused it when the history tells which one (for a file,
 * the instruction that created its layer; the FROM line for the base image's
 * layers and settings), a policy test's own line for container-structure-test
 * failures. A finding with no such line gets no anchor: the reports then say
 * where it is inside the image (sarif.ts) rather than point at a repository
 * line it has nothing to do with, such as the policy file's first line.
 */
import type { Anchor, Finding } from '../compliance/finding.js';
import { instructionOf } from '../compliance/history-step.js';
import type { ImageView } from '../compliance/image-view.js';
import { finalStage, parseDockerfile, type DockerfileInstruction } from './dockerfile.js';

export interface AnchorContext {
  dockerfile?: { file: string; text: string };
  policyFile?: string;
  /** Line of a policy test by name, for CST findings. */
  policyTestLine?: (test: string) => number | undefined;
}

const lastToken = (s: string): string =>
  s
    .replace(/\s+#.*$/, '')
    .trim()
    .split(/\s+/)
    .pop() ?? '';

function sameInstruction(h: { keyword: string; args: string }, d: DockerfileInstruction): boolean {
  if (h.keyword !== d.keyword) return false;
  if (h.keyword === 'RUN') {
    const a = h.args.replace(/\s+/g, ' ');
    const b = d.args.replace(/^(?:--\S+\s+)+/, '').replace(/\s+/g, ' ');
    // A heredoc's script is recorded in ways that differ by builder; any RUN step may be it.
    if (b.startsWith('<<')) return true;
    return a === b || a.includes(b) || b.includes(a);
  }
  if (h.keyword === 'COPY' || h.keyword === 'ADD') return lastToken(h.args) === lastToken(d.args);
  return true;
}

/** history index -> Dockerfile instruction, aligned from the end (the base image's steps come first and match nothing). */
export function alignHistory(view: ImageView, instructions: readonly DockerfileInstruction[]): Map<number, DockerfileInstruction> {
  const ours = finalStage(instructions).filter((d) => d.keyword !== 'FROM' && d.keyword !== 'ARG');
  const map = new Map<number, DockerfileInstruction>();
  let j = ours.length - 1;
  for (let i = view.history.length - 1; i >= 0 && j >= 0; i--) {
    const h = instructionOf((view.history[i] as { createdBy: string }).createdBy);
    for (let k = j; k >= 0; k--) {
      if (sameInstruction(h, ours[k] as DockerfileInstruction)) {
        map.set(i, ours[k] as DockerfileInstruction);
        j = k - 1;
        break;
      }
    }
  }
  return map;
}

export function anchorFindings(findings: readonly Finding[], view: ImageView, ctx: AnchorContext): Finding[] {
  const instructions = ctx.dockerfile === undefined ? [] : parseDockerfile(ctx.dockerfile.text);
  const stage = finalStage(instructions);
  const aligned = alignHistory(view, instructions);
  const dockerfile = ctx.dockerfile?.file;
  const at = (d: DockerfileInstruction | undefined): Anchor | undefined =>
    d === undefined || dockerfile === undefined ? undefined : { file: dockerfile, line: d.line };
  const lastOf = (keyword: string, pred: (d: DockerfileInstruction) => boolean = () => true): DockerfileInstruction | undefined =>
    [...stage].reverse().find((d) => d.keyword === keyword && pred(d));
  const from = lastOf('FROM');
  // History steps before the first step of ours are the base image's, once every instruction of ours was found.
  const ours = stage.filter((d) => d.keyword !== 'FROM' && d.keyword !== 'ARG').length;
  const firstOurs = aligned.size === ours ? Math.min(...aligned.keys()) : -1;
  const isBase = (step: number): boolean => step < firstOurs;
  const byLayer = new Map<number, number>();
  for (const h of view.history) if (h.layer !== undefined) byLayer.set(h.layer, h.index);

  const anchorOf = (f: Finding): Anchor | undefined => {
    const s = f.subject;
    switch (s.kind) {
      case 'policy': {
        const line = ctx.policyTestLine?.(s.test);
        return ctx.policyFile === undefined ? undefined : { file: ctx.policyFile, line: line ?? 1 };
      }
      case 'resource':
        return undefined;
      case 'history':
        return at(aligned.get(s.index)) ?? (isBase(s.index) ? at(from) : undefined);
      case 'file': {
        const step = s.layer === undefined ? undefined : byLayer.get(s.layer);
        const d = step === undefined ? undefined : aligned.get(step);
        if (d !== undefined && ['RUN', 'COPY', 'ADD'].includes(d.keyword)) return at(d);
        // A layer of the base image: FROM is the instruction that put it there.
        if (step !== undefined && isBase(step)) return at(from);
        // Squashed or misaligned history: the COPY/ADD whose destination holds the path, else no repository line.
        const copy = [...stage]
          .reverse()
          .find((x) => (x.keyword === 'COPY' || x.keyword === 'ADD') && s.path.startsWith(lastToken(x.args).replace(/\/?$/, '')));
        return at(copy);
      }
      case 'config': {
        const key = s.key ?? '';
        const d =
          s.field === 'User'
            ? lastOf('USER')
            : s.field === 'Healthcheck'
              ? lastOf('HEALTHCHECK')
              : s.field === 'Env'
                ? lastOf('ENV', (x) => x.args.startsWith(`${key}=`) || x.args.startsWith(`${key} `) || x.args.includes(` ${key}=`))
                : s.field === 'Labels'
                  ? lastOf('LABEL', (x) => x.args.includes(key))
                  : s.field === 'Volumes'
                    ? lastOf('VOLUME', (x) => x.args.includes(key))
                    : undefined;
        // Not set by an instruction of ours: inherited from the base image.
        return at(d) ?? at(from);
      }
      case 'manifest':
        return at(from);
    }
  };
  return findings.map((f) => {
    const anchor = anchorOf(f);
    return anchor === undefined ? f : { ...f, anchor };
  });
}
