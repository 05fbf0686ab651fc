/**
 * The one paginator for token-paged APIs (EC2's NextToken). A buggy or
 * hostile endpoint that keeps answering with a token, or repeats one, must
 * not loop forever: both end with an error naming what was listed.
 */
import { PipelineError, type ErrorCode } from '../errors.js';

export interface Page<T> {
  items: readonly T[] | undefined;
  /** The token for the next page; undefined or '' when this was the last. */
  next?: string | undefined;
}

export interface PaginateOptions {
  /** What is being listed, for the error ("DescribeImages in us-east-1"). */
  what: string;
  /** The error code for a misbehaving endpoint: the transport's ('AWS' for EC2). */
  code: ErrorCode;
  /** Most pages read. Default 1000 (EC2 pages hold up to 1000 items). */
  maxPages?: number;
}

export const DEFAULT_MAX_PAGES = 1000;

/** Every item of every page, in order, fetching a page only when the previous one is used up. */
export async function* paginate<T>(fetchPage: (token: string | undefined) => Promise<Page<T>>, opts: PaginateOptions): AsyncGenerator<T, void, undefined> {
  const maxPages = opts.maxPages ?? DEFAULT_MAX_PAGES;
  const seen = new Set<string>();
  let token: string | undefined;
  for (let pages = 1; ; pages++) {
    const page = await fetchPage(token);
    yield* page.items ?? [];
    token = page.next;
    if (token === undefined || token === '') return;
    if (seen.has(token)) {
      throw new PipelineError(opts.code, `${opts.what} returned the same page token twice; stopped after ${pages} pages`, {
        hint: 'The endpoint is misbehaving; run again, and report it if it persists.',
      });
    }
    seen.add(token);
    if (pages >= maxPages) {
      throw new PipelineError(opts.code, `${opts.what} still had more after ${maxPages} pages; stopped there`, {
        hint: 'Narrow what is listed (e.g. fewer resources under the filter), or report the endpoint if it is looping.',
      });
    }
  }
}

/** All items of all pages, as an array. */
export async function collectPages<T>(fetchPage: (token: string | undefined) => Promise<Page<T>>, opts: PaginateOptions): Promise<T[]> {
  const out: T[] = [];
  for await (const item of paginate(fetchPage, opts)) out.push(item);
  return out;
}
