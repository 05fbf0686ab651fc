/**
 * Run the EC2 emulator as a process, for the local pipeline runner or by
 * hand: `npx tsx test/emulators/ec2/main.ts --port 4566 --state /tmp/ec2.json
 * --copy-delay-ms 2000`. Point clients at it with aws-endpoint-url (or
 * AWS_ENDPOINT_URL_EC2) and any static credentials.
 */
import { startEc2Emulator } from './server.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const emu = await startEc2Emulator({
  port: Number(arg('port') ?? 0),
  ...(arg('state') !== undefined ? { stateFile: arg('state') } : {}),
  copyDelayMs: Number(arg('copy-delay-ms') ?? 2000),
});
process.stdout.write(`${emu.url}\n`);
const stop = () => void emu.stop().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
