/**
 * Before building for a foreign platform: if the target's stages RUN
 * programs, the kernel needs a binfmt_misc handler (qemu) for that
 * architecture, or the build dies halfway with "exec format error". We check
 * first and fail with the fix. A FROM scratch + COPY image needs none.
 */
import * as fs from 'node:fs/promises';
import { PipelineError } from '../errors.js';
import { EMULATION_HINT } from './failure.js';

/** OCI architecture -> the name qemu's binfmt handlers use (qemu-<name>). */
const QEMU_ARCH: Record<string, string> = {
  amd64: 'x86_64',
  '386': 'i386',
  arm64: 'aarch64',
  arm: 'arm',
  ppc64le: 'ppc64le',
  s390x: 's390x',
  riscv64: 'riscv64',
  mips64le: 'mips64el',
  loong64: 'loongarch64',
};

/** Node's process.arch -> OCI architecture. */
export const hostArchitecture = (nodeArch: string = process.arch): string => ({ x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm' })[nodeArch] ?? nodeArch;

/** Architectures a host runs natively besides its own. */
const NATIVE_ALSO: Record<string, string[]> = { amd64: ['386'], arm64: ['arm'] };

export const architectureOf = (platform: string): string => platform.split('/')[1] ?? '';

/** Pure: the platforms that would need an emulator we lack. */
export function platformsLackingEmulation(platforms: readonly string[], hostArch: string, runsPrograms: boolean, handlers: readonly string[]): string[] {
  if (!runsPrograms) return [];
  return platforms.filter((p) => {
    const arch = architectureOf(p);
    if (arch === hostArch || (NATIVE_ALSO[hostArch] ?? []).includes(arch)) return false;
    const qemu = QEMU_ARCH[arch] ?? arch;
    return !handlers.some((h) => h === `qemu-${qemu}` || h.startsWith(`qemu-${qemu}-`));
  });
}

/** Enabled binfmt_misc handlers on this machine (empty when binfmt_misc is not mounted). */
export async function binfmtHandlers(dir = '/proc/sys/fs/binfmt_misc'): Promise<string[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const out: string[] = [];
  for (const n of names) {
    if (n === 'register' || n === 'status') continue;
    const text = await fs.readFile(`${dir}/${n}`, 'utf8').catch(() => '');
    if (text.startsWith('enabled')) out.push(n);
  }
  return out;
}

export function emulationError(missing: readonly string[], file: string): PipelineError {
  return new PipelineError(
    'EMULATION',
    `building for ${missing.join(', ')} runs RUN steps for a foreign architecture, and this machine has no emulator for it (no qemu handler in /proc/sys/fs/binfmt_misc)`,
    {
      input: 'platforms',
      file,
      hint: EMULATION_HINT,
    },
  );
}
