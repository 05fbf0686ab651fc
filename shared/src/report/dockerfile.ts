/**
 * The Dockerfile as report anchoring needs it: a flat list of instructions
 * with their first line and stage. The parsing itself is build-image's
 * (shared/src/builders/dockerfile.ts), so both see the same instructions.
 */
import { parseDockerfile as parseModel } from '../builders/dockerfile.js';

export interface DockerfileInstruction {
  keyword: string;
  args: string;
  /** 1-based line where the instruction starts. */
  line: number;
  stage: number;
}

export function parseDockerfile(text: string): DockerfileInstruction[] {
  return parseModel(text).stages.flatMap((s) =>
    s.instructions.map((i) => ({ keyword: i.keyword, args: i.args.replace(/\s+/g, ' ').trim(), line: i.line, stage: s.index })),
  );
}

export const finalStage = (ins: readonly DockerfileInstruction[]): DockerfileInstruction[] => {
  const last = ins.reduce((m, x) => Math.max(m, x.stage), 0);
  return ins.filter((x) => x.stage === last);
};
