/**
 * The planted corpus: a Debian base with secrets leaked the ways people really
 * leak them (ENV, build arguments in the history, a RUN that writes a token,
 * keys and credential files, a token appended to a stock conffile), beside
 * look-alikes that are not secrets (paths, references, switches, checksums,
 * placeholders). Each image lists exactly the findings it must produce.
 *
 * Secrets are made up, not real: derived from a hash of a label so that they
 * look generated (high entropy) and stay the same from run to run, which keeps
 * the image cache warm. None uses AWS's documented EXAMPLE values, which
 * scanners rightly skip.
 */
import { createHash } from 'node:crypto';
import { secretAt, type CorpusImage } from './real-world.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const B64 = `${ALNUM}+/`;

/** `n` characters of `alphabet`, the same for the same label. */
export function fake(label: string, n: number, alphabet = ALNUM): string {
  let out = '';
  for (let i = 0; out.length < n; i++) {
    for (const b of createHash('sha256').update(`${label}:${i}`).digest()) {
      if (out.length < n) out += alphabet[b % alphabet.length];
    }
  }
  return out;
}

const pemBody = (label: string): string => Array.from({ length: 6 }, (_, i) => fake(`${label}:${i}`, 70, B64)).join('\n');

/** Every made-up secret, so tests can check no report ever echoes one. */
export const SECRETS = {
  sshKey: pemBody('ssh'),
  npm: `npm_${fake('npm', 36)}`,
  dbPassword: `Winter${fake('dbpw', 6)}!Blue`,
  awsId: `AKIA${fake('awsid', 16, UPPER32)}`,
  awsSecret: fake('awssecret', 40, B64),
  registryPassword: fake('registry', 20),
  github: `ghp_${fake('gh', 36)}`,
  appConf: fake('appconf', 20, `${ALNUM}#%!@^&*`),
  mysqlHistory: `p${fake('mysql', 11)}`,
  gitlab: `glpat-${fake('gitlab', 20)}`,
  slack: `xoxb-${fake('slack1', 12, '0123456789')}-${fake('slack2', 24)}`,
  stripe: `sk_live_${fake('stripe', 24)}`,
  pgpass: fake('pgpass', 14),
  gcpKey: pemBody('gcp'),
  envAwsId: `ASIA${fake('envawsid', 16, UPPER32)}`,
  envAwsSecret: fake('envawssecret', 40, B64),
  envGithub: `github_pat_${fake('envgh', 22)}_${fake('envgh2', 59)}`,
  urlPassword: fake('urlpw', 16),
  labelToken: `glpat-${fake('label', 20)}`,
  apiToken: fake('apitoken', 32),
  buildArgNpm: `npm_${fake('buildarg', 36)}`,
  debconf: fake('debconf', 24),
} as const;

const S = SECRETS;

/** Files that look like secrets to a name-based scanner and are not. */
const LOOK_ALIKES = [
  {
    path: '/etc/myapp/paths.conf',
    content: [
      '# where the secrets are, not the secrets',
      'password_file = /run/secrets/db_password',
      'private_key = $dir/private/cakey.pem',
      'ssl_private_key = /etc/ssl/private/app.key',
      'token_url = https://auth.internal.test/oauth/token',
      'api_key = ${API_KEY}',
      'client_secret = %(CLIENT_SECRET)s',
      'password = changeme',
      'passwd: files',
      'secret: "{{ vault_app_secret }}"',
      'password_min_length = 12',
      'auth_token = true',
      '',
    ].join('\n'),
  },
  {
    path: '/app/config/application.yml',
    content: [
      'spring:',
      '  datasource:',
      '    url: jdbc:postgresql://db:5432/app',
      '    username: app',
      '    password: ${DB_PASSWORD}',
      'checksum: 9b74c9897bac770ffc029102a200c5de',
      '',
    ].join('\n'),
  },
];

