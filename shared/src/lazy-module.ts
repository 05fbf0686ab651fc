/**
 * A library loaded by import() only when a run needs it, then read synchronously by code that cannot await
 * (issue 17: each of these was parsed and run at every start while most runs never use it). The one async
 * caller before the synchronous code awaits `load()`; the synchronous code takes the module from `get()`.
 *
 * A `get()` before the load has finished is a bug in the caller, and throws INTERNAL naming the preload: it
 * never skips a check or drops a package. Run from the sources (jest, tsx, the local runner), a module given a
 * `requireId` is required synchronously instead, so tests of a parser need no preload; in a bundle there is no
 * node_modules to require from (ncc rewrites `__webpack_require__` to its own loader, which is how a bundle is
 * told apart).
 */
import { createRequire } from 'node:module';
import { PipelineError } from './errors.js';

declare const __webpack_require__: unknown;
/** Whether this code runs from an ncc bundle. */
export const BUNDLED = typeof __webpack_require__ === 'function';

export interface LazyModule<T> {
  /** Loads the module: one import however many callers, cheap after the first. */
  load(): Promise<T>;
  /** Whether load() has finished. */
  loaded(): boolean;
  /** The loaded module; see above for a get() before the load. */
  get(): T;
}

export interface LazyModuleOptions {
  /** A package id to require synchronously when not bundled and not yet loaded. */
  requireId?: string;
  /** Whether this runs from a bundle (tests set it; default: detected). */
  bundled?: boolean;
}

/** `importer` loads the module; `missed` is the INTERNAL message for a get() before the load. */
export function lazyModule<T>(importer: () => Promise<T>, missed: string, opts: LazyModuleOptions = {}): LazyModule<T> {
  let value: T | undefined;
  let loading: Promise<T> | undefined;
  const bundled = opts.bundled ?? BUNDLED;
  return {
    load: () => (loading ??= importer().then((m) => (value = m))),
    loaded: () => value !== undefined,
    get: () => {
      if (value !== undefined) return value;
      if (bundled || opts.requireId === undefined) throw new PipelineError('INTERNAL', missed);
      value = createRequire(import.meta.url)(opts.requireId) as T;
      return value;
    },
  };
}
