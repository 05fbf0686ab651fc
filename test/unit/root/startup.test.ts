/**
 * Issue 17 item 3: the all-in-one action's entry (src/main.ts) checks every stage's inputs before anything
 * builds, so it reaches the three stages' input readers, but not what only a run needs. Its runner io writes the
 * workflow commands itself (shared/src/action/workflow-commands.ts) instead of loading @actions/core (with
 * @actions/http-client, undici and @actions/exec); the container build, the push's provenance, signing and the
 * heavy checks of test-image are loaded by import() where used. This fails if one of them is reached statically.
 * The stages' run code itself (each X/src/run.ts and what only it imports) is loaded by import() when the pipeline
 * runs: masking the secrets and naming the outputs use each stage's light secrets.ts and outputs.ts.
 */
import { describe, expect, it } from '@jest/globals';
import { entryGraph, matching } from '../../support/static-imports.js';

describe('image-pipeline start-up: the static import graph of src/main.ts', () => {
  const { files, packages } = entryGraph('src/main.ts');

  it("reaches the entry, each stage's inputs and the runner io (the walker follows imports)", () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'src/main.ts',
        'src/run.ts',
        'src/context.ts',
        'build-image/src/context.ts',
        'test-image/src/context.ts',
        'distribute-image/src/context.ts',
        'shared/src/action/io.ts',
        'shared/src/action/workflow-commands.ts',
      ]),
    );
    expect(packages).toContain('node:crypto');
  });

  it('reaches no @actions package (the runner io is our own), undici, AWS SDK, sigstore or ajv', () => {
    expect(packages.filter((p) => /^@actions\/|^undici$|^@aws-sdk\/|^@sigstore\/|^ajv$/.test(p))).toEqual([]);
  });

  it('reaches no YAML reader: it is loaded by import() only when a YAML input (registry-auth) is given', () => {
    // Issue 17 item 3: yaml was ~290 KB of the ~840 KB entry bundle, parsed and run at every start, through
    // credentials/registry-auth.ts; it now comes from shared/src/action/yaml-reader.ts, which main() preloads.
    expect(files).toEqual(expect.arrayContaining(['shared/src/registry/credentials/registry-auth.ts', 'shared/src/action/yaml-reader.ts']));
    expect(packages.filter((p) => p === 'yaml')).toEqual([]);
  });

  it('reaches no semver: the build loads it by import() only when a tag rule may read a version (a git tag ref, a rule with its own value)', () => {
    // Issue 17 item 3: ~85 KB of the entry bundle, its regular expressions compiled at every start, through github/metadata/tag-types.ts.
    expect(files).toContain('shared/src/github/metadata/tag-types.ts');
    expect(packages.filter((p) => p === 'semver')).toEqual([]);
  });

  it('reaches neither the container build, the Packer build, the provenance, signing, nor the machine-image or signature checks', () => {
    const heavy = [
      /^shared\/src\/builders\/build\.ts$/,
      /^shared\/src\/builders\/buildah\.ts$/,
      /^shared\/src\/builders\/packer\/build-machine-image\.ts$/,
      /^build-image\/src\/publish\.ts$/,
      /^build-image\/src\/provenance\.ts$/,
      /^shared\/src\/attest\/sign\.ts$/,
      /^shared\/src\/aws\/ec2-client\.ts$/,
      /^shared\/src\/compliance\/machine\//,
      /^shared\/src\/compliance\/signatures\.ts$/,
      /^shared\/src\/compliance\/policy-load\.ts$/,
      /^shared\/src\/compliance\/policy-validators\.generated\.ts$/,
    ];
    expect(matching(files, heavy)).toEqual([]);
  });

  it("reaches no stage's run code: the stages are loaded by import() when the pipeline runs, after the inputs", () => {
    expect(files.filter((f) => /^(build-image|test-image|distribute-image)\/src\/run\.ts$/.test(f))).toEqual([]);
    // What each stage's run.ts imports and its inputs do not: the summaries, the push, the layer scan.
    const runOnly = [
      /^shared\/src\/report\/summary\/(build|test|push)\.ts$/,
      /^shared\/src\/distribute\/push-image\.ts$/,
      /^shared\/src\/report\/report-files\.ts$/,
    ];
    expect(matching(files, runOnly)).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['build-image/src/secrets.ts', 'test-image/src/outputs.ts', 'distribute-image/src/outputs.ts']));
  });

  it("the test stage's run code reaches the default policy, not the policy reader: a run without a policy loads no YAML reader, generated validators or regex engine for it", () => {
    // Issue 17 item 3: the reader and its ~275 KB of generated schema validators were loaded by every test stage
    // (~3 MB of the root action's peak RSS at run start). test-image/src/run.ts loads it by import() only for a policy input.
    const stage = entryGraph('test-image/src/run.ts');
    expect(stage.files).toContain('shared/src/compliance/policy-default.ts');
    expect(matching(stage.files, [/^shared\/src\/compliance\/policy-load\.ts$/, /^shared\/src\/compliance\/policy-validators\.generated\.ts$/])).toEqual([]);
  });

  it("the test stage's checks load fflate, packageurl-js and re2js only when an image or policy needs them", () => {
    // Issue 17: jar reading (fflate, +1.8 MB and its table compile), package URLs (packageurl-js, +3.6 MB) and policy
    // patterns (re2js, +1.2 MB) were reached statically by the container check that test-image/src/run.ts imports when
    // the stage runs. Each is now an import() awaited where a jar, a package or a pattern is met.
    const lazy = [/^fflate$/, /^packageurl-js$/, /^re2js$/];
    const checks = entryGraph('shared/src/compliance/check-image.ts');
    // The walker reaches the modules that use them: the jar reader, the purls, the structure tests.
    expect(checks.files).toEqual(
      expect.arrayContaining([
        'shared/src/compliance/sbom/maven.ts',
        'shared/src/compliance/sbom/purl.ts',
        'shared/src/compliance/cst/static-tests.ts',
        'shared/src/compliance/cst/command-tests.ts',
      ]),
    );
    expect(matching(checks.packages, lazy)).toEqual([]);
    expect(matching(entryGraph('test-image/src/run.ts').packages, lazy)).toEqual([]);
  });
});
