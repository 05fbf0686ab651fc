/**
 * Tag sanitising: metadata-action's rule (every run of characters outside
 * A-Z a-z 0-9 . _ - becomes one '-'), then what the OCI tag grammar adds and
 * metadata-action leaves to the registry to refuse: no leading '.' or '-',
 * at most 128 characters. Pure.
 */
export function sanitizeTag(text: string): string {
  return text
    .replace(/[^a-zA-Z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 128);
}
