/**
 * The EC2 and Parameter Store emulators as the AMI e2e tests start them, in one
 * place so every suite drives them the same way: the SDK's credentials, the
 * emulators' timing, and the link that lets SSM's aws:ec2:image check see the
 * images EC2 holds.
 */
import { afterAll, beforeAll } from '@jest/globals';
import { ec2ClientFactory, type Ec2ClientFactory } from '../../shared/src/aws/ec2-client.js';
import { inputEnv } from '../../scripts/local/run-bundle.js';
import { startEc2Emulator, type Ec2Emulator, type EmulatorOptions } from '../emulators/ec2/server.js';
import { startSsmEmulator, type SsmEmulator } from '../emulators/ssm/server.js';

/** The key pair the emulators accept; they check the SigV4 shape, not the secret. */
export const EMULATOR_CREDENTIALS = { accessKeyId: 'AKIDEMULATOR', secretAccessKey: 'emulator-secret' };

/**
 * Sets AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY for this file's tests (the SDK
 * reads them from the process environment, as on a runner after
 * configure-aws-credentials) and puts the old values back afterwards. A key id
 * per suite keeps suites apart in the emulators' logs.
 */
export function useEnvCredentials(accessKeyId: string): void {
  const creds = { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: EMULATOR_CREDENTIALS.secretAccessKey };
  const saved: Record<string, string | undefined> = {};
  beforeAll(() => {
    for (const [k, v] of Object.entries(creds)) {
      saved[k] = process.env[k];
      process.env[k] = v;
    }
  });
  afterAll(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });
}

export interface AmiEmulators {
  ec2: Ec2Emulator;
  ssm: SsmEmulator;
}

/** Fresh EC2 and SSM emulators; SSM treats an image id as existing when EC2 holds it in that region. */
export async function startAmiEmulators(): Promise<AmiEmulators> {
  const ec2 = await startEc2Emulator({ copyDelayMs: 100 });
  const ssm = await startSsmEmulator({ validationDelayMs: 50, imageVisible: (region, _account, id) => ec2.image(region, id) !== undefined });
  return { ec2, ssm };
}

export async function stopAmiEmulators({ ec2, ssm }: AmiEmulators): Promise<void> {
  await ssm.stop();
  await ec2.stop();
}

/**
 * The environment main() reads for distribute-image: the inputs as INPUT_*
 * variables, SSM's endpoint as a job would set it (AWS_ENDPOINT_URL_SSM; EC2's
 * comes from the aws-endpoint-url input) and the default region.
 */
export function distributeEnv(ssm: SsmEmulator, inputs: Record<string, string>, region = 'us-east-1'): Record<string, string> {
  return { ...inputEnv(inputs), AWS_ENDPOINT_URL_SSM: ssm.url, AWS_REGION: region };
}

export interface Ec2WithClients {
  emu: Ec2Emulator;
  clients: Ec2ClientFactory;
}

/** An EC2 emulator and the real SDK clients (one per region) pointed at it. */
export async function startEc2WithClients(opts: EmulatorOptions): Promise<Ec2WithClients> {
  const emu = await startEc2Emulator(opts);
  return { emu, clients: ec2ClientFactory({ endpoint: emu.url, credentials: EMULATOR_CREDENTIALS }) };
}
