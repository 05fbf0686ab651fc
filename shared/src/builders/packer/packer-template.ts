/**
 * What we need to know about a Packer template before running it: HCL2 or
 * legacy JSON, the folder Packer should run in, whether it declares
 * `required_plugins` (then Packer 1.7+ needs `packer init`), and where the
 * manifest post-processor writes its file.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { PipelineError } from '../../errors.js';

export type TemplateKind = 'hcl' | 'json';

export interface PackerTemplate {
  /** Absolute path Packer is given: a file or an HCL2 folder. */
  path: string;
  kind: TemplateKind;
  /** The folder Packer runs in; relative paths in the template resolve against it. */
  dir: string;
  /** The text of every file of the template. */
  sources: { file: string; text: string }[];
}

/** Whether a path names a Packer template by its suffix (the `kind: machine` auto-detection). */
export const isPackerTemplatePath = (p: string): boolean => /\.pkr\.(hcl|json)$/.test(p);

export async function readTemplate(templatePath: string, input = 'template'): Promise<PackerTemplate> {
  const abs = path.resolve(templatePath);
  const st = await fs.stat(abs).catch(() => undefined);
  if (st === undefined)
    throw new PipelineError('NOT_FOUND', `Packer template ${templatePath} does not exist`, {
      input,
      hint: 'Give a *.pkr.hcl file, a folder of them, or a *.json template, relative to the workspace.',
    });
  if (st.isDirectory()) {
    const files = (await fs.readdir(abs)).filter((f) => f.endsWith('.pkr.hcl') || f.endsWith('.pkr.json')).sort();
    if (files.length === 0) throw new PipelineError('NOT_FOUND', `folder ${templatePath} holds no *.pkr.hcl or *.pkr.json file`, { input });
    const sources = await Promise.all(files.map(async (f) => ({ file: path.join(abs, f), text: await fs.readFile(path.join(abs, f), 'utf8') })));
    return { path: abs, kind: 'hcl', dir: abs, sources };
  }
  const kind: TemplateKind | undefined = isPackerTemplatePath(abs) ? 'hcl' : abs.endsWith('.json') ? 'json' : undefined;
  if (kind === undefined) throw new PipelineError('INPUT', `${templatePath} is not a Packer template (*.pkr.hcl, *.pkr.json or *.json)`, { input });
  return { path: abs, kind, dir: path.dirname(abs), sources: [{ file: abs, text: await fs.readFile(abs, 'utf8') }] };
}

/** HCL2 templates (and their JSON form) that name plugins to install. */
export function declaresRequiredPlugins(t: PackerTemplate): boolean {
  return t.kind === 'hcl' && t.sources.some((s) => /(^|[\s{"])required_plugins\b/m.test(s.text));
}

/**
 * Output files of manifest post-processors, relative to the template folder.
 * An output with interpolation cannot be known before the run and is left
 * out (the caller can name the file instead).
 */
export function manifestOutputs(t: PackerTemplate): string[] {
  const out = new Set<string>();
  for (const s of t.sources) {
    if (s.file.endsWith('.json')) {
      let doc: unknown;
      try {
        doc = JSON.parse(s.text);
      } catch {
        continue;
      }
      for (const pp of walkPostProcessors(doc))
        if (pp['type'] === 'manifest') out.add(typeof pp['output'] === 'string' ? pp['output'] : 'packer-manifest.json');
    } else {
      for (const m of s.text.matchAll(/post-processor\s+"manifest"\s*\{/g)) {
        const body = blockBody(s.text, (m.index ?? 0) + m[0].length);
        const o = /(?:^|\n)\s*output\s*=\s*"((?:[^"\\]|\\.)*)"/.exec(body)?.[1];
        out.add(o ?? 'packer-manifest.json');
      }
    }
  }
  return [...out].filter((o) => !o.includes('{{') && !o.includes('${'));
}

/** The text of an HCL block from just after its `{` to its matching `}` (braces in strings counted out). */
function blockBody(text: string, from: number): string {
  let depth = 1;
  let inString = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return text.slice(from, i);
  }
  return text.slice(from);
}

function* walkPostProcessors(doc: unknown): Generator<Record<string, unknown>> {
  if (typeof doc !== 'object' || doc === null) return;
  const pps = (doc as Record<string, unknown>)['post-processors'];
  if (!Array.isArray(pps)) return;
  for (const pp of pps.flat(2)) {
    if (typeof pp === 'string') yield { type: pp };
    else if (typeof pp === 'object' && pp !== null) yield pp as Record<string, unknown>;
  }
}
