/**
 * `keep` on the first run with `launch-templates`: a listed template that is
 * not tagged managed yet (publishing tags it only after every region is
 * distributed, and retention runs before that) still protects the images its
 * versions use. Against the EC2 emulator through the real @aws-sdk/client-ec2.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { CreateLaunchTemplateCommand, DescribeLaunchTemplatesCommand, DescribeLaunchTemplateVersionsCommand } from '@aws-sdk/client-ec2';
import { ec2ClientFactory, type Ec2ClientFactory } from '../../shared/src/aws/ec2-client.js';
import { distributeAmi, type DistributeAmiOptions } from '../../shared/src/distribute/machine/ami-distribute.js';
import { FAMILY_TAG, MANAGED_LAUNCH_TEMPLATE_TAG } from '../../shared/src/distribute/machine/ami-retention.js';
import { parseLaunchTemplates } from '../../shared/src/distribute/machine/launch-template-targets.js';
import type { Ec2Emulator } from '../emulators/ec2/server.js';
import { EMULATOR_CREDENTIALS, startEc2WithClients } from '../support/ami-emulators.js';

const R1 = 'us-east-1';
const R2 = 'eu-west-1';
const RETRY = { attempts: 6, baseDelayMs: 5, maxDelayMs: 40, budgetMs: 30_000 };
const FAM = { [FAMILY_TAG]: 'app-base' };
const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}T10:00:00.000Z`;

let emu: Ec2Emulator;
let clients: Ec2ClientFactory;

beforeEach(async () => ({ emu, clients } = await startEc2WithClients({ copyDelayMs: 50 })));
afterEach(() => emu.stop());

/** An untagged template, as a team has it before its first run with launch-templates. */
async function createTemplate(region: string, name: string, imageId: string): Promise<string> {
  const out = await clients(region).send(
    new CreateLaunchTemplateCommand({ LaunchTemplateName: name, LaunchTemplateData: { ImageId: imageId, InstanceType: 't3.micro' } }),
  );
  return out.LaunchTemplate?.LaunchTemplateId ?? '';
}

async function tagsOf(region: string, id: string): Promise<string[]> {
  const out = await clients(region).send(new DescribeLaunchTemplatesCommand({ LaunchTemplateIds: [id] }));
  return (out.LaunchTemplates?.[0]?.Tags ?? []).map((t) => t.Key ?? '');
}

async function defaultImage(region: string, id: string): Promise<string | undefined> {
  const out = await clients(region).send(new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: id, Versions: ['$Default'] }));
  return out.LaunchTemplateVersions?.[0]?.LaunchTemplateData?.ImageId;
}

function options(amiId: string, extra: Partial<DistributeAmiOptions>): DistributeAmiOptions {
  return {
    amiId,
    sourceRegion: R1,
    regions: [],
    keep: 1,
    clients,
    retry: RETRY,
    waiter: { minDelayMs: 10, maxDelayMs: 50, notFoundGraceMs: 2000 },
    maxWaitMs: 10_000,
    ...extra,
  };
}

