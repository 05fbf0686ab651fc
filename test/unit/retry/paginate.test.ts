import { describe, expect, test } from '@jest/globals';
import { isPipelineError, PipelineError } from '../../../shared/src/errors.js';
import { collectPages, paginate, type Page } from '../../../shared/src/retry/paginate.js';

/** Pages keyed by the token that asks for them ('' = the first). */
function pages(book: Record<string, Page<number>>): { fetch: (t: string | undefined) => Promise<Page<number>>; asked: Array<string | undefined> } {
  const asked: Array<string | undefined> = [];
  return {
    asked,
    fetch: async (t) => {
      asked.push(t);
      const p = book[t ?? ''];
      if (p === undefined) throw new Error(`no page for token ${String(t)}`);
      return p;
    },
  };
}

describe('paginate', () => {
  test('follows the token page by page until there is none, the first page without a token', async () => {
    const p = pages({ '': { items: [1, 2], next: 'a' }, a: { items: undefined, next: 'b' }, b: { items: [3], next: '' } });
    expect(await collectPages(p.fetch, { what: 'test listing', code: 'AWS' })).toEqual([1, 2, 3]);
    expect(p.asked).toEqual([undefined, 'a', 'b']);
  });

  test('fetches a page only when the items before it are used up', async () => {
    const p = pages({ '': { items: [1, 2], next: 'a' }, a: { items: [3] } });
    const it = paginate(p.fetch, { what: 'test listing', code: 'AWS' });
    expect((await it.next()).value).toBe(1);
    expect(p.asked).toEqual([undefined]);
    await it.next();
    await it.next();
    expect(p.asked).toEqual([undefined, 'a']);
    expect((await it.next()).done).toBe(true);
  });

  test('an endpoint that never stops ends at the page cap with an error naming what was listed', async () => {
    let n = 0;
    const endless = async (): Promise<Page<number>> => ({ items: [n], next: `t${++n}` });
    const e = await collectPages(endless, { what: 'DescribeImages in us-east-1', code: 'AWS', maxPages: 5 }).catch((x: unknown) => x);
    expect(isPipelineError(e, 'AWS')).toBe(true);
    expect((e as PipelineError).message).toContain('DescribeImages in us-east-1 still had more after 5 pages');
    expect(n).toBe(5);
  });

  test('a token that comes back is a loop: stopped at once, whatever the cap', async () => {
    const p = pages({ '': { items: [1], next: 'a' }, a: { items: [2], next: 'b' }, b: { items: [3], next: 'a' } });
    const e = await collectPages(p.fetch, { what: 'DescribeLaunchTemplates', code: 'AWS' }).catch((x: unknown) => x);
    expect(isPipelineError(e, 'AWS')).toBe(true);
    expect((e as PipelineError).message).toContain('DescribeLaunchTemplates returned the same page token twice');
    expect(p.asked).toEqual([undefined, 'a', 'b']);
  });

  test('the default cap is finite', async () => {
    let n = 0;
    const endless = async (): Promise<Page<number>> => ({ items: [], next: `t${++n}` });
    await expect(collectPages(endless, { what: 'x', code: 'REGISTRY' })).rejects.toThrow('after 1000 pages');
    expect(n).toBe(1000);
  });
});