export const PLANTED: readonly CorpusImage[] = [
  {
    spec: {
      name: 'planted-files',
      config: { user: 'nobody' },
      files: [
        { path: '/root/.ssh/id_ed25519', content: `-----BEGIN OPENSSH PRIVATE KEY-----\n${S.sshKey}\n-----END OPENSSH PRIVATE KEY-----\n`, mode: 0o600 },
        { path: '/home/app/.npmrc', content: `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${S.npm}\n`, uid: 1000, gid: 1000 },
        { path: '/app/.env', content: `DATABASE_HOST=db\nDATABASE_USER=app\nDATABASE_PASSWORD=${S.dbPassword}\nDEBUG=false\n` },
        {
          path: '/root/.aws/credentials',
          content: `[default]\naws_access_key_id = ${S.awsId}\naws_secret_access_key = ${S.awsSecret}\nregion = eu-west-1\n`,
          mode: 0o600,
        },
        {
          path: '/root/.docker/config.json',
          content: `${JSON.stringify({ auths: { 'registry.internal.test': { auth: Buffer.from(`deploy:${S.registryPassword}`).toString('base64') } } }, null, 2)}\n`,
          mode: 0o600,
        },
        { path: '/etc/myapp/config.yml', content: `github:\n  org: acme\n  token: ${S.github}\n` },
        { path: '/etc/myapp/app.conf', content: `[database]\nhost = db\nuser = app\ndb_password = ${S.appConf}\n` },
        { path: '/root/.bash_history', content: `ls\nmysql -u root --password=${S.mysqlHistory} app\nexit\n`, mode: 0o600 },
        { path: '/root/.git-credentials', content: `https://ci-bot:${S.gitlab}@gitlab.internal.test\n`, mode: 0o600 },
        {
          path: '/etc/bash.bashrc',
          content: `# System-wide .bashrc file for interactive bash(1) shells.\n[ -z "$PS1" ] && return\nexport SLACK_TOKEN=${S.slack}\n`,
        },
        { path: '/srv/app/settings.json', content: `${JSON.stringify({ stripe: { public_key: 'pk_live_notsecret', secret_key: S.stripe } }, null, 2)}\n` },
        { path: '/root/.pgpass', content: `db:5432:app:app:${S.pgpass}\n`, mode: 0o600 },
        {
          path: '/opt/app/gcp.json',
          content: `${JSON.stringify({ type: 'service_account', project_id: 'acme', private_key: `-----BEGIN PRIVATE KEY-----\n${S.gcpKey}\n-----END PRIVATE KEY-----\n` }, null, 2)}\n`,
        },
        // A stock conffile (debconf's) edited to add an LDAP backend with its bind password: dpkg's md5 no longer matches.
        {
          path: '/etc/debconf.conf',
          content: `# This is the main config file for debconf.\nConfig: configdb\nTemplates: templatedb\n\nName: ldapdb\nDriver: LDAP\nServer: ldap.internal.test\nBindPassword: ${S.debconf}\n`,
        },
        ...LOOK_ALIKES,
      ],
    },
    modifiedConffiles: ['/etc/bash.bashrc', '/etc/debconf.conf'],
    real: [
      secretAt('/root/.ssh/id_ed25519', 'an SSH private key'),
      secretAt('/home/app/.npmrc', 'an npm _authToken'),
      secretAt('/app/.env', 'DATABASE_PASSWORD in a .env'),
      secretAt('/root/.aws/credentials', 'AWS access keys'),
      secretAt('/root/.docker/config.json', 'a registry login in docker config.json'),
      secretAt('/etc/myapp/config.yml', 'a GitHub token in a config'),
      secretAt('/etc/myapp/app.conf', 'a high-entropy db_password in a config'),
      secretAt('/root/.bash_history', 'a password typed on a command line'),
      secretAt('/root/.git-credentials', 'a GitLab token in a URL'),
      secretAt('/etc/bash.bashrc', 'a Slack token appended to a stock conffile'),
      secretAt('/etc/debconf.conf', 'a password added to a stock conffile (its dpkg md5 no longer matches)'),
      secretAt('/srv/app/settings.json', 'a Stripe secret key'),
      secretAt('/root/.pgpass', 'a PostgreSQL password file'),
      secretAt('/opt/app/gcp.json', 'a GCP service-account key'),
    ],
  },
  {
    spec: {
      name: 'planted-config',
      config: {
        user: 'nobody',
        env: [
          'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
          'LANG=C.UTF-8',
          `AWS_ACCESS_KEY_ID=${S.envAwsId}`,
          `AWS_SECRET_ACCESS_KEY=${S.envAwsSecret}`,
          `GH_PAT=${S.envGithub}`,
          `DATABASE_URL=postgres://app:${S.urlPassword}@db:5432/app`,
          // Look-alikes from official images: a signing key's fingerprint, a checksum, secret files, versions.
          'GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D',
          'PYTHON_SHA256=8fb5f9fbc7609fa822cb31549884575db7fd9657cbffb89510b5d7975963a83a',
          'POSTGRES_PASSWORD_FILE=/run/secrets/postgres-password',
          'REDIS_PASSWORD=${REDIS_PASSWORD}',
          'NODE_VERSION=20.11.1',
          'TOKEN_URL=https://auth.internal.test/token',
        ],
        labels: { 'ci.deploy-token': S.labelToken, 'org.opencontainers.image.revision': '3f2c1e0d9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e' },
      },
    },
    real: [
      secretAt('config.Env.AWS_ACCESS_KEY_ID', 'an AWS access key id in ENV'),
      secretAt('config.Env.AWS_SECRET_ACCESS_KEY', 'an AWS secret key in ENV'),
      secretAt('config.Env.GH_PAT', 'a GitHub fine-grained token in ENV'),
      secretAt('config.Env.DATABASE_URL', 'a password inside a URL in ENV'),
      secretAt('config.Labels.ci.deploy-token', 'a GitLab token in a label'),
    ],
  },
  {
    spec: {
      name: 'planted-history',
      run: `echo "export API_TOKEN=${S.apiToken}" > /etc/profile.d/api.sh`,
      config: { user: 'nobody', createdBy: `|1 NPM_TOKEN=${S.buildArgNpm} /bin/sh -c npm ci --omit=dev` },
    },
    real: [
      secretAt('history[1]', 'a token written by a RUN step, visible in the history'),
      secretAt('/etc/profile.d/api.sh', 'the token that RUN step wrote'),
      secretAt('history[2]', 'a build argument holding an npm token'),
    ],
  },
];
