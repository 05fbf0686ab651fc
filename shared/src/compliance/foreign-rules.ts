/**
 * Rule ids of the tools our users come from, mapped to ours, so an ignore list
 * written for dockle or trivy carries over (`compliance.ignore[].rule` may name
 * either) and the README's migration table has one source.
 *
 * Facts, not code, read from the tools' own sources:
 * - dockle: goodwithtech/dockle pkg/types/checkpoint.go (AlertDetails: the codes
 *   and titles below; CIS-DI-0010 and DKL-LI-0002 each name two checks there).
 * - trivy's Dockerfile misconfiguration checks: aquasecurity/trivy-checks
 *   checks/docker/*.rego METADATA (id DS-0001, aliases AVD-DS-0001, DS001 and a
 *   long_id such as docker-use-specific-tags), at 80e5382 (2026-08-21).
 * - trivy's secret scanner: aquasecurity/trivy pkg/fanal/secret/builtin-rules.go
 *   (rule IDs such as aws-access-key-id, private-key).
 * A foreign id with no counterpart maps to nothing, with the reason, so the
 * migration table can say what is not checked here instead of guessing.
 */

export interface ForeignRule {
  tool: 'dockle' | 'trivy';
  /** The id as the tool prints it. */
  id: string;
  /** The tool's title for it. */
  title: string;
  /** Our rule, or undefined with why not. */
  ours: string | undefined;
  note?: string;
}

const dockle = (id: string, title: string, ours: string | undefined, note?: string): ForeignRule => ({
  tool: 'dockle',
  id,
  title,
  ours,
  ...(note === undefined ? {} : { note }),
});
const trivy = (id: string, title: string, ours: string | undefined, aliases: string[], note?: string): ForeignRule & { aliases: string[] } => ({
  tool: 'trivy',
  id,
  title,
  ours,
  aliases,
  ...(note === undefined ? {} : { note }),
});

export const DOCKLE_RULES: readonly ForeignRule[] = [
  dockle('CIS-DI-0001', 'Create a user for the container', 'CIS-4.1'),
  dockle(
    'CIS-DI-0005',
    'Enable Content trust for Docker',
    undefined,
    'a setting of the Docker client, not of the image; test-image checks signatures instead (policy signatures:)',
  ),
  dockle('CIS-DI-0006', 'Add HEALTHCHECK instruction to the container image', 'CIS-4.6'),
  dockle('CIS-DI-0007', 'Do not use update instructions alone in the Dockerfile', 'CIS-4.7'),
  dockle('CIS-DI-0008', 'Confirm safety of setuid/setgid files', 'CIS-4.8'),
  dockle('CIS-DI-0009', 'Use COPY instead of ADD in Dockerfile', 'CIS-4.9', 'ours reports ADD of remote URLs only'),
  dockle('CIS-DI-0010', 'Do not store secrets in ENVIRONMENT variables / Do not store secret files', 'CIS-4.10'),
  dockle('DKL-DI-0001', 'Avoid sudo command', 'IMG-SUDO'),
  dockle('DKL-DI-0002', 'Avoid sensitive directory mounting', 'IMG-SENSITIVE-VOLUME'),
  dockle('DKL-DI-0003', 'Avoid apt-get/apk/dist-upgrade', undefined, 'not checked'),
  dockle('DKL-DI-0004', 'Use apk add with --no-cache', 'IMG-PKG-CACHE'),
  dockle('DKL-DI-0005', 'Clear apt-get caches', 'IMG-PKG-CACHE'),
  dockle('DKL-DI-0006', 'Avoid latest tag', 'IMG-BASE-UNPINNED', 'ours asks for a digest, so any tag alone is reported'),
  dockle('DKL-LI-0001', 'Avoid empty password', 'IMG-EMPTY-PASSWORD'),
  dockle('DKL-LI-0002', 'Be unique UID / Be unique GROUP', 'IMG-DUPLICATE-ID'),
  dockle('DKL-LI-0003', 'Only put necessary files', 'IMG-UNWANTED-FILE'),
];

