/**
 * Open any image location as an ImageSource. Registry access is injected, so
 * this module does not depend on the registry client (and tests can pass a
 * stub or a real client).
 */
import * as fs from 'node:fs/promises';
import { DockerArchive, OciArchive } from './archive.js';
import { OciLayout } from './layout.js';
import type { ImageLocation } from './location.js';
import type { ImageSource } from './source.js';
import { PipelineError } from '../errors.js';

export interface OpenedImage {
  source: ImageSource;
  /** The ref name to select inside the source, when the location named one. */
  ref?: string;
}

export type RegistryOpener = (reference: string) => Promise<ImageSource>;

export async function openImageSource(loc: ImageLocation, opts: { input?: string; registry?: RegistryOpener } = {}): Promise<OpenedImage> {
  const withRef = (source: ImageSource, ref: string | undefined): OpenedImage => (ref === undefined ? { source } : { source, ref });
  switch (loc.kind) {
    case 'layout':
      return withRef(await OciLayout.open(loc.path, opts.input), loc.ref);
    case 'oci-archive':
      return withRef(await OciArchive.open(loc.path, opts.input), loc.ref);
    case 'docker-archive':
      return withRef(await DockerArchive.open(loc.path, opts.input), loc.ref);
    case 'registry':
      if (opts.registry === undefined)
        throw new PipelineError(
          'UNSUPPORTED',
          `reading '${loc.reference}' from a registry is not available here`,
          opts.input === undefined ? {} : { input: opts.input },
        );
      return { source: await opts.registry(loc.reference) };
    case 'ambiguous': {
      const exists = await fs.stat(loc.text).then(
        () => true,
        () => false,
      );
      if (exists) return openImageSource({ kind: 'layout', path: loc.text }, opts);
      if (opts.registry === undefined) {
        throw new PipelineError('NOT_FOUND', `'${loc.text}' is neither an existing OCI layout folder nor a readable image`, {
          ...(opts.input === undefined ? {} : { input: opts.input }),
          hint: "Pass build-image's 'layout' output (a folder path), oci-archive:<file>, docker-archive:<file>, or docker://<reference>.",
        });
      }
      return { source: await opts.registry(loc.text) };
    }
  }
}
