/** Rules over the image config and manifest: volumes, budgets, base image pinning. */
import type { Hit } from '../finding.js';
import { imageSize } from '../image-view.js';
import { formatBytes } from '../../bytes.js';
import type { Rule } from '../rule.js';

const SENSITIVE = new Set([
  '/',
  '/proc',
  '/sys',
  '/dev',
  '/etc',
  '/boot',
  '/lib',
  '/usr',
  '/bin',
  '/sbin',
  '/root',
  '/var/run/docker.sock',
  '/run/docker.sock',
  '/var/lib/docker',
  '/run',
  '/var/run',
]);

export const sensitiveVolumes: Rule = {
  id: 'IMG-SENSITIVE-VOLUME',
  pack: 'cis-docker',
  title: 'No VOLUME over system paths',
  severity: 'error',
  why: 'A VOLUME on /, /proc, /sys, /dev, /etc or the Docker socket invites mounting host system paths into the container.',
  fix: 'Declare volumes only for the data folders the application writes (e.g. /var/lib/app).',
  check(view): Hit[] {
    return Object.keys(view.container.Volumes ?? {})
      .filter((v) => SENSITIVE.has(v.replace(/\/+$/, '') || '/'))
      .map((v) => ({ subject: { kind: 'config', field: 'Volumes', key: v }, expected: 'volumes only for application data', got: `VOLUME ${v}` }));
  },
};

export const sizeBudget: Rule = {
  id: 'IMG-SIZE',
  pack: 'cis-docker',
  title: 'Image within its size budget',
  severity: 'warning',
  why: 'Large images are slow to pull and start, and usually carry tools and files an attacker can use.',
  fix: 'Use a smaller base, multi-stage builds, and clean caches in the RUN that creates them; or raise compliance.settings.maxImageSize.',
  check(view, settings): Hit[] {
    const size = imageSize(view);
    return size > settings.maxImageBytes
      ? [{ subject: { kind: 'manifest', field: 'size' }, expected: `at most ${formatBytes(settings.maxImageBytes)} uncompressed`, got: formatBytes(size) }]
      : [];
  },
};

export const layerBudget: Rule = {
  id: 'IMG-LAYERS',
  pack: 'cis-docker',
  title: 'Image within its layer budget',
  severity: 'warning',
  why: 'Every layer costs a download and a mount; many layers usually mean RUN steps that could be merged.',
  fix: 'Merge RUN steps, use multi-stage builds, or raise compliance.settings.maxLayers.',
  check(view, settings): Hit[] {
    const n = view.manifest.layers.length;
    return n > settings.maxLayers
      ? [{ subject: { kind: 'manifest', field: 'layers' }, expected: `at most ${settings.maxLayers} layers`, got: `${n} layers` }]
      : [];
  },
};

export const baseNotPinned: Rule = {
  id: 'IMG-BASE-UNPINNED',
  pack: 'cis-docker',
  title: 'Base image pinned by digest',
  severity: 'warning',
  why: 'A base image named by tag can change under the same name, so rebuilds are not reproducible or reviewable.',
  fix: 'Write `FROM name:tag@sha256:<digest>` (a bot such as Renovate or Dependabot keeps the digest current).',
  check(view): Hit[] {
    const name = (view.annotations['org.opencontainers.image.base.name'] ?? '').trim();
    const digest = (view.annotations['org.opencontainers.image.base.digest'] ?? '').trim();
    // The digest annotation records what the tag resolved to this time; pinned means the name itself carries it.
    if (name === '' || name === 'scratch' || name.includes('@sha256:')) return [];
    const resolved = /^sha256:[a-f0-9]{64}$/.test(digest) ? ` (it resolved to ${digest.slice(0, 19)}… this time)` : '';
    return [
      {
        subject: { kind: 'manifest', field: 'annotations.org.opencontainers.image.base.name' },
        expected: 'FROM <image>@sha256:<digest>',
        got: `FROM ${name}${resolved}`,
      },
    ];
  },
};
