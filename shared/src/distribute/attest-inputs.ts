/**
 * distribute-image's attestation inputs: `attach`, `sign`, `signing-key`,
 * `public-key`, `fulcio-url`, `rekor-url`, `tsa-url` and
 * `allow-outside-workspace`. getAttestInputs is pure (every bad value is an
 * INPUT error naming the input before anything is pushed; the signing key is
 * checked here, never echoed); readAttachFiles is the edge that reads the
 * files. The signer is built in attest-signer.ts, apart, since it loads
 * sigstore and only a run that signs needs it.
 *
 * `sign` defaults to keyless when the job can get an OIDC token
 * (ACTIONS_ID_TOKEN_REQUEST_URL set, i.e. `permissions: id-token: write`),
 * to key when `signing-key` is set, else to none (run.ts says how to enable).
 */
import { getEnum, getInput, getBoolean, getList, type Env } from '../action/inputs.js';
import { ALLOW_OUTSIDE_INPUT, workspaceFile, workspaceOf, type WorkspaceScope } from '../action/workspace-path.js';
import { loadSigningKey, SIGNING_KEY_INPUT } from '../attest/keys.js';
import { githubOidcFromEnv, type GitHubOidcOptions } from '../attest/oidc.js';
import { PipelineError } from '../errors.js';
import { MiB, readBoundedFile } from '../read-bounded-file.js';
import { ATTACH_INPUT, type AttachFile } from './attachments.js';

export const SIGN_INPUT = 'sign';
/** `github-attestations: true` stores the signed bundles through GitHub's API too (github-attestations.ts). */
export const GITHUB_ATTESTATIONS_INPUT = 'github-attestations';
export const SIGN_MODES = ['keyless', 'key', 'none'] as const;
export type SignMode = (typeof SIGN_MODES)[number];

/** Most bytes of one `attach` file: an SBOM of a large image is tens of MiB. */
export const MAX_ATTACH_BYTES = 64 * MiB;
/** Most `attach` files: each is one referrer (and one signature) per destination. */
export const MAX_ATTACH_FILES = 32;

export type SignInputs =
  | { kind: 'none'; /** sign was not set and the job cannot get an OIDC token. */ defaulted: boolean }
  | { kind: 'key'; privateKeyPem: string; publicKeyPem?: string }
  | { kind: 'keyless'; oidc: GitHubOidcOptions; fulcioUrl?: string; rekorUrl?: string; tsaUrl?: string };

export interface AttestInputs {
  /** `attach` paths as given (resolved and read at run time, inside the workspace). */
  attach: string[];
  sign: SignInputs;
  scope: WorkspaceScope;
  /**
   * Files this run's own earlier stages wrote (the all-in-one action's SBOMs
   * and provenance, under RUNNER_TEMP): attached too, read without the
   * workspace rule (no user named them), still bounded.
   */
  generated?: string[];
}

/** A sigstore service URL: https, or http to a loopback host (tests, a local instance). */
function serviceUrl(env: Env, input: string): string | undefined {
  const v = getInput(env, input);
  if (v === '') return undefined;
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    throw new PipelineError('INPUT', `input '${input}': expected an https URL, got '${v}'`, {
      input,
      hint: 'Write the service base URL, e.g. https://fulcio.sigstore.dev.',
    });
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && loopback)) {
    throw new PipelineError('INPUT', `input '${input}': expected an https URL, got '${u.protocol}' in '${v}'`, {
      input,
      hint: 'Sigstore services are reached over https (plain http only on loopback).',
    });
  }
  return v;
}

