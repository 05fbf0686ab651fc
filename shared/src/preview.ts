/**
 * Showing untrusted text (image file names, lines of a file we were asked to
 * read, tool output) in a message without letting it do harm: the one place
 * that decides how much of it, and in what form, reaches a log line, an
 * error, an annotation or a job summary.
 *
 * - `printable` keeps all of the text but makes every control character
 *   visible (`\n`, `\x00`, `\u202e`), so a name cannot end a workflow-command
 *   line, start a new one, or reorder what the reader sees.
 * - `preview` is for text we did not expect to show at all (a line of a file
 *   that failed to parse): printable, then secret-looking runs masked, then cut
 *   to a few dozen characters.
 */

/**
 * C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the
 * bidirectional overrides/isolates (the "Trojan Source" characters).
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ufeff]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\0': '\\0' };

function visible(c: string): string {
  const named = NAMED[c];
  if (named !== undefined) return named;
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** The whole text with every control character written as a visible escape. */
export function printable(text: string): string {
  return text.replace(CONTROL, visible);
}

/**
 * Runs that look like a credential or a hash: long and mixing letters with
 * digits (or upper and lower case, as base64 does), or a crypt(3) hash (`$6$salt$...`, as in /etc/shadow). Identifiers
 * such as `fileExistenceTests` stay readable, so a typo in a policy is still
 * shown as written.
 */
const RUN_CHARS = 'A-Za-z0-9+/=_$.:@-';
const RUN = new RegExp(`[${RUN_CHARS}]{12,}`, 'g');
const secretLike = (run: string): boolean =>
  /\$[0-9a-z]{1,2}\$/.test(run) || (run.length >= 16 && /\d/.test(run) && /[A-Za-z]/.test(run)) || (run.length >= 32 && /[a-z]/.test(run) && /[A-Z]/.test(run));

/**
 * A secret as shown anywhere: its first two characters, then stars (all stars
 * when it is too short to spare two). The one masking rule: previews use it
 * for secret-looking runs, and secret findings for the values they report.
 */
export function mask(secret: string): string {
  const v = secret.trim();
  return v.length <= 4 ? '****' : `${v.slice(0, 2)}${'*'.repeat(Math.min(8, v.length - 2))}`;
}

export interface PreviewOptions {
  /** Most characters shown (default 40), an ellipsis marks the cut. */
  max?: number;
  /** Mask secret-looking runs (default true); off for text that is an identifier by nature, such as a digest. */
  redact?: boolean;
  /**
   * Punctuation (of `+/=_$.:@-`) that ends a run, so each part between them is judged
   * alone: an image reference or URL passes `/.:@` and stays readable
   * (`ghcr.io/acme/app:1.2` as a whole mixes letters and digits like a token
   * does), while a token in any one part is still masked.
   */
  separators?: string;
}

/** The run pattern with `separators` taken out of its characters. */
function runPattern(separators: string | undefined): RegExp {
  if (separators === undefined || separators === '') return RUN;
  const chars = [...RUN_CHARS.replace('A-Za-z0-9', '')].filter((c) => !separators.includes(c));
  return new RegExp(`[A-Za-z0-9${chars.map((c) => `\\${c}`).join('')}]{12,}`, 'g');
}

/**
 * A short, single-line, control-character-free, redacted preview of text we
 * did not write: what an error may echo of a file, a header or an output.
 */
export function preview(text: string, opts: PreviewOptions = {}): string {
  const max = opts.max ?? 40;
  // Look at a bounded head only: the input may be a whole file.
  const head = text.slice(0, max * 4 + 64);
  const oneLine = printable(head.replace(/\s+/g, ' ').trim());
  const redacted = opts.redact === false ? oneLine : oneLine.replace(runPattern(opts.separators), (run) => (secretLike(run) ? mask(run) : run));
  const cut = redacted.length > max || head.length < text.length;
  return cut ? `${redacted.slice(0, max).trimEnd()}…` : redacted;
}
