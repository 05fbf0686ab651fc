// A bundle's characters above U+00FF written as escapes, so that V8 keeps its source text at one byte per
// character instead of two (issue 17, start-up memory).
//
// Why: V8 stores a script's source as a one-byte string only when every character fits in Latin-1. One em dash in
// a comment of a 580 KB bundle makes the whole source two bytes per character: ~1 MB more RSS at a container run's
// start for the chunks the root action loads, for a handful of `—`, `…`, `’` and emoji in comments and messages.
//
// Only places where an escape means exactly the same are rewritten: comments (`\uXXXX` is inert text there),
// string literals and untagged template literals (`\uXXXX` / `\u{X}` cook to the same string). A character
// anywhere else (an identifier, a regular expression, a tagged template, whose raw text a tag can see) leaves the
// file as it is, reported to the caller. The result is proven by parsing both texts and comparing every string
// value and the shape of the tree; any difference throws.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parse } from 'acorn';

const PARSE = { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true, allowReturnOutsideFunction: true };

const escapeOf = (cp) => (cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, '0')}`);

/** Every node of `ast` with its parent, depth first, in source order. */
function* nodes(node, parent) {
  yield [node, parent];
  for (const key of Object.keys(node)) {
    if (key === 'loc' || key === 'range') continue;
    const v = node[key];
    if (Array.isArray(v)) {
      for (const c of v) if (c !== null && typeof c === 'object' && typeof c.type === 'string') yield* nodes(c, node);
    } else if (v !== null && typeof v === 'object' && typeof v.type === 'string') yield* nodes(v, node);
  }
}

/** What a parse says: each node's type, and each string's value, in order; equal for two texts that mean the same. */
function meaning(ast) {
  const out = [];
  for (const [n] of nodes(ast)) {
    out.push(n.type);
    if (n.type === 'Literal') out.push(n.regex === undefined ? String(n.value) : `/${n.regex.pattern}/${n.regex.flags}`);
    else if (n.type === 'TemplateElement') out.push(String(n.value.cooked));
    else if (n.type === 'Identifier' || n.type === 'PrivateIdentifier') out.push(n.name);
  }
  return out;
}

/**
 * `text` with every character above U+00FF escaped, or `{ text, left }` unchanged with where one could not be
 * escaped safely. Throws if the rewrite would change what the source means (it cannot, by construction: the
 * check is there so a wrong rewrite can never ship).
 */
export function latin1Source(text) {
  const wide = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) {
      const cp = text.codePointAt(i);
      wide.push({ at: i, cp, len: cp > 0xffff ? 2 : 1 });
      if (cp > 0xffff) i++;
    }
  }
  if (wide.length === 0) return { text, escaped: 0 };
  const comments = [];
  const ast = parse(text, { ...PARSE, onComment: (_block, _t, start, end) => comments.push([start, end]) });
  // Ranges whose characters may be escaped: comments, string literals, untagged templates' parts. A tagged
  // template's node is met before its parts (depth first), so its quasi is known by the time they come.
  const safe = comments.map(([s, e]) => ({ s, e, comment: true }));
  const tagged = new Set();
  for (const [n, parent] of nodes(ast)) {
    if (n.type === 'TaggedTemplateExpression') tagged.add(n.quasi);
    else if ((n.type === 'Literal' && typeof n.value === 'string') || (n.type === 'TemplateElement' && !tagged.has(parent)))
      safe.push({ s: n.start, e: n.end, comment: false });
  }
  // Comments, strings and template parts never overlap: the range holding `at` is the last that starts at or before it.
  safe.sort((a, b) => a.s - b.s);
  const where = (at) => {
    let lo = 0;
    let hi = safe.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (safe[mid].s <= at) lo = mid;
      else hi = mid - 1;
    }
    const r = safe[lo];
    return r !== undefined && r.s <= at && at < r.e ? r : undefined;
  };
  const left = [];
  let out = '';
  let from = 0;
  for (const w of wide) {
    const r = where(w.at);
    // A backslash before it would make `\—` (an escape of the character itself) into `\\u2014`: leave it.
    const escapedBefore = r !== undefined && !r.comment && /(^|[^\\])(\\\\)*\\$/.test(text.slice(Math.max(r.s, w.at - 16), w.at));
    if (r === undefined || escapedBefore) {
      left.push({ at: w.at, char: String.fromCodePoint(w.cp) });
      continue;
    }
    out += text.slice(from, w.at) + escapeOf(w.cp);
    from = w.at + w.len;
  }
  if (left.length > 0) return { text, escaped: 0, left };
  out += text.slice(from);
  const before = meaning(ast);
  const after = meaning(parse(out, PARSE));
  if (before.length !== after.length || before.some((v, i) => v !== after[i]))
    throw new Error('latin1Source: the escaped text parses to something else; this is a defect in scripts/latin1-source.mjs');
  return { text: out, escaped: wide.length };
}

/**
 * Every .js file in `dir` rewritten by latin1Source; a file with a character it could not escape is left as it is
 * and named on stderr (it still runs the same, only with its source at two bytes a character).
 */
export function latin1Dir(dir) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const p = `${dir}/${file}`;
    const r = latin1Source(readFileSync(p, 'utf8'));
    if (r.escaped > 0) writeFileSync(p, r.text);
    if (r.left !== undefined) {
      const at = r.left
        .slice(0, 3)
        .map((l) => `'${l.char}' at offset ${l.at}`)
        .join(', ');
      process.stderr.write(`${p}: left with its source at two bytes a character: ${at} cannot be escaped where it stands\n`);
    }
  }
}

// `node scripts/latin1-source.mjs DIR...`: what bench/lib/bundles.ts runs over the bundles it builds.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const dir of process.argv.slice(2)) latin1Dir(dir);
}
