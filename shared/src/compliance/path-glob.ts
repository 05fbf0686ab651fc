/**
 * Globs for ignore scopes (pure): `*` and `?` stay within one path segment,
 * `**` crosses segments, `{a,b}` picks one. A pattern ending in `/**` also
 * matches the folder itself.
 */

export function globToRegExp(glob: string): RegExp {
  let re = '';
  let i = 0;
  let inBraces = false;
  while (i < glob.length) {
    const c = glob[i] as string;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slashAfter = glob[i + 2] === '/';
        re += slashAfter ? '(?:.*/)?' : '.*';
        i += slashAfter ? 3 : 2;
        continue;
      }
      re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      re += '(?:';
      inBraces = true;
    } else if (c === '}' && inBraces) {
      re += ')';
      inBraces = false;
    } else if (c === ',' && inBraces) re += '|';
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
    i++;
  }
  if (glob.endsWith('/**')) re = `${re.slice(0, -'/.*'.length)}(?:/.*)?`;
  return new RegExp(`^${re}$`);
}

export const matchesGlob = (glob: string, text: string): boolean => globToRegExp(glob).test(text);
