import { describe, expect, test } from '@jest/globals';
import type { CachePlan, CacheSpec } from '../../../shared/src/builders/builder.js';
import { reachableCaches } from '../../../shared/src/builders/cache-reach.js';
import { parseCacheSpecs } from '../../../shared/src/builders/cache-spec.js';
import { PipelineError } from '../../../shared/src/errors.js';
import type { ClientFactory } from '../../../shared/src/registry/client/connect.js';
import type { RegistryClient } from '../../../shared/src/registry/client/client.js';

/** A client factory whose registries answer as the table says; it records every check asked. */
function fakeClients(answers: Record<string, Error | undefined>): { clients: ClientFactory; asked: string[] } {
  const asked: string[] = [];
  const clients: ClientFactory = (registry) =>
    ({
      blobExists: (repo: string, _digest: string, actions: readonly string[]) => {
        asked.push(`${registry}/${repo} ${actions.join('+')}`);
        const a = answers[registry];
        return a === undefined ? Promise.resolve(false) : Promise.reject(a);
      },
    }) as unknown as RegistryClient;
  return { clients, asked };
}

const logger = () => {
  const warnings: string[] = [];
  return { warnings, log: { info: () => undefined, debug: () => undefined, warning: (l: string) => warnings.push(l) } };
};

const plan = (from: string, to: string, noCache = false): CachePlan => ({
  from: parseCacheSpecs(from, 'cache-from'),
  to: parseCacheSpecs(to, 'cache-to'),
  noCache,
});

describe('reachableCaches', () => {
  test('caches that answer are kept; cache-from is asked for pull, cache-to for pull and push', async () => {
    const { clients, asked } = fakeClients({});
    const { warnings, log } = logger();
    const p = plan('reg.lan/app-cache', 'type=registry,ref=reg.lan/app-cache,mode=max');
    expect(await reachableCaches(p, clients, log)).toEqual(p);
    expect(asked).toEqual(['reg.lan/app-cache pull', 'reg.lan/app-cache pull+push']);
    expect(warnings).toEqual([]);
  });

  test('an unreachable or refusing registry is dropped with a warning naming the line, the ref and why', async () => {
    const { clients } = fakeClients({
      'down.lan': new PipelineError('NETWORK', 'GET http://down.lan/v2/ failed: connect ECONNREFUSED'),
      'auth.lan': new PipelineError('AUTH', 'auth.lan refused HEAD blob (HTTP 401)'),
    });
    const { warnings, log } = logger();
    const out = await reachableCaches(plan('down.lan/c\nok.lan/c', '\nauth.lan/c'), clients, log);
    expect(out.from.map((s) => (s as Extract<CacheSpec, { type: 'registry' }>).ref)).toEqual(['ok.lan/c']);
    expect(out.to).toEqual([]);
    expect(warnings).toEqual([
      'cache-from line 1: the cache down.lan/c cannot be used (GET http://down.lan/v2/ failed: connect ECONNREFUSED); building without it (cold)',
      'cache-to line 2: the cache auth.lan/c cannot be used (auth.lan refused HEAD blob (HTTP 401)); building without it, so no cache is saved',
    ]);
  });

  test('no-cache: cache-from is never read, so not asked; local folders and skipped refs are not asked', async () => {
    const { clients, asked } = fakeClients({ 'down.lan': new Error('boom') });
    const { warnings, log } = logger();
    const p: CachePlan = {
      from: parseCacheSpecs('down.lan/c', 'cache-from'),
      to: [...parseCacheSpecs('type=local,dest=/tmp/x', 'cache-to'), ...parseCacheSpecs('127.0.0.1:1/cache', 'cache-to')],
      noCache: true,
    };
    expect(await reachableCaches(p, clients, log, new Set(['127.0.0.1:1/cache']))).toEqual(p);
    expect(asked).toEqual([]);
    expect(warnings).toEqual([]);
  });
});
