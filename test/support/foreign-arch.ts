/**
 * What tests of foreign platforms need: a real arm64 static busybox (from
 * Debian's archive, fetched by scripts/ensure-deps.sh) and a registered qemu
 * handler. Missing either is a failure that says how to fix it, never a skip.
 */
import * as fs from 'node:fs/promises';

export const ARM64_BUSYBOX = process.env.IMAGE_PIPELINE_ARM64_BUSYBOX ?? '/var/cache/image-pipeline-tests/arm64/busybox';

/** The arm64 busybox's path, after checking it is there. */
export async function arm64Busybox(): Promise<string> {
  const ok = await fs.access(ARM64_BUSYBOX).then(
    () => true,
    () => false,
  );
  if (!ok)
    throw new Error(
      `expected an arm64 static busybox at ${ARM64_BUSYBOX}, got none: run scripts/ensure-deps.sh (dpkg --add-architecture arm64; apt-get update; apt-get download busybox-static:arm64; dpkg-deb -x)`,
    );
  return ARM64_BUSYBOX;
}

/** Throws, with the fix, unless the kernel runs aarch64 programs through qemu. */
export async function requireArm64Emulation(): Promise<void> {
  const state = await fs.readFile('/proc/sys/fs/binfmt_misc/qemu-aarch64', 'utf8').catch(() => 'missing');
  if (!state.startsWith('enabled'))
    throw new Error(
      `expected the qemu-aarch64 binfmt handler to be enabled, got ${state.split('\n')[0]}: apt-get install qemu-user-static binfmt-support; update-binfmts --enable qemu-aarch64`,
    );
}
