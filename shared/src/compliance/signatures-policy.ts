/**
 * A policy's `signatures:` section made ready to verify with: inline PEM keys
 * kept, key and trusted-root paths read relative to the policy file, each
 * confined to the workspace (links followed; confinePath) and bounded.
 *
 * The public-good sigstore trusted root is not built in: it rotates and is
 * distributed through TUF (tuf-repo-cdn.sigstore.dev), which a step that must
 * run offline cannot fetch; keyless policies name their trusted_root.json.
 */
import * as path from 'node:path';
import { confinePath } from '../action/workspace-path.js';
import { PipelineError } from '../errors.js';
import { preview } from '../preview.js';
import { readBoundedFile } from '../read-bounded-file.js';
import type { Matcher } from '../attest/verify.js';
import type { SignaturesSection } from './policy-types.js';
import type { SignaturePolicy } from './signatures.js';

/** A key file or trusted root larger than this is not a key or a root. */
export const MAX_TRUST_FILE_BYTES = 1024 * 1024;

export interface ResolveOptions {
  /** The policy file's path (its folder is what relative paths start from). */
  policyFile: string;
  /** Files must resolve inside this folder (the workspace). */
  workspace: string;
  /** Lets a test or the caller allow files outside the workspace (allow-outside-workspace). */
  allowOutside?: boolean;
}

const isPem = (s: string): boolean => s.includes('-----BEGIN ');

export async function resolveSignaturePolicy(section: SignaturesSection, opts: ResolveOptions): Promise<SignaturePolicy> {
  const base = path.dirname(path.resolve(opts.workspace, opts.policyFile));
  const read = async (field: string, value: string, what: string): Promise<string> => {
    const file = await confinePath(
      path.resolve(base, value),
      { workspace: opts.workspace, ...(opts.allowOutside === true ? { allowOutside: true } : {}) },
      {
        subject: `the policy's ${field} ('${preview(value, { max: 80, redact: false })}')`,
        hint: 'Name a file inside the repository, relative to the policy file.',
      },
    );
    return readBoundedFile(file, { what: `${what} '${preview(value, { max: 80, redact: false })}' (${field})`, maxBytes: MAX_TRUST_FILE_BYTES });
  };
  const keys = await Promise.all(
    (section.keys ?? []).map(async (k, i) => {
      const field = `signatures.keys[${i}]`;
      return isPem(k) ? { pem: k, source: field } : { pem: await read(field, k, 'the public key file'), source: `${field} (${k})` };
    }),
  );
  const policy: SignaturePolicy = { keys, requireSignature: section.signature !== false, require: [...(section.require ?? [])] };
  const kl = section.keyless;
  if (kl !== undefined) {
    const text = await read('signatures.keyless.trustedRoot', kl.trustedRoot, 'the sigstore trusted root');
    let trustedRoot: unknown;
    try {
      trustedRoot = JSON.parse(text);
    } catch (e) {
      throw new PipelineError('INPUT', `expected signatures.keyless.trustedRoot to be a JSON trusted_root.json, got '${preview(text)}'`, {
        hint: `It did not parse (${preview(e instanceof Error ? e.message : String(e), { max: 100 })}); use \`cosign trusted-root create\` or your sigstore's trusted_root.json.`,
      });
    }
    policy.keyless = {
      identity: matcher(kl.identity, kl.identityRegex),
      issuer: matcher(kl.issuer, kl.issuerRegex),
      trustedRoot,
      source: 'signatures.keyless',
    };
  }
  return policy;
}

/** The schema makes exactly one of the two present. */
function matcher(exact: string | undefined, regex: string | undefined): Matcher {
  return exact !== undefined ? { exact } : { regex: regex ?? '' };
}