function signInputs(env: Env): SignInputs {
  const key = getInput(env, SIGNING_KEY_INPUT, { trim: false }).trim();
  const publicKey = getInput(env, 'public-key', { trim: false }).trim();
  const oidc = githubOidcFromEnv(env);
  const given = getInput(env, SIGN_INPUT) !== '';
  const mode: SignMode = given ? getEnum(env, SIGN_INPUT, SIGN_MODES, 'none') : key !== '' ? 'key' : oidc !== undefined ? 'keyless' : 'none';
  const urls = ['fulcio-url', 'rekor-url', 'tsa-url'].map((n) => [n, serviceUrl(env, n)] as const);
  if (mode !== 'key' && key !== '') {
    throw new PipelineError('INPUT', `input '${SIGNING_KEY_INPUT}' is set, but input 'sign' is '${mode}'`, {
      input: SIGNING_KEY_INPUT,
      hint: 'Set sign: key to sign with it, or remove signing-key.',
    });
  }
  if (mode !== 'key' && publicKey !== '') {
    throw new PipelineError('INPUT', `input 'public-key' is set, but input 'sign' is '${mode}'`, {
      input: 'public-key',
      hint: 'public-key checks signing-key; use it with sign: key.',
    });
  }
  if (mode !== 'keyless') {
    const set = urls.find(([, v]) => v !== undefined);
    if (set !== undefined) {
      throw new PipelineError('INPUT', `input '${set[0]}' is set, but input 'sign' is '${mode}'`, {
        input: set[0],
        hint: 'Sigstore services are used by sign: keyless only.',
      });
    }
  }
  if (mode === 'none') return { kind: 'none', defaulted: !given };
  if (mode === 'key') {
    if (key === '') {
      throw new PipelineError('INPUT', "input 'sign' is 'key', but input 'signing-key' is empty", {
        input: SIGNING_KEY_INPUT,
        hint: 'Pass a PEM PKCS#8 P-256 private key from a secret: signing-key: ${{ secrets.SIGNING_KEY }}.',
      });
    }
    // Checked now (format, curve, pair): a bad key fails the step before anything is pushed.
    loadSigningKey(key, publicKey === '' ? {} : { publicKey });
    return { kind: 'key', privateKeyPem: key, ...(publicKey === '' ? {} : { publicKeyPem: publicKey }) };
  }
  if (oidc === undefined) {
    throw new PipelineError('INPUT', "input 'sign' is 'keyless', but the job cannot get an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set)", {
      input: SIGN_INPUT,
      hint: 'Give the job `permissions: id-token: write`, or use sign: key with a signing-key, or sign: none.',
    });
  }
  const [fulcio, rekor, tsa] = urls.map(([, v]) => v);
  return {
    kind: 'keyless',
    oidc,
    ...(fulcio !== undefined ? { fulcioUrl: fulcio } : {}),
    ...(rekor !== undefined ? { rekorUrl: rekor } : {}),
    ...(tsa !== undefined ? { tsaUrl: tsa } : {}),
  };
}

export function getAttestInputs(env: Env): AttestInputs {
  const attach = getList(env, ATTACH_INPUT, { commas: false });
  if (attach.length > MAX_ATTACH_FILES) {
    throw new PipelineError('INPUT', `input '${ATTACH_INPUT}': expected at most ${MAX_ATTACH_FILES} files, got ${attach.length}`, {
      input: ATTACH_INPUT,
      hint: 'Attach the SBOMs, the provenance and a report; merge other reports into one file.',
    });
  }
  return {
    attach,
    sign: signInputs(env),
    scope: { workspace: workspaceOf(env), ...(getBoolean(env, ALLOW_OUTSIDE_INPUT, false) ? { allowOutside: true } : {}) },
  };
}

/** What must be masked: the private key (whole, and each line, since runners mask line by line) and the OIDC request token. */
export function attestSecrets(a: AttestInputs): string[] {
  if (a.sign.kind === 'key') {
    const lines = a.sign.privateKeyPem
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('-----'));
    return [a.sign.privateKeyPem, ...lines];
  }
  if (a.sign.kind === 'keyless') return [a.sign.oidc.requestToken];
  return [];
}

/** Read the `attach` files: inside the workspace (unless allowed out), regular files, at most MAX_ATTACH_BYTES each; then the generated ones. */
export async function readAttachFiles(paths: readonly string[], scope: WorkspaceScope, generated: readonly string[] = []): Promise<AttachFile[]> {
  const out: AttachFile[] = [];
  for (const [p, confined] of [...paths.map((x) => [x, true] as const), ...generated.map((x) => [x, false] as const)]) {
    const file = confined ? await workspaceFile(ATTACH_INPUT, p, scope) : p;
    const text = await readBoundedFile(file, {
      what: `the attach file '${p}'`,
      maxBytes: MAX_ATTACH_BYTES,
      input: ATTACH_INPUT,
      hint: 'Attach the SBOM, provenance or report files the earlier steps wrote.',
    });
    out.push({ name: p, text });
  }
  return out;
}
