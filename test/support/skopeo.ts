/**
 * skopeo as the independent reader/writer in registry interop tests.
 * Asynchronous on purpose: the token issuer and proxies of a test run in the
 * test's own process, and a blocking call would deadlock against them.
 */
import { execFile } from 'node:child_process';

export function skopeo(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('skopeo', args, { maxBuffer: 16 * 1024 * 1024 }, (e, stdout, stderr) => {
      if (e !== null) reject(new Error(`skopeo ${args.join(' ')} failed: ${stderr}`));
      else resolve(stdout);
    });
  });
}

/** The digest skopeo sees for a reference on a plain-HTTP registry. */
export async function skopeoDigest(ref: string, creds?: string): Promise<string> {
  const a = ['inspect', '--tls-verify=false', ...(creds !== undefined ? ['--creds', creds] : []), `docker://${ref}`];
  return (JSON.parse(await skopeo(a)) as { Digest: string }).Digest;
}

/** The raw manifest bytes skopeo reads for a reference. */
export function skopeoRaw(ref: string, creds?: string): Promise<string> {
  return skopeo(['inspect', '--raw', '--tls-verify=false', ...(creds !== undefined ? ['--creds', creds] : []), `docker://${ref}`]);
}

/** Copy an OCI layout's `latest` to a plain-HTTP registry reference, byte for byte (its digests kept). */
export async function skopeoPushLayout(layout: string, ref: string): Promise<void> {
  await skopeo(['--insecure-policy', 'copy', '--dest-tls-verify=false', '--preserve-digests', `oci:${layout}:latest`, `docker://${ref}`]);
}
