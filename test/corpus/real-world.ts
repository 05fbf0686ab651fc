/**
 * The real-world corpus: Debian bookworm images of widely used packages with
 * their stock configuration, grouped into a few images so the cold build stays
 * affordable. Each runs as a service user, as a well-made image does, so what
 * the default rules find is about the packages' files.
 *
 * `real` lists the findings an image really deserves, by rule and path: the
 * corpus test asserts exactly these and nothing else, and the benchmark counts
 * every other finding as a false positive.
 */
import type { DebianImageSpec } from '../support/debian-image.js';

export interface ExpectedFinding {
  ruleId: string;
  /** The finding's file path or subject text. */
  path: string;
  /** Why this is a real problem, for the test's name and the benchmark table. */
  why: string;
}

export interface CorpusImage {
  spec: DebianImageSpec;
  real: ExpectedFinding[];
}

export const REAL_WORLD: readonly CorpusImage[] = [
  {
    spec: {
      name: 'corpus-web',
      packages: ['nginx', 'apache2', 'php-fpm', 'haproxy', 'curl', 'wget', 'ca-certificates', 'openssl'],
      config: { user: 'www-data', cmd: ['nginx', '-g', 'daemon off;'], exposedPorts: ['80/tcp'] },
    },
    real: [],
  },
  {
    spec: {
      name: 'corpus-data',
      packages: ['postgresql', 'mariadb-server', 'mariadb-client', 'redis-server', 'memcached', 'sqlite3'],
      config: { user: 'postgres', cmd: ['/usr/lib/postgresql/15/bin/postgres', '-D', '/var/lib/postgresql/15/main'] },
    },
    real: [],
  },
  {
    spec: {
      name: 'corpus-runtimes',
      packages: ['python3', 'python3-pip', 'nodejs', 'openjdk-17-jre-headless', 'ruby', 'perl', 'git'],
      config: { user: 'nobody', cmd: ['python3'] },
    },
    real: [],
  },
  {
    spec: {
      name: 'corpus-ops',
      packages: ['openssh-server', 'openssh-client', 'cron', 'sudo', 'locales', 'tzdata', 'rsyslog', 'logrotate', 'supervisor', 'bind9', 'bind9-dnsutils', 'gnupg', 'procps', 'iproute2', 'less', 'vim-tiny', 'jq', 'rsync', 'unzip', 'xz-utils', 'netcat-openbsd'],
      config: { user: 'nobody', cmd: ['/usr/bin/supervisord', '-n'] },
    },
    real: [],
  },
];
