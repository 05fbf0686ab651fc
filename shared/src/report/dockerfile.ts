/**
 * Just enough Dockerfile parsing to point at lines (pure): instructions with
 * their first line, continuation lines joined (honouring `# escape=`),
 * comments skipped, heredoc bodies skipped, stages numbered by FROM.
 */

export interface DockerfileInstruction {
  keyword: string;
  args: string;
  /** 1-based line where the instruction starts. */
  line: number;
  stage: number;
}

export function parseDockerfile(text: string): DockerfileInstruction[] {
  const lines = text.split(/\r?\n/);
  let escape = '\\';
  const out: DockerfileInstruction[] = [];
  let stage = -1;
  let i = 0;
  // Parser directives come first, before any instruction or non-directive comment.
  while (i < lines.length) {
    const d = /^\s*#\s*(\w+)\s*=\s*(\S+)\s*$/.exec(lines[i] as string);
    if (d === null) break;
    if ((d[1] as string).toLowerCase() === 'escape') escape = d[2] as string;
    i++;
  }
  while (i < lines.length) {
    const first = lines[i] as string;
    const start = i + 1;
    i++;
    if (/^\s*(#|$)/.test(first)) continue;
    let body = first;
    while (body.trimEnd().endsWith(escape) && i < lines.length) {
      body = body.trimEnd().slice(0, -escape.length);
      const next = lines[i] as string;
      i++;
      if (/^\s*#/.test(next)) continue;
      body += ` ${next.trim()}`;
    }
    const m = /^\s*([A-Za-z]+)\s*(.*)$/.exec(body);
    if (m === null) continue;
    const keyword = (m[1] as string).toUpperCase();
    const args = (m[2] as string).replace(/\s+/g, ' ').trim();
    if (keyword === 'FROM') stage++;
    out.push({ keyword, args, line: start, stage: Math.max(stage, 0) });
    // Heredocs (`RUN <<EOF ... EOF`): skip their bodies.
    for (const h of args.matchAll(/<<-?["']?([A-Za-z_][A-Za-z0-9_]*)["']?/g)) {
      const marker = h[1] as string;
      while (i < lines.length && (lines[i] as string).trim() !== marker) i++;
      i++;
    }
  }
  return out;
}

export const finalStage = (ins: readonly DockerfileInstruction[]): DockerfileInstruction[] => {
  const last = ins.reduce((m, x) => Math.max(m, x.stage), 0);
  return ins.filter((x) => x.stage === last);
};