export const TRIVY_RULES: readonly (ForeignRule & { aliases: string[] })[] = [
  trivy(
    'DS-0001',
    "':latest' tag used",
    'IMG-BASE-UNPINNED',
    ['AVD-DS-0001', 'DS001', 'docker-use-specific-tags'],
    'ours asks for a digest, so any tag alone is reported',
  ),
  trivy('DS-0002', "Image user should not be 'root'", 'CIS-4.1', ['AVD-DS-0002', 'DS002', 'docker-least-privilege-user']),
  trivy('DS-0005', 'ADD instead of COPY', 'CIS-4.9', ['AVD-DS-0005', 'DS005', 'docker-use-copy-over-add'], 'ours reports ADD of remote URLs only'),
  trivy('DS-0010', "RUN using 'sudo'", 'IMG-SUDO', ['AVD-DS-0010', 'DS010', 'docker-no-sudo-run'], 'ours reports sudo installed in the image'),
  trivy('DS-0015', "'yum clean all' missing", 'IMG-PKG-CACHE', ['AVD-DS-0015', 'DS015', 'docker-purge-yum-package-cache']),
  trivy('DS-0017', "'RUN <package-manager> update' instruction alone", 'CIS-4.7', ['AVD-DS-0017', 'DS017', 'docker-no-orphan-package-update']),
  trivy('DS-0019', "'dnf clean all' missing", 'IMG-PKG-CACHE', ['AVD-DS-0019', 'DS019', 'docker-purge-dnf-package-cache']),
  trivy('DS-0020', "'zypper clean' missing", 'IMG-PKG-CACHE', ['AVD-DS-0020', 'DS020', 'docker-purge-zipper-cache']),
  trivy('DS-0024', "'apt-get dist-upgrade' used", undefined, ['AVD-DS-0024', 'DS024', 'docker-no-dist-upgrade'], 'not checked'),
  trivy('DS-0025', "'apk add' is missing '--no-cache'", 'IMG-PKG-CACHE', ['AVD-DS-0025', 'DS025', 'docker-purge-apk-package-cache']),
  trivy('DS-0026', 'No HEALTHCHECK defined', 'CIS-4.6', ['AVD-DS-0026', 'DS026', 'docker-no-healthcheck']),
  trivy('DS-0027', "'microdnf clean all' missing", 'IMG-PKG-CACHE', ['AVD-DS-0027', 'DS027', 'docker-purge-microdnf-package-cache']),
  trivy('DS-0031', 'Secrets passed via build-args or envs or copied secret files', 'CIS-4.10', ['AVD-DS-0031', 'DS031', 'docker-do-not-pass-secrets']),
  // The secret scanner's built-in rules: every one is a secret in the image, our CIS-4.10.
  ...(
    [
      ['aws-access-key-id', 'AWS Access Key ID'],
      ['aws-secret-access-key', 'AWS Secret Access Key'],
      ['github-pat', 'GitHub Personal Access Token'],
      ['github-oauth', 'GitHub OAuth Access Token'],
      ['github-app-token', 'GitHub App Token'],
      ['github-refresh-token', 'GitHub Refresh Token'],
      ['github-fine-grained-pat', 'GitHub Fine-grained personal access tokens'],
      ['gitlab-pat', 'GitLab Personal Access Token'],
      ['private-key', 'Asymmetric Private Key'],
      ['slack-access-token', 'Slack token'],
      ['stripe-secret-token', 'Stripe Secret Key'],
      ['gcp-service-account', 'Google (GCP) Service-account'],
      ['pypi-upload-token', 'PyPI upload token'],
    ] as const
  ).map(([id, title]) => trivy(id, title, 'CIS-4.10', [], 'trivy secret scanner')),
];

const norm = (id: string): string => id.trim().toUpperCase();
const BY_ID = new Map<string, ForeignRule>([
  ...DOCKLE_RULES.map((r) => [norm(r.id), r] as const),
  ...TRIVY_RULES.flatMap((r) => [r.id, ...r.aliases].map((a) => [norm(a), r] as const)),
]);

/** The dockle or trivy rule an id names (any of trivy's spellings, any case), or undefined for ours and unknown ids. */
export const foreignRule = (id: string): ForeignRule | undefined => BY_ID.get(norm(id));

/** Our rule id for an ignore's `rule:`: a dockle or trivy id maps to ours; anything else is returned as written. */
export function ourRuleId(id: string): string {
  const f = foreignRule(id);
  return f?.ours ?? id;
}
