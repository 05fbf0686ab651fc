/**
 * Go's os.Expand, which container-structure-test applies (with the image
 * config's env as the mapping) to fileExistenceTests paths and to a command
 * test's command and args (pkg/utils/utils.go SubstituteEnvVar). Reproduced
 * rule for rule so the same policy names the same path: `$NAME` and
 * `${NAME}`; one-character shell specials (`$1`, `$*`, `$$`, `${1}`); an unset
 * name expands to ''; `$` followed by nothing name-like stays `$`; the bad
 * forms `${}` and an unclosed `${` are dropped.
 */

const isSpecial = (c: string): boolean => '*#$@!?-0123456789'.includes(c);
const isAlphaNum = (c: string): boolean => /^[A-Za-z0-9_]$/.test(c);

/** The name after a `$` and how many characters it spans (Go's getShellName). */
function shellName(s: string): { name: string; width: number } {
  const c = s[0] as string;
  if (c === '{') {
    if (s.length > 2 && isSpecial(s[1] as string) && s[2] === '}') return { name: s.slice(1, 2), width: 3 };
    const close = s.indexOf('}', 1);
    if (close === 1) return { name: '', width: 2 }; // `${}`: bad syntax, eaten
    if (close < 0) return { name: '', width: 1 }; // `${` unclosed: bad syntax, `{` eaten
    return { name: s.slice(1, close), width: close + 1 };
  }
  if (isSpecial(c)) return { name: c, width: 1 };
  let i = 0;
  while (i < s.length && isAlphaNum(s[i] as string)) i++;
  return { name: s.slice(0, i), width: i };
}

export function goExpand(s: string, lookup: (name: string) => string | undefined): string {
  let out = '';
  let from = 0;
  for (let j = 0; j < s.length; j++) {
    if (s[j] !== '$' || j + 1 >= s.length) continue;
    out += s.slice(from, j);
    const { name, width } = shellName(s.slice(j + 1));
    if (name === '' && width > 0) {
      // invalid syntax: eaten
    } else if (name === '') {
      out += '$';
    } else {
      out += lookup(name) ?? '';
    }
    j += width;
    from = j + 1;
  }
  return out + s.slice(from);
}

/** The image config's `Env` as CST's driver reads it: KEY=value, split at the first `=`. */
export function envMapOf(env: readonly string[] | null | undefined): Map<string, string> {
  const m = new Map<string, string>();
  for (const e of env ?? []) {
    const eq = e.indexOf('=');
    // Go's convertSliceToMap would panic on an entry without `=`; such an entry is a name with no value.
    if (eq < 0) m.set(e, '');
    else m.set(e.slice(0, eq), e.slice(eq + 1));
  }
  return m;
}

/**
 * The image env with a policy's globalEnvVars committed over it, as CST's
 * docker driver does (SetEnv): each global's value is expanded from the
 * image's env alone (not from the other globals), later entries win. The one
 * home for that rule: file paths, a command test's variables and the env its
 * command is expanded from all start here.
 */
export function withGlobalEnv(imageEnv: ReadonlyMap<string, string>, globals: readonly { key: string; value: string }[]): Map<string, string> {
  const out = new Map(imageEnv);
  for (const g of globals)
    out.set(
      g.key,
      goExpand(g.value, (k) => imageEnv.get(k)),
    );
  return out;
}
