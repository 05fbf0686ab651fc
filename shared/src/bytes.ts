/** Byte counts for people: formatted in binary units, and parsed from policy and input text. */

/** 0 B, 1023 B, 1.5 KiB, 300 MiB, 3.0 GiB: one decimal below 10, none above. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[u]}`;
}

/** Parse `500MB` (decimal), `1GiB` (binary), `123` (bytes); undefined when malformed. */
export function parseSize(value: string | number): number | undefined {
  if (typeof value === 'number') return value;
  const m = /^(\d+(?:\.\d+)?)\s*([KMGT]i?B|B)?$/.exec(value.trim());
  if (m === null) return undefined;
  const unit = m[2] ?? 'B';
  const pow = { B: 0, K: 1, M: 2, G: 3, T: 4 }[unit[0] as 'B' | 'K' | 'M' | 'G' | 'T'];
  const base = unit.includes('i') ? 1024 : 1000;
  return Math.round(Number(m[1]) * base ** pow);
}
