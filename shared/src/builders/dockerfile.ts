/**
 * Just enough of a Dockerfile parser to know what the builder will do before
 * it runs, and to point at a line when it fails: instructions with their line
 * numbers, stages, which stages the target needs, whether those run programs
 * (a foreign platform then needs an emulator), and which external image the
 * result is based on. Builders do not print Dockerfile line numbers (buildah
 * 1.28 prints "STEP 3/7: RUN ..."), so the line comes from this model.
 */

export interface Instruction {
  /** Upper-case keyword: FROM, RUN, COPY, or whatever the user wrote. */
  keyword: string;
  /** The arguments, continuation lines joined with a space. */
  args: string;
  /** 1-based line where the instruction starts. */
  line: number;
}

export interface Stage {
  /** 0-based position in the file. */
  index: number;
  /** The `AS name`, lower-cased (stage names are case-insensitive). */
  name?: string;
  /** The image reference after FROM, variables not yet expanded. */
  from: string;
  /** The FROM instruction followed by the stage's own instructions. */
  instructions: Instruction[];
}

export interface Dockerfile {
  /** ARGs before the first FROM, with their defaults. */
  globalArgs: Map<string, string | undefined>;
  stages: Stage[];
}

/** Parse the text of a Dockerfile/Containerfile. Never throws: the builder judges validity. */
export function parseDockerfile(text: string): Dockerfile {
  const lines = text.split(/\r?\n/);
  const escape = escapeDirective(lines);
  const instructions: Instruction[] = [];
  let current: { parts: string[]; line: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    const trimmed = raw.trim();
    if (current === undefined) {
      if (trimmed === '' || trimmed.startsWith('#')) continue;
      current = { parts: [], line: i + 1 };
    } else if (trimmed.startsWith('#') || trimmed === '') {
      // Comment and empty lines inside a continuation are skipped.
      continue;
    }
    const continues = trimmed.endsWith(escape) && !trimmed.endsWith(escape + escape);
    current.parts.push(continues ? trimmed.slice(0, -1).trim() : trimmed);
    if (!continues) {
      // Heredocs (`RUN <<EOF` ... `EOF`): their body lines belong to the instruction, not new ones.
      for (const m of trimmed.matchAll(HEREDOC)) {
        const delimiter = m[3] as string;
        const body: string[] = [];
        while (i + 1 < lines.length && (lines[i + 1] as string).trim() !== delimiter) body.push(lines[++i] as string);
        i++; // the delimiter line
        current.parts.push(body.join('\n'));
      }
      instructions.push(toInstruction(current.parts.join(' '), current.line));
      current = undefined;
    }
  }
  if (current !== undefined) instructions.push(toInstruction(current.parts.join(' '), current.line));

  const globalArgs = new Map<string, string | undefined>();
  const stages: Stage[] = [];
  for (const ins of instructions) {
    if (ins.keyword === 'FROM') {
      const { image, name } = parseFrom(ins.args);
      const stage: Stage = { index: stages.length, from: image, instructions: [ins] };
      if (name !== undefined) stage.name = name.toLowerCase();
      stages.push(stage);
    } else if (stages.length === 0) {
      if (ins.keyword === 'ARG') for (const [k, v] of parseArg(ins.args)) globalArgs.set(k, v);
    } else {
      (stages[stages.length - 1] as Stage).instructions.push(ins);
    }
  }
  return { globalArgs, stages };
}

const HEREDOC = /<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;

function escapeDirective(lines: string[]): string {
  for (const l of lines) {
    const m = /^#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/.exec(l.trim());
    if (m === null) break; // directives only at the very top
    if ((m[1] as string).toLowerCase() === 'escape' && (m[2] === '`' || m[2] === '\\')) return m[2];
  }
  return '\\';
}

function toInstruction(text: string, line: number): Instruction {
  const m = /^(\S+)\s*([\s\S]*)$/.exec(text);
  return { keyword: (m?.[1] ?? '').toUpperCase(), args: (m?.[2] ?? '').trim(), line };
}

