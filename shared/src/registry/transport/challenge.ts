/**
 * `WWW-Authenticate` challenges (RFC 7235) as registries send them:
 * `Bearer realm="https://auth.example/token",service="registry",scope="repository:a:pull"`
 * or `Basic realm="Registry"`. Pure.
 */
export interface Challenge {
  scheme: 'basic' | 'bearer';
  params: Record<string, string>;
}

/** The first Basic or Bearer challenge in the header; undefined if none. */
export function parseChallenge(header: string | undefined): Challenge | undefined {
  if (header === undefined) return undefined;
  const m = /^\s*(\w+)\s*(.*)$/s.exec(header);
  if (m === null) return undefined;
  const scheme = (m[1] as string).toLowerCase();
  if (scheme !== 'basic' && scheme !== 'bearer') return undefined;
  const params: Record<string, string> = {};
  const re = /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*,?\s*/g;
  const rest = m[2] as string;
  let p: RegExpExecArray | null;
  while ((p = re.exec(rest)) !== null) {
    if (p[0] === '') break;
    params[(p[1] as string).toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : (p[3] ?? '');
  }
  return { scheme, params };
}

/** A repository scope string: `repository:<name>:<actions>`. */
export const repositoryScope = (repository: string, actions: readonly ('pull' | 'push')[]): string => `repository:${repository}:${actions.join(',')}`;

/**
 * Merge scopes so each resource appears once with the union of its actions
 * (a token for `a:pull` and `a:push` is one scope `a:pull,push`).
 */
export function mergeScopes(scopes: Iterable<string>): string[] {
  const byResource = new Map<string, Set<string>>();
  for (const s of scopes) {
    for (const one of s.split(' ')) {
      const i = one.lastIndexOf(':');
      if (i <= 0) continue;
      const resource = one.slice(0, i);
      const set = byResource.get(resource) ?? new Set<string>();
      for (const a of one.slice(i + 1).split(',')) if (a !== '') set.add(a);
      byResource.set(resource, set);
    }
  }
  return [...byResource.entries()].map(([r, a]) => `${r}:${[...a].sort().join(',')}`).sort();
}
