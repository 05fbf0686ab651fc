/** A benchmark's `--name value` option from its command line, or `fallback` when it is not given. */
export function option(name: string, fallback: string, args: readonly string[] = process.argv.slice(2)): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? (args[i + 1] as string) : fallback;
}