function parseFrom(args: string): { image: string; name?: string } {
  const words = args.split(/\s+/).filter((w) => w !== '' && !w.startsWith('--'));
  const image = words[0] ?? '';
  const as = words.findIndex((w) => w.toLowerCase() === 'as');
  return as > 0 && words[as + 1] !== undefined ? { image, name: words[as + 1] } : { image };
}

/** `ARG a=1 b` as [name, default] pairs, in order (no default: undefined). */
export function parseArg(args: string): Array<[string, string | undefined]> {
  return args
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => {
      const eq = w.indexOf('=');
      return eq < 0 ? [w, undefined] : [w.slice(0, eq), unquote(w.slice(eq + 1))];
    });
}

const unquote = (s: string): string => (/^(["']).*\1$/.test(s) ? s.slice(1, -1) : s);

/** Expand `$VAR`, `${VAR}`, `${VAR:-default}` and `${VAR:+alt}` as the FROM line does. */
export function expandArgs(text: string, vars: ReadonlyMap<string, string | undefined>): string {
  return text.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (_m, braced: string | undefined, op: string | undefined, word: string | undefined, bare: string | undefined) => {
      const name = (braced ?? bare) as string;
      const value = vars.get(name);
      if (op === '-') return value === undefined || value === '' ? (word ?? '') : value;
      if (op === '+') return value === undefined || value === '' ? '' : (word ?? '');
      return value ?? '';
    },
  );
}

/** The stage `target` names (by name or index), or the last stage. */
export function targetStage(df: Dockerfile, target?: string): Stage | undefined {
  if (target === undefined || target === '') return df.stages[df.stages.length - 1];
  const t = target.toLowerCase();
  return df.stages.find((s) => s.name === t) ?? (/^\d+$/.test(t) ? df.stages[Number(t)] : undefined);
}

/** The earlier stage `ref` names (by name or index), if any: a stage may only read stages above it. */
export function stageRef(df: Dockerfile, ref: string, before: number): Stage | undefined {
  const r = ref.toLowerCase();
  const named = df.stages.find((s) => s.index < before && s.name === r);
  if (named !== undefined) return named;
  return /^\d+$/.test(r) && Number(r) < before ? df.stages[Number(r)] : undefined;
}

/** The variables a FROM line sees: the global ARGs (before the first FROM), each overridden by a build-arg of its name. */
export function fromScope(df: Dockerfile, buildArgs: ReadonlyMap<string, string>): Map<string, string | undefined> {
  const vars = new Map(df.globalArgs);
  for (const [k, v] of buildArgs) if (vars.has(k)) vars.set(k, v);
  return vars;
}

const FROM_FLAG = /--(?:from|mount=[^\s]*?\bfrom)=([^\s,]+)/g;

/**
 * What one stage reads, ARGs expanded as the builder expands them: its FROM with the global ARGs, each
 * `COPY --from=` / `RUN --mount=...,from=` also with the stage's own ARGs declared above it (`ARG S=x`, or
 * `ARG S` taking the global default), each overridden by a build-arg of its name (buildah 1.28, checked by
 * hand for images). A name may be an image, an earlier stage (stageRef) or scratch; the caller tells which. Pure.
 */
export function stageReads(df: Dockerfile, stage: Stage, buildArgs: ReadonlyMap<string, string>): string[] {
  const global = fromScope(df, buildArgs);
  const out = [expandArgs(stage.from, global)];
  const scope = new Map(global);
  for (const ins of stage.instructions.slice(1)) {
    if (ins.keyword === 'ARG') {
      for (const [k, v] of parseArg(ins.args)) scope.set(k, buildArgs.get(k) ?? (v !== undefined ? expandArgs(v, scope) : df.globalArgs.get(k)));
      continue;
    }
    for (const m of ins.args.matchAll(FROM_FLAG)) out.push(expandArgs(m[1] as string, scope));
  }
  return out;
}

/**
 * The stages building `target` needs: its FROM chain and every `COPY --from` / `--mount=from` stage, transitively,
 * a stage named through an ARG (`ARG STAGE=builder` then `COPY --from=$STAGE`, or `FROM ${BASE}`) included, as
 * buildah follows it since 1.30 (global ARGs, containers/buildah#4578) and with a stage's own ARGs (#6730).
 * buildah 1.28 skips such a stage and then fails on the name as an image ("no stage or image found with that
 * name", checked by hand), so following it there costs nothing; BuildKit refuses ARGs in --from. Pure.
 */
export function neededStages(df: Dockerfile, target?: string, buildArgs: ReadonlyMap<string, string> = new Map()): Stage[] {
  const start = targetStage(df, target);
  if (start === undefined) return [];
  const seen = new Set<number>();
  const visit = (s: Stage): void => {
    if (seen.has(s.index)) return;
    seen.add(s.index);
    for (const r of stageReads(df, s, buildArgs)) {
      const dep = stageRef(df, r, s.index);
      if (dep !== undefined) visit(dep);
    }
  };
  visit(start);
  return df.stages.filter((s) => seen.has(s.index));
}

/** Whether any needed stage runs a program (RUN), which needs an emulator on a foreign platform. */
export function runsPrograms(df: Dockerfile, target?: string, buildArgs: ReadonlyMap<string, string> = new Map()): boolean {
  return neededStages(df, target, buildArgs).some((s) => s.instructions.some((i) => i.keyword === 'RUN'));
}

/**
 * The external image the target is built on, following FROM through earlier
 * stages: a name, 'scratch', or undefined when it cannot be told (no stages).
 */
export function baseImageOf(df: Dockerfile, target: string | undefined, buildArgs: ReadonlyMap<string, string>): string | undefined {
  let stage = targetStage(df, target);
  const vars = fromScope(df, buildArgs);
  for (let hops = 0; stage !== undefined && hops <= df.stages.length; hops++) {
    const from = expandArgs(stage.from, vars);
    const dep = stageRef(df, from, stage.index);
    if (dep === undefined) return from.toLowerCase() === 'scratch' ? 'scratch' : from;
    stage = dep;
  }
  return undefined;
}

/** Every external (non-stage, non-scratch) image named by a needed FROM, expanded. */
export function externalImages(df: Dockerfile, target: string | undefined, buildArgs: ReadonlyMap<string, string>): string[] {
  const vars = fromScope(df, buildArgs);
  const out = new Set<string>();
  for (const s of neededStages(df, target, buildArgs)) {
    const from = expandArgs(s.from, vars);
    if (from.toLowerCase() !== 'scratch' && stageRef(df, from, s.index) === undefined) out.add(from);
  }
  return [...out];
}

/**
 * The instruction a builder names by stage and step (both 1-based, the FROM is
 * step 1), checked against the keyword it printed; falls back to the first
 * instruction whose text matches.
 */
export function instructionAt(df: Dockerfile, where: { stage?: number; step?: number; text?: string }): Instruction | undefined {
  const keyword = where.text?.trim().split(/\s+/)[0]?.toUpperCase();
  if (where.step !== undefined) {
    const stage = df.stages[(where.stage ?? 1) - 1];
    const ins = stage?.instructions[where.step - 1];
    if (ins !== undefined && (keyword === undefined || ins.keyword === keyword)) return ins;
  }
  if (where.text !== undefined) {
    const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toUpperCase();
    const want = norm(where.text);
    const all = df.stages.flatMap((s) => s.instructions);
    return (
      all.find((i) => norm(`${i.keyword} ${i.args}`) === want) ??
      all.find((i) => want.startsWith(norm(`${i.keyword} ${i.args}`).slice(0, 40)) && i.keyword === keyword)
    );
  }
  return undefined;
}
