/**
 * Run the Parameter Store emulator as a process, for the local pipeline
 * runner or by hand: `npx tsx test/emulators/ssm/main.ts --port 4583
 * --validation-delay-ms 1000`. Point clients at it with AWS_ENDPOINT_URL_SSM
 * (and AWS_ENDPOINT_URL_STS for ssm-role-arn) and any static credentials.
 * Standing alone it validates aws:ec2:image values by their format only.
 */
import { startSsmEmulator } from './server.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const emu = await startSsmEmulator({ port: Number(arg('port') ?? 0), validationDelayMs: Number(arg('validation-delay-ms') ?? 1000) });
process.stdout.write(`${emu.url}\n`);
const stop = () => void emu.stop().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
