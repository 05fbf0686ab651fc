/**
 * Secret recognition, table-driven: token formats with their real shapes,
 * secret-named keys judged by their value's shape and the file's kind, the
 * stock-conffile allow-list, and the look-alikes stock Debian files are full of.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkImage } from '../../../shared/src/compliance/check-image.js';
import { defaultPolicy } from '../../../shared/src/compliance/policy-load.js';
import { CLEAN_BASE, CLEAN_CONFIG, writeImage } from '../../fixtures/test-image/oci-image.js';
import { dpkgConffiles, scannedForSecrets, secretsInFile } from '../../../shared/src/compliance/rules/secrets.js';
import { findAssignments, findTokens, isLiteral, isSecretName, secretsInText, shannonEntropy } from '../../../shared/src/compliance/secret-patterns.js';
import { fake } from '../../corpus/planted.js';
import { mask } from '../../../shared/src/preview.js';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const UPPER32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
let tmp: string;
let n = 0;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'secrets-test-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

const body = Array.from({ length: 3 }, (_, i) => fake(`k${i}`, 64, B64)).join('\n');

describe('token formats', () => {
  const CASES: [string, string, string][] = [
    ['AWS access key id', `id = AKIA${fake('a', 16, UPPER32)}`, 'AWS access key id'],
    ['AWS secret key', `aws_secret_access_key = ${fake('s', 40, B64)}`, 'AWS secret access key'],
    ['GitHub classic', `token: ghp_${fake('g', 36)}`, 'GitHub token'],
    ['GitHub fine-grained', `github_pat_${fake('f', 22)}_${fake('f2', 59)}`, 'GitHub token'],
    ['GitLab', `glpat-${fake('l', 20)}`, 'GitLab token'],
    ['Slack', `xoxb-123456789012-${fake('sl', 24)}`, 'Slack token'],
    ['Google API key', `key=AIza${fake('gk', 35)}`, 'Google API key'],
    ['npm', `npm_${fake('n', 36)}`, 'npm token'],
    ['Stripe', `sk_live_${fake('st', 24)}`, 'Stripe secret key'],
    ['Hugging Face', `hf_${fake('hf', 34)}`, 'Hugging Face token'],
    ['private key', `-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----\n`, 'private key'],
    ['private key in JSON', `{"private_key": "-----BEGIN PRIVATE KEY-----\\n${body.replace(/\n/g, '\\n')}\\n-----END PRIVATE KEY-----\\n"}`, 'private key'],
    ['rndc key', `key "rndc-key" {\n\talgorithm hmac-sha256;\n\tsecret "${fake('r', 43, B64)}=";\n};\n`, 'TSIG/rndc key'],
    ['password in a URL', `url: postgres://app:${fake('u', 14)}@db:5432/app`, 'password in a URL'],
    ['docker auth', `{"auths": {"r.test": {"auth": "${Buffer.from(`bot:${fake('d', 16)}`).toString('base64')}"}}}`, 'registry auth'],
    ['npm _authToken', `//npm.test/:_authToken=${fake('na', 30)}`, 'npm _authToken'],
  ];
  it.each(CASES)('%s', (_n, text, kind) => {
    expect(findTokens(text).map((m) => m.kind)).toContain(kind);
  });

  const QUIET: [string, string][] = [
    ['AWS documentation example', 'AKIAIOSFODNN7EXAMPLE'],
    ['a private key header named in a script', 'grep -q "-----BEGIN RSA PRIVATE KEY-----" "$f"'],
    ['a public key', `-----BEGIN PUBLIC KEY-----\n${body}\n-----END PUBLIC KEY-----`],
    ['a URL without a password', 'https://user@example.test/x'],
    ['a URL whose password is a placeholder', 'mysql://user:password@localhost/db'],
    ['a URL whose password is a reference', 'postgres://app:${DB_PASSWORD}@db/app'],
    ['an npm token from the environment', '//registry.npmjs.org/:_authToken=${NPM_TOKEN}'],
    ['a docker auth without a password', `"auth": "${Buffer.from('justauser').toString('base64')}"`],
    ['a git commit id', '3f2c1e0d9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e'],
    ['a GPG fingerprint', 'A035C8C19219BA821ECEA86B64E628F8D684696D'],
  ];
  it.each(QUIET)('not %s', (_n, text) => {
    expect(findTokens(text)).toEqual([]);
  });
});

describe('secret-named keys', () => {
  it.each(['DB_PASSWORD', 'password', 'passwd', 'client_secret', 'apiKey', 'dbPassword', 'AWS_SECRET_ACCESS_KEY', 'auth-token', 'private_key', 'GITHUB_TOKEN'])(
    '%s names a secret',
    (k) => {
      expect(isSecretName(k)).toBe(true);
    },
  );
  it.each(['password_file', 'token_url', 'password_encryption', 'PasswordAuthentication', 'GPG_KEY', 'public_key', 'keyring', 'PASSWORD_MIN_LENGTH'])(
    '%s does not',
    (k) => {
      expect(isSecretName(k)).toBe(false);
    },
  );

  const NOT_LITERAL: [string, string][] = [
    ['a path', '/run/secrets/db'],
    ['a $dir path', '$dir/private/cakey.pem'],
    ['a reference', '${API_KEY}'],
    ['a Python format reference', '%(CLIENT_SECRET)s'],
    ['a template', '{{ vault_secret }}'],
    ['a switch', 'files'],
    ['a boolean', 'true'],
    ['a number', '12'],
    ['a placeholder', 'changeme'],
    ['stars', '********'],
    ['a URL without credentials', 'https://auth.test/token'],
    ['a key file name', 'server.key'],
    ['a crypt hash', '$6$salt$hash'],
  ];
  it.each(NOT_LITERAL)('%s is not a literal secret', (_n, v) => {
    expect(isLiteral(v, 'credential')).toBe(false);
    expect(isLiteral(v, 'config')).toBe(false);
  });

  it('a config file needs a generated-looking value; a credential file takes any literal', () => {
    expect(isLiteral('hunter2hunter2', 'credential')).toBe(true);
    expect(isLiteral('sunshine', 'config')).toBe(false); // one class, low entropy
    expect(isLiteral('s3cr3t-value', 'config')).toBe(true);
    expect(isLiteral(fake('x', 20), 'config')).toBe(true);
    expect(isLiteral('two words', 'config')).toBe(false);
  });

  it('entropy is bits per character', () => {
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
    expect(shannonEntropy('')).toBe(0);
  });
});

describe('stock Debian lines stay quiet', () => {
  const STOCK: [string, string][] = [
    ['/etc/nsswitch.conf', 'passwd:         files\ngroup:          files\nshadow:         files\n'],
    ['/etc/ssl/openssl.cnf', '[ CA_default ]\ndir = ./demoCA\nprivate_key = $dir/private/cakey.pem # The private key\n'],
    ['/etc/ssh/sshd_config', '#PasswordAuthentication yes\nPermitEmptyPasswords no\n'],
    ['/etc/postgresql/15/main/postgresql.conf', "password_encryption = scram-sha-256\nssl_key_file = '/etc/ssl/private/ssl-cert-snakeoil.key'\n"],
    ['/etc/mysql/debian.cnf', '[client]\nhost     = localhost\nuser     = root\npassword = \n'],
    ['/etc/php/8.2/fpm/php.ini', 'mysqli.default_pw =\nsession.sid_length = 26\n'],
    ['/etc/redis/redis.conf', '# requirepass foobared\n# masterauth <master-password>\n'],
    ['/etc/tomcat/tomcat-users.xml', '<user username="admin" password="<must-be-changed>" roles="manager-gui"/>\n'],
    [
      '/root/.profile',
      '# ~/.profile: executed by Bourne-compatible login shells.\nif [ "$BASH" ]; then\n  if [ -f ~/.bashrc ]; then\n    . ~/.bashrc\n  fi\nfi\n',
    ],
  ];
  it.each(STOCK)('%s', (p, text) => {
    expect(secretsInFile(p, text)).toEqual([]);
  });
});

describe('file kinds', () => {
  const pw = fake('pw', 10);
  it('a .env takes a literal password; the same line in a config file needs entropy', () => {
    expect(secretsInFile('/app/.env', 'DB_PASSWORD=sunshine123\n').map((m) => m.line)).toEqual([1]);
    expect(secretsInFile('/etc/app/app.conf', 'db_password = sunshine\n')).toEqual([]);
    expect(secretsInFile('/etc/app/app.conf', `db_password = ${fake('c', 16)}\n`)).toHaveLength(1);
  });
  it('comments are not settings', () => {
    expect(findAssignments(`# password = ${fake('c', 16)}\n; secret = ${fake('d', 16)}\n`)).toEqual([]);
  });
  it('.netrc, .pgpass, shell history and .vault-token', () => {
    expect(secretsInFile('/root/.netrc', `machine api.test login bot password ${pw}\n`).map((m) => m.kind)).toEqual(['netrc password']);
    expect(secretsInFile('/root/.pgpass', `db:5432:*:app:${pw}\n`).map((m) => m.kind)).toEqual(['pgpass password']);
    expect(secretsInFile('/root/.bash_history', `mysql -u root --password=${pw}\necho $PASSWORD\n`).map((m) => m.line)).toEqual([1]);
    expect(secretsInFile('/root/.vault-token', `hvs.${fake('v', 24)}\n`).map((m) => m.kind)).toEqual(['Vault token']);
  });
  it('XML elements and attributes', () => {
    expect(secretsInFile('/root/.m2/settings.xml', `<server><id>r</id><password>${fake('m', 16)}</password></server>\n`)).toHaveLength(1);
    expect(secretsInFile('/etc/app/users.xml', `<user name="a" password="${fake('x', 16)}"/>\n`)).toHaveLength(1);
  });
  it('which files are read: credentials, keys, configs; not the system trees', () => {
    for (const p of [
      '/root/.ssh/id_ed25519',
      '/etc/ssh/ssh_host_rsa_key',
      '/etc/bind/rndc.key',
      '/app/.env',
      '/home/a/.npmrc',
      '/root/.bash_history',
      '/etc/bash.bashrc',
      '/root/.aws/credentials',
      '/root/.docker/config.json',
      '/etc/app/app.yml',
      '/usr/local/lib/myapp/config.yml',
      '/usr/local/lib/myapp/.env',
    ]) {
      expect([p, scannedForSecrets(p, 100)]).toEqual([p, true]);
    }
    for (const p of [
      '/usr/share/doc/x/example.conf',
      '/app/node_modules/ssh2/test/fixtures/id_rsa',
      '/usr/local/lib/python3.11/site-packages/tornado/test/test.key',
      '/usr/local/lib/node_modules/npm/test/fixture.pem',
      '/srv/vendor/node_modules/a/.env',
      '/usr/lib/python3/dist-packages/x.json',
      '/etc/ssh/ssh_host_rsa_key.pub',
      '/app/main.py',
      '/etc/big.conf',
    ]) {
      expect([p, scannedForSecrets(p, p === '/etc/big.conf' ? 10 * 1024 * 1024 : 100)]).toEqual([p, false]);
    }
  });
});

describe('history and build arguments', () => {
  it('KEY=value pairs and --flags with literal values count; references do not', () => {
    expect(secretsInText(`|1 DB_PASSWORD=${fake('b', 12)} /bin/sh -c make`).map((m) => m.kind)).toEqual(['DB_PASSWORD value']);
    expect(secretsInText(`/bin/sh -c mysql --password ${fake('b', 12)} -e 'select 1'`).map((m) => m.kind)).toEqual(['password value']);
    expect(secretsInText('/bin/sh -c echo "password=$DB_PASSWORD" > /etc/app.conf')).toEqual([]);
    expect(secretsInText('/bin/sh -c apt-get install -y --no-install-recommends openssh-server passwd')).toEqual([]);
    expect(secretsInText('/bin/sh -c echo enter the password here')).toEqual([]);
  });
});

describe('the stock-conffile allow-list', () => {
  it('reads Conffiles from dpkg status, leaving out obsolete ones', () => {
    const status = [
      'Package: openssl',
      'Status: install ok installed',
      'Conffiles:',
      ' /etc/ssl/openssl.cnf 6b4e4a0a1d4e5b9a6c3f2e1d0c9b8a7f',
      ' /etc/ssl/old.cnf 0123456789abcdef0123456789abcdef obsolete',
      'Description: x',
      ' /etc/not-a-conffile 0123456789abcdef0123456789abcdef',
      '',
    ].join('\n');
    expect([...dpkgConffiles(status)]).toEqual([['/etc/ssl/openssl.cnf', '6b4e4a0a1d4e5b9a6c3f2e1d0c9b8a7f']]);
  });

  // A conffile holding a generated-looking secret, as a package might ship a sample one.
  const stock = `[client]\npassword = ${fake('stock', 20)}\n`;
  const status = (md5: string): string => `Package: app-client\nStatus: install ok installed\nConffiles:\n /etc/app/client.cnf ${md5}\nDescription: x\n`;
  const findingsFor = async (content: string, md5: string) => {
    const dir = await writeImage(path.join(tmp, `dpkg-${n++}`), {
      layers: [[...CLEAN_BASE, { path: 'var/lib/dpkg/status', content: status(md5) }, { path: 'etc/app/client.cnf', content }]],
      config: CLEAN_CONFIG,
    });
    const r = await checkImage({ image: dir, policy: defaultPolicy(), rules: ['CIS-4.10'] });
    return r.findings.map((f) => f.message);
  };
  it('leaves a conffile alone while its bytes match the package', async () => {
    expect(await findingsFor(stock, createHash('md5').update(stock).digest('hex'))).toEqual([]);
  });
  it('reads it again once it was changed in the image', async () => {
    const changed = stock.replace('password', 'password = x\npassword');
    const md5 = createHash('md5').update(stock).digest('hex');
    expect(await findingsFor(changed, md5)).toEqual([
      `/etc/app/client.cnf: expected no credentials, got a password setting at line 3 (password=${fake('stock', 20).slice(0, 2)}********)`,
    ]);
  });
});

describe('previews', () => {
  it('say on which line each key starts', () => {
    const key = `-----BEGIN EC PRIVATE KEY-----\n${body}\n-----END EC PRIVATE KEY-----\n`;
    expect(findTokens(`x\n${key}y\n\n${key}`).map((m) => m.line)).toEqual([2, 9]);
  });
  it('keep two characters at most', () => {
    expect(mask('hunter2hunter2')).toBe('hu********');
    expect(mask('abc')).toBe('****');
    for (const m of findTokens(`ghp_${fake('p', 36)}`)) expect(m.preview).toBe('gh********');
  });
});

describe('image files are untrusted: the patterns stay linear', () => {
  // A generous bound (the machine is shared); a backtracking pattern takes minutes on these.
  const WORST: [string, string][] = [
    ['an armour without END', `-----BEGIN PRIVATE KEY-----\n${'QUFB\n'.repeat(50_000)}`],
    ['many armours without END', '-----BEGIN PRIVATE KEY-----\n'.repeat(9_000)],
    ['many small keys', `-----BEGIN EC PRIVATE KEY-----\n${'A'.repeat(16)}\n-----END EC PRIVATE KEY-----\n`.repeat(2_500)],
    ['one long base64 line', `-----BEGIN RSA PRIVATE KEY-----\n${'A'.repeat(250_000)}`],
    ['a long key name', `${'a'.repeat(250_000)}=x`],
    ['endless flags', `${'--password '.repeat(20_000)}`],
    ['URL-like noise', `${'a://b:c'.repeat(30_000)}`],
  ];
  it.each(WORST)('%s', (_n, text) => {
    const t0 = Date.now();
    secretsInFile('/etc/app/app.conf', text);
    secretsInFile('/root/.bash_history', text);
    secretsInText(text);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});
