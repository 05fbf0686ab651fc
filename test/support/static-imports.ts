/**
 * The static import graph of an entry file, as node (and ncc's bundle) loads it before the first line runs:
 * `import ... from`, `import '...'` and `export ... from`, followed through the repository's own .ts files.
 * Type-only imports (`import type`, or every named binding marked `type`) are skipped, since TypeScript erases
 * them; `import()` expressions are skipped, since they load on first use (the lazy-loading pattern). An import
 * whose bindings are all used only as types but not marked `type` is counted: conservative, it can only
 * report more than is loaded.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

export interface StaticGraph {
  /** The repository files reached, absolute paths. */
  files: Set<string>;
  /** Bare specifiers reached (npm packages and node: builtins), each with the first file that imports it. */
  packages: Map<string, string>;
}

function staticSpecifiers(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const out: string[] = [];
  for (const s of source.statements) {
    if (ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier)) {
      const clause = s.importClause;
      if (clause?.isTypeOnly === true) continue;
      const named = clause?.namedBindings;
      const allTypes =
        clause !== undefined &&
        clause.name === undefined &&
        named !== undefined &&
        ts.isNamedImports(named) &&
        named.elements.length > 0 &&
        named.elements.every((e) => e.isTypeOnly);
      if (allTypes) continue;
      out.push(s.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(s) && s.moduleSpecifier !== undefined && ts.isStringLiteral(s.moduleSpecifier)) {
      if (s.isTypeOnly) continue;
      const clause = s.exportClause;
      if (clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly)) continue;
      out.push(s.moduleSpecifier.text);
    }
  }
  return out;
}

/** `./x.js` -> `./x.ts` (NodeNext style), or `./x/index.ts`. */
function resolveLocal(from: string, spec: string): string {
  const base = path.resolve(path.dirname(from), spec);
  const candidates = [base.replace(/\.js$/, '.ts'), base.replace(/\.mjs$/, '.mts'), base, `${base}.ts`, path.join(base, 'index.ts')];
  const found = candidates.find((c) => existsSync(c) && c.match(/\.(ts|mts|js|mjs|json)$/));
  if (found === undefined) throw new Error(`${from}: cannot resolve '${spec}'`);
  return found;
}

export function staticImportGraph(entry: string): StaticGraph {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const queue = [path.resolve(entry)];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    if (!/\.(ts|mts)$/.test(file)) continue;
    for (const spec of staticSpecifiers(file)) {
      if (spec.startsWith('.')) queue.push(resolveLocal(file, spec));
      else if (!packages.has(spec)) packages.set(spec, file);
    }
  }
  return { files, packages };
}

/** The repository's root, which the start-up tests name files against. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The static graph of an entry named from the repository's root (`build-image/src/main.ts`): the files as
 * repository-relative paths with `/`, and the bare specifiers reached. The one setup of every action's
 * startup.test.ts (issue 17 item 3), which then asserts what it must and must not reach.
 */
export function entryGraph(entry: string): { files: string[]; packages: string[] } {
  const graph = staticImportGraph(path.join(REPO_ROOT, entry));
  return {
    files: [...graph.files].map((f) => path.relative(REPO_ROOT, f).replace(/\\/g, '/')),
    packages: [...graph.packages.keys()],
  };
}

/** The entries of `list` that match one of `patterns`: what a start-up test expects to be empty. */
export const matching = (list: readonly string[], patterns: readonly RegExp[]): string[] => list.filter((x) => patterns.some((p) => p.test(x)));
