/**
 * container-structure-test patterns are Go RE2. Most read the same in
 * JavaScript; the difference that matters in practice is a leading inline
 * flag group like `(?i)` or `(?s)`, which JavaScript (before ES2025) rejects,
 * so we lift it into RegExp flags. Like Go, `^` and `$` match only at the
 * ends of the text unless `(?m)` says otherwise.
 */
import { err, ok, type Result } from '../result.js';

export function compileRegex(source: string): Result<RegExp, string> {
  let flags = '';
  let body = source;
  const m = /^\(\?([imsU]+)\)/.exec(source);
  if (m !== null) {
    body = source.slice(m[0].length);
    for (const f of m[1] as string) {
      if (f === 'i' && !flags.includes('i')) flags += 'i';
      if (f === 's' && !flags.includes('s')) flags += 's';
      if (f === 'm' && !flags.includes('m')) flags += 'm';
    }
  }
  try {
    return ok(new RegExp(body, flags));
  } catch (e) {
    return err((e as Error).message.replace(/^Invalid regular expression: /, ''));
  }
}
