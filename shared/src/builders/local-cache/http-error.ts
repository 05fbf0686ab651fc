/**
 * A refusal the cache registry answers with: an HTTP status and one of the
 * distribution spec's error codes (BLOB_UNKNOWN, MANIFEST_INVALID, ...), which
 * containers/image reads to decide what failed.
 */
export class RegistryHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The spec's error body: `{"errors":[{"code","message","detail"}]}`. */
export const errorBody = (code: string, message: string): string => JSON.stringify({ errors: [{ code, message, detail: null }] });
