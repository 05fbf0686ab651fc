/**
 * CVSS v3.x base scores computed from the vector (CVSS v3.1 specification,
 * section 7 and Appendix A), so an advisory that gives only a vector still
 * has a severity. Temporal and environmental metrics are ignored: the base
 * score is what the sources publish and what reports show.
 */
import type { SeverityLevel } from './advisory.js';

const WEIGHTS = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  C: { H: 0.56, L: 0.22, N: 0 },
  I: { H: 0.56, L: 0.22, N: 0 },
  A: { H: 0.56, L: 0.22, N: 0 },
} as const;
const PR_UNCHANGED = { N: 0.85, L: 0.62, H: 0.27 } as const;
const PR_CHANGED = { N: 0.85, L: 0.68, H: 0.5 } as const;
const BASE = ['AV', 'AC', 'PR', 'UI', 'S', 'C', 'I', 'A'] as const;

/** The spec's Roundup: the smallest one-decimal number >= x, robust to floating-point noise (Appendix A). */
export function roundUp(x: number): number {
  const i = Math.round(x * 100000);
  return i % 10000 === 0 ? i / 100000 : (Math.floor(i / 10000) + 1) / 10;
}

/** The base score of a `CVSS:3.0/...` or `CVSS:3.1/...` vector; undefined when it is not a complete v3 vector. */
export function cvss3BaseScore(vector: string): number | undefined {
  const parts = vector.trim().split('/');
  if (!/^CVSS:3\.[01]$/.test(parts[0] ?? '')) return undefined;
  const m = new Map<string, string>();
  for (const p of parts.slice(1)) {
    const [k, v, extra] = p.split(':');
    if (k === undefined || v === undefined || extra !== undefined || m.has(k)) return undefined;
    m.set(k, v);
  }
  if (BASE.some((k) => !m.has(k))) return undefined;
  const scope = m.get('S');
  if (scope !== 'U' && scope !== 'C') return undefined;
  const w = (table: Readonly<Record<string, number>>, k: string): number | undefined => table[m.get(k) ?? ''];
  const av = w(WEIGHTS.AV, 'AV');
  const ac = w(WEIGHTS.AC, 'AC');
  const pr = w(scope === 'C' ? PR_CHANGED : PR_UNCHANGED, 'PR');
  const ui = w(WEIGHTS.UI, 'UI');
  const c = w(WEIGHTS.C, 'C');
  const i = w(WEIGHTS.I, 'I');
  const a = w(WEIGHTS.A, 'A');
  if (av === undefined || ac === undefined || pr === undefined || ui === undefined || c === undefined || i === undefined || a === undefined) return undefined;
  const iss = 1 - (1 - c) * (1 - i) * (1 - a);
  const impact = scope === 'U' ? 6.42 * iss : 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15;
  const exploitability = 8.22 * av * ac * pr * ui;
  if (impact <= 0) return 0;
  return scope === 'U' ? roundUp(Math.min(impact + exploitability, 10)) : roundUp(Math.min(1.08 * (impact + exploitability), 10));
}

/** The spec's qualitative rating (Table 14); "None" (0.0) reads as negligible. */
export function levelOfScore(score: number): SeverityLevel {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score >= 0.1) return 'low';
  return 'negligible';
}
