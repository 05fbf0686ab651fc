/**
 * Every pattern in a policy is a Go regular expression, as in
 * container-structure-test (which calls Go's regexp.MatchString). We compile
 * with re2js, a pure-JavaScript port of RE2 that reads the same syntax as Go's
 * regexp/syntax with its Perl flags: POSIX classes (`[[:digit:]]`), `\z`,
 * `(?P<name>...)`, inline flags anywhere (`(?i:...)`, `(?s)`, `(?U)`), `\Q...\E`;
 * `^`/`$` match only at the ends of the text unless `(?m)`; a match anywhere
 * in the text counts. RE2 refuses backreferences and lookaround, and matching
 * is linear in the text, so a pattern such as `^(a+)+$` over a long line of an
 * image file cannot hang a step.
 */
import { RE2JS } from 're2js';
import { err, ok, type Result } from '../result.js';

/** A compiled policy pattern. */
export interface PolicyRegex {
  readonly source: string;
  /** Go's MatchString: true if the pattern matches anywhere in the text. Bytes are read as UTF-8, as Go does. */
  test(text: string | Uint8Array): boolean;
}

/**
 * Compile with Go/RE2 semantics. The error is RE2's reason in Go's words,
 * e.g. "error parsing regexp: missing closing ): `(a`", the message CST
 * prints when it meets the same pattern.
 */
export function compileRegex(source: string): Result<PolicyRegex, string> {
  let re: RE2JS;
  try {
    re = RE2JS.compile(source);
  } catch (e) {
    return err(e instanceof Error ? e.message : String(e));
  }
  return ok({ source, test: (text) => re.test(text) });
}
