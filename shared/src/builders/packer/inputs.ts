/**
 * The machine-image inputs of build-image, read from `INPUT_*` variables into
 * the options buildMachineImage takes. Pure over `env`.
 */
import { getInput, getList, parseKeyValues, type Env } from '../../action/inputs.js';
import type { BuildMachineImageOptions } from './build-machine-image.js';

export type BuildMachineImageInputs = Omit<BuildMachineImageOptions, 'onProgress' | 'log' | 'env'>;

export function getBuildMachineImageInputs(env: Env): BuildMachineImageInputs {
  const sha = getInput(env, 'packer-sha256');
  const releases = getInput(env, 'packer-releases-url');
  const manifest = getInput(env, 'packer-manifest');
  const amiRegion = getInput(env, 'ami-region');
  return {
    // `file` (build-image's Dockerfile input) is accepted too, so `file: base.pkr.hcl` alone selects a machine build.
    template: getInput(env, 'template') || getInput(env, 'file') || getInput(env, 'template', { required: true }),
    packerVersion: getInput(env, 'packer-version') || 'system',
    ...(sha !== '' ? { packerSha256: sha } : {}),
    ...(releases !== '' ? { releasesUrl: releases } : {}),
    variables: Object.fromEntries(parseKeyValues(getInput(env, 'packer-vars', { trim: false }), 'packer-vars', { keyPattern: /^[A-Za-z_][\w-]*$/ })),
    varFiles: getList(env, 'packer-var-files', { commas: false }),
    only: getList(env, 'packer-only'),
    ...(manifest !== '' ? { manifest } : {}),
    ...(amiRegion !== '' ? { amiRegion } : {}),
  };
}