describe('keep spares what a listed launch template uses, from the first run', () => {
  test('an untagged template named in launch-templates keeps its default version image; its new default is the new image', async () => {
    const older = emu.addImage(R1, { name: 'app-base-20261101', tags: FAM, creationDate: day(1) });
    const used = emu.addImage(R1, { name: 'app-base-20261102', tags: FAM, creationDate: day(2) });
    const id = await createTemplate(R1, 'web', used.id);
    expect(await tagsOf(R1, id)).toEqual([]);
    const src = emu.addImage(R1, { name: 'app-base-20261130', tags: FAM, creationDate: day(30) });

    const res = await distributeAmi(options(src.id, { launchTemplates: { targets: parseLaunchTemplates('web'), makeDefault: true } }));

    const row = res.rows[0]!;
    expect(row.keptInUse).toEqual([used.id]);
    expect(row.removed.map((r) => r.imageId)).toEqual([older.id]);
    expect(emu.image(R1, used.id)).toBeDefined();
    expect(emu.image(R1, older.id)).toBeUndefined();
    // Published after retention: tagged managed and moved to the new image, its version 1 still launchable.
    expect(res.launchTemplateVersions?.map((v) => [v.name, v.version, v.default])).toEqual([['web', 2, true]]);
    expect(await tagsOf(R1, id)).toEqual([MANAGED_LAUNCH_TEMPLATE_TAG]);
    expect(await defaultImage(R1, id)).toBe(src.id);
  });

  test('by id, per region: a line for another region protects nothing here; a template not listed and not tagged protects nothing', async () => {
    const r1Old = emu.addImage(R1, { name: 'app-base-20261101', tags: FAM, creationDate: day(1) });
    const r2Old = emu.addImage(R2, { name: 'app-base-20261101', tags: FAM, creationDate: day(1) });
    const r2Other = emu.addImage(R2, { name: 'app-base-20261102', tags: FAM, creationDate: day(2) });
    const r1Template = await createTemplate(R1, 'web', r1Old.id);
    const r2Template = await createTemplate(R2, 'web', r2Old.id);
    await createTemplate(R2, 'unlisted', r2Other.id);
    const src = emu.addImage(R1, { name: 'app-base-20261130', tags: FAM, creationDate: day(30) });

    const res = await distributeAmi(
      options(src.id, { regions: [R2], launchTemplates: { targets: parseLaunchTemplates(`${R2}:${r2Template}`), makeDefault: false } }),
    );

    const byRegion = Object.fromEntries(res.rows.map((r) => [r.region, r]));
    // us-east-1's 'web' is not listed for us-east-1 (the line names eu-west-1) and is untagged: its image goes.
    expect(byRegion[R1]?.removed.map((r) => r.imageId)).toEqual([r1Old.id]);
    expect(byRegion[R2]?.keptInUse).toEqual([r2Old.id]);
    expect(byRegion[R2]?.removed.map((r) => r.imageId)).toEqual([r2Other.id]);
    expect(emu.image(R2, r2Old.id)).toBeDefined();
    expect(await tagsOf(R1, r1Template)).toEqual([]);
    expect(await tagsOf(R2, r2Template)).toEqual([MANAGED_LAUNCH_TEMPLATE_TAG]);
  });

  test('a listed template missing from the region does not stop retention; publishing names its line', async () => {
    const older = emu.addImage(R1, { name: 'app-base-20261101', tags: FAM, creationDate: day(1) });
    const src = emu.addImage(R1, { name: 'app-base-20261130', tags: FAM, creationDate: day(30) });
    // Missing from the start, the template fails the run before anything is done (distribute-preflight.test.ts).
    // Here it is deleted right after the pre-flight found it (its first look-up), as someone may do by hand:
    // retention, and publishing's own check, still meet a missing template.
    const id = await createTemplate(R1, 'web', older.id);
    const racing = ec2ClientFactory({ endpoint: emu.url, credentials: EMULATOR_CREDENTIALS });
    let deleted = false;
    racing(R1).middlewareStack.add(
      (next, context) => async (args) => {
        const out = await next(args);
        if (!deleted && context.commandName === 'DescribeLaunchTemplatesCommand') {
          delete emu.state.regions[R1]?.launchTemplates[id];
          deleted = true;
        }
        return out;
      },
      { step: 'initialize', name: 'deleteTemplateAfterPreflight' },
    );
    const err = await distributeAmi(
      options(src.id, { clients: racing, launchTemplates: { targets: parseLaunchTemplates('# ours\nweb'), makeDefault: true } }),
    ).catch((e: unknown) => e);
    expect(deleted).toBe(true);
    expect(err).toMatchObject({ code: 'INPUT', input: 'launch-templates', line: 2 });
    expect(String((err as Error).message)).toContain(`no launch template with name 'web' exists in ${R1}`);
    expect(emu.image(R1, older.id)).toBeUndefined();
    expect(emu.callsTo('DescribeLaunchTemplates').some((c) => c.error === 'InvalidLaunchTemplateName.NotFoundException')).toBe(true);
  });
});
