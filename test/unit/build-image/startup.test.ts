/**
 * Issue 17 item 3: build-image's entry loads only what refusing an input needs. Its runner io writes the
 * workflow commands itself (shared/src/action/workflow-commands.ts) instead of loading @actions/core, whose entry
 * point pulls in @actions/http-client, undici and @actions/exec; the container build, the Packer build, the
 * push and the provenance are loaded by import() where used (build-image/src/run.ts). This fails if one of them
 * is reached statically again.
 */
import { describe, expect, it } from '@jest/globals';
import { entryGraph, matching } from '../../support/static-imports.js';

describe('build-image start-up: the static import graph of build-image/src/main.ts', () => {
  const { files, packages } = entryGraph('build-image/src/main.ts');

  it('reaches the entry, the inputs, the action shape and the runner io (the walker follows imports)', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'build-image/src/main.ts',
        'build-image/src/run.ts',
        'build-image/src/context.ts',
        'shared/src/action/run-action.ts',
        'shared/src/action/io.ts',
        'shared/src/action/workflow-commands.ts',
      ]),
    );
    // workflow-commands.ts's delimiter: the walker records bare specifiers too.
    expect(packages).toContain('node:crypto');
  });

  it('reaches no @actions package (the runner io is our own), undici, AWS SDK, sigstore or ajv', () => {
    expect(packages.filter((p) => /^@actions\/|^undici$|^@aws-sdk\/|^@sigstore\/|^ajv$/.test(p))).toEqual([]);
  });

  it('reaches neither the container build, nor the Packer build, nor the push, nor the provenance', () => {
    const heavy = [
      /^shared\/src\/builders\/build\.ts$/,
      /^shared\/src\/builders\/buildah\.ts$/,
      /^shared\/src\/builders\/packer\/build-machine-image\.ts$/,
      /^build-image\/src\/publish\.ts$/,
      /^build-image\/src\/provenance\.ts$/,
      /^shared\/src\/attest\//,
    ];
    expect(matching(files, heavy)).toEqual([]);
  });
});
