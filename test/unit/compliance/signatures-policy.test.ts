import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { generateSigningKeyPair } from '../../../shared/src/attest/keys.js';
import { parsePolicy } from '../../../shared/src/compliance/policy-load.js';
import { resolveSignaturePolicy } from '../../../shared/src/compliance/signatures-policy.js';
import { judge, signatureFindings, SignatureRule } from '../../../shared/src/compliance/signatures.js';
import { pipelineErrorOf } from '../../support/pipeline-error.js';

const parse = (yaml: string) => parsePolicy({ text: `schemaVersion: 2.0.0\n${yaml}`, file: 'policy.yml' });

describe('the signatures section', () => {
  it('accepts keys, keyless with exact or regex matchers, signature and require', () => {
    const p = parse(
      'signatures:\n  keys: [keys/a.pub]\n  keyless:\n    identityRegex: ^https://github\\.com/acme/\n    issuer: https://token.actions.githubusercontent.com\n    trustedRoot: root.json\n  signature: false\n  require: [https://slsa.dev/provenance/v1]\n',
    );
    expect(p.policy.signatures).toEqual({
      keys: ['keys/a.pub'],
      keyless: { identityRegex: '^https://github\\.com/acme/', issuer: 'https://token.actions.githubusercontent.com', trustedRoot: 'root.json' },
      signature: false,
      require: ['https://slsa.dev/provenance/v1'],
    });
  });

  it.each([
    ['no signer', 'signatures:\n  require: [https://slsa.dev/provenance/v1]\n', /signatures/],
    ['identity and identityRegex both', 'signatures:\n  keyless: {identity: a, identityRegex: b, issuer: c, trustedRoot: r.json}\n', /keyless/],
    ['no trusted root', 'signatures:\n  keyless: {identity: a, issuer: c}\n', /trustedRoot/],
    [
      'an RE2-invalid regex',
      'signatures:\n  keyless: {identityRegex: "(?=x)", issuer: c, trustedRoot: r.json}\n',
      /identityRegex.*not a valid regular expression/,
    ],
    ['a predicate type that is not a URI', 'signatures:\n  keys: [k]\n  require: ["not a uri"]\n', /require/],
  ])('refuses %s', (_what, yaml, message) => {
    expect(pipelineErrorOf(() => parse(yaml)).message).toMatch(message);
  });

  it('reads key files relative to the policy file, keeps inline PEM, and refuses paths out of the workspace', async () => {
    const ws = await fs.mkdtemp(path.join(os.tmpdir(), 'sigpol-'));
    try {
      const k = generateSigningKeyPair();
      await fs.mkdir(path.join(ws, 'ci/keys'), { recursive: true });
      await fs.writeFile(path.join(ws, 'ci/keys/a.pub'), k.publicKeyPem);
      const p = await resolveSignaturePolicy({ keys: ['keys/a.pub', k.publicKeyPem] }, { policyFile: 'ci/policy.yml', workspace: ws });
      expect(p.keys.map((x) => x.pem)).toEqual([k.publicKeyPem, k.publicKeyPem]);
      expect(p.keys[0]?.source).toBe('signatures.keys[0] (keys/a.pub)');
      expect(p.requireSignature).toBe(true);
      const e = await resolveSignaturePolicy({ keys: ['../../etc/hostname'] }, { policyFile: 'ci/policy.yml', workspace: ws }).catch((x: unknown) => x);
      expect(String(e)).toMatch(/signatures\.keys\[0\].*expected a file inside the workspace/);
    } finally {
      await fs.rm(ws, { recursive: true, force: true });
    }
  });
});

describe('judge and findings', () => {
  const policy = { keys: [], requireSignature: true, require: ['https://spdx.dev/Document'] };
  it('unsigned -> SIG-001, failed -> SIG-002, absent -> SIG-003; a verified one satisfies', () => {
    const none = judge(policy, 'r/app@sha256:x', [], []);
    expect(none.map((p) => p.rule)).toEqual([SignatureRule.Unsigned, SignatureRule.MissingAttestation]);
    const bad = judge(policy, 'r/app@sha256:x', [], [{ referrer: 'sha256:r', predicateType: 'https://sigstore.dev/cosign/sign/v1', reason: 'wrong key' }]);
    expect(bad[0]).toMatchObject({ rule: SignatureRule.BadSignature, message: expect.stringContaining('wrong key') });
    const good = judge(
      policy,
      'r/app@sha256:x',
      [
        { referrer: 'a', predicateType: 'https://sigstore.dev/cosign/sign/v1', signer: { kind: 'key', keyHint: 'h' } },
        { referrer: 'b', predicateType: 'https://spdx.dev/Document', signer: { kind: 'key', keyHint: 'h' } },
      ],
      [],
    );
    expect(good).toEqual([]);
    const findings = signatureFindings({ image: 'i', via: 'api', verified: [], unverified: [], skipped: [], problems: none, ok: false });
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['SIG-001', 'error'],
      ['SIG-003', 'error'],
    ]);
    expect(new Set(findings.map((f) => f.fingerprint)).size).toBe(2);
  });
});
