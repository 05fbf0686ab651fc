/**
 * lazy-module.ts: the one mechanism behind every library loaded only when a run needs it (yaml, semver,
 * packageurl-js, re2js, fflate). A get() before the load is a bug and must throw INTERNAL in a bundle; from the
 * sources a module with a requireId is required on first use.
 */
import { describe, expect, it } from '@jest/globals';
import { PipelineError } from '../../shared/src/errors.js';
import { BUNDLED, lazyModule } from '../../shared/src/lazy-module.js';

describe('lazyModule', () => {
  it('load() imports once however many callers, then get() returns the module', async () => {
    let imports = 0;
    const m = lazyModule(async () => {
      imports++;
      return { answer: 42 };
    }, 'missed');
    expect(m.loaded()).toBe(false);
    const [a, b] = await Promise.all([m.load(), m.load()]);
    expect(a).toBe(b);
    expect(imports).toBe(1);
    expect(m.loaded()).toBe(true);
    expect(m.get()).toEqual({ answer: 42 });
  });

  it('in a bundle, get() before the load throws INTERNAL with the message naming the preload, even with a requireId', () => {
    const m = lazyModule(() => import('semver'), 'call loadX() first', { requireId: 'semver', bundled: true });
    let thrown: unknown;
    try {
      m.get();
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(PipelineError);
    expect((thrown as PipelineError).code).toBe('INTERNAL');
    expect((thrown as PipelineError).message).toContain('call loadX() first');
    expect(m.loaded()).toBe(false);
  });

  it('from the sources, get() requires a module that has a requireId, and counts it as loaded', () => {
    const m = lazyModule<{ valid: (v: string) => string | null }>(() => Promise.reject(new Error('not used')), 'missed', {
      requireId: 'semver',
      bundled: false,
    });
    expect(m.get().valid('1.2.3')).toBe('1.2.3');
    expect(m.loaded()).toBe(true);
  });

  it('from the sources without a requireId, get() before the load still throws INTERNAL', () => {
    const m = lazyModule(async () => 1, 'missed preload', { bundled: false });
    expect(() => m.get()).toThrow('missed preload');
  });

  it('jest runs the sources, not a bundle', () => {
    expect(BUNDLED).toBe(false);
  });
});
