/**
 * Text from an image (file names, build steps, labels), a policy or a tool,
 * placed in the job summary or a check run's Markdown: the one escaping
 * function for it. GitHub renders both with GFM and a subset of HTML, so raw
 * text could add links, images, headings, tables or tags; escaped, it shows
 * as the characters it is.
 *
 * - control characters are made visible (`printable`), so a name cannot end
 *   a table row or hide behind a bidi override;
 * - `&`, `<`, `>` become entities (no tag, no entity survives);
 * - the punctuation that starts an inline construct gets a backslash, which
 *   CommonMark defines as "this character, literally": emphasis and
 *   strikethrough (`* _ ~`), code spans, links and images (`[ ]`: without
 *   an unescaped bracket no `[text](url)` or `![alt](src)` can form; a `(`
 *   right after `]` is escaped too, so `](` never appears; other
 *   parentheses, common in real text, stay as they are),
 *   table cells (`|`), math (`$`), the backslash itself, and the `:` of
 *   `://` and the `.` of `www.` that would make a link of a name.
 *   Block markers (`#`, `-`, `1.`) need none: this text never starts a line.
 * Cut to `max` characters before escaping, so a cut never splits an escape.
 */
import { printable } from '../preview.js';

const INLINE = /[\\`*_~[\]|$]|(?<=\])\(|:(?=\/\/)|(?<=\bwww)\./gi;
const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

export function markdownText(text: string, max = Infinity): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return printable(cut)
    .replace(INLINE, '\\$&')
    .replace(/[&<>]/g, (c) => ENTITY[c] as string);
}

/** Untrusted text shown as code: `<code>` with the text escaped (a backtick span could be closed by the text). */
export const markdownCode = (text: string, max = Infinity): string => `<code>${markdownText(text, max)}</code>`;
