/**
 * Issue 17 item 3: check-updates' entry loads only what refusing an input needs. The update check (registry
 * client, image reader, package indexes), the policy reader (ajv) and signature verification (sigstore) are
 * loaded by import() where used (check-updates/src/run.ts); this fails if one is imported statically again.
 */
import { describe, expect, it } from '@jest/globals';
import { entryGraph, matching } from '../../support/static-imports.js';

describe('check-updates start-up: the static import graph of check-updates/src/main.ts', () => {
  const { files, packages } = entryGraph('check-updates/src/main.ts');

  it('reaches the entry, the inputs and the action shape (the walker follows imports)', () => {
    expect(files).toEqual(expect.arrayContaining(['check-updates/src/main.ts', 'check-updates/src/run.ts', 'check-updates/src/context.ts']));
    // The runner io's workflow-commands.ts (its delimiter), in place of @actions/core: the walker records bare specifiers.
    expect(packages).toContain('node:crypto');
  });

  it('reaches no AWS SDK, sigstore, @actions/core (with undici) or ajv package', () => {
    expect(packages.filter((p) => /^@aws-sdk\/|^@sigstore\/|^@actions\/(core|http-client)$|^undici$|^ajv$/.test(p))).toEqual([]);
  });

  it('reaches neither the update check nor the policy reader nor signature verification', () => {
    const heavy = [/^shared\/src\/updates\/check\.ts$/, /^shared\/src\/compliance\/policy-load\.ts$/, /^shared\/src\/compliance\/signatures(-policy)?\.ts$/];
    expect(matching(files, heavy)).toEqual([]);
  });

  it('reaches not the package check (index reader, layer scan, tar-stream): package-index-urls is checked by index-urls.ts alone', () => {
    expect(
      files.filter((f) => /^shared\/src\/updates\/(package-check|package-updates|fetch-index|read-installed)\.ts$|^shared\/src\/layers\//.test(f)),
    ).toEqual([]);
    expect(packages).not.toContain('tar-stream');
  });
});
