/**
 * The built layout's root descriptor, build-push-action's `containerimage.descriptor` (the `metadata` output).
 * Apart from publish.ts, which loads the push, the exports and the push summary: a build that publishes
 * nothing (the all-in-one action's build stage) needs only this (issue 17 item 3).
 */
import { PipelineError } from '../../shared/src/errors.js';
import { OciLayout } from '../../shared/src/oci/layout.js';
import type { Descriptor } from '../../shared/src/oci/types.js';

/** The layout's root (manifest or index) descriptor without the layout's ref-name annotation. */
export async function rootDescriptor(layout: string): Promise<Descriptor> {
  const root = (await (await OciLayout.open(layout)).roots())[0];
  if (root === undefined) throw new PipelineError('INTERNAL', `the layout ${layout} has no image`);
  const { annotations: _annotations, ...rest } = root;
  return rest;
}
