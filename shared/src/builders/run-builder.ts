/**
 * Running a builder command: every line goes to the log as it arrives (a build
 * can take minutes), the tail is kept for the error message, and a non-zero
 * exit becomes a BuilderRunError that build.ts turns into a located error.
 */
import { run } from '../process.js';
import { BuilderRunError, type BuilderName, type Logger } from './builder.js';

const TAIL_LINES = 400;

export async function runBuilder(
  builder: BuilderName,
  cmd: string,
  args: readonly string[],
  log: Logger,
  opts: { env?: NodeJS.ProcessEnv; platform?: string; quiet?: boolean } = {},
): Promise<string> {
  const tail: string[] = [];
  log.debug(`${cmd} ${args.join(' ')}`);
  const res = await run(cmd, args, {
    env: opts.env ?? process.env,
    maxBuffer: 1024 * 1024,
    onLine: (line) => {
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      if (opts.quiet !== true) log.info(line);
    },
  });
  if (res.code !== 0) throw new BuilderRunError(builder, tail.join('\n'), opts.platform);
  return res.stdout;
}
