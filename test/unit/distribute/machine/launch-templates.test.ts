import { describe, expect, test } from '@jest/globals';
import {
  launchTemplateVersionsOutput,
  parseLaunchTemplates,
  planLaunchTemplates,
  type PublishedVersion,
} from '../../../../shared/src/distribute/machine/launch-template-targets.js';
import { versionClientToken } from '../../../../shared/src/distribute/machine/launch-templates.js';
import { PipelineError } from '../../../../shared/src/errors.js';

const ID = 'lt-0123456789abcdef0';

describe('parseLaunchTemplates', () => {
  test.each([
    ['a name', 'web-servers', [{ name: 'web-servers', line: 1 }]],
    ['an id', ID, [{ id: ID, line: 1 }]],
    ['region:id', `eu-west-1:${ID}`, [{ region: 'eu-west-1', id: ID, line: 1 }]],
    ['region:name with spaces around', '  us-gov-west-1 : batch/v2(x)_y.z  ', [{ region: 'us-gov-west-1', name: 'batch/v2(x)_y.z', line: 1 }]],
    [
      'comments, blank lines and commas; line numbers count every line',
      `# templates\n\nweb # the fleet\n\r\neu-west-1:api, ap-southeast-2:${ID}\n`,
      [
        { name: 'web', line: 3 },
        { region: 'eu-west-1', name: 'api', line: 5 },
        { region: 'ap-southeast-2', id: ID, line: 5 },
      ],
    ],
    ['a name that starts with lt- but is not hex', 'lt-web', [{ name: 'lt-web', line: 1 }]],
    [
      'the same template in two regions',
      'eu-west-1:web\nus-east-1:web\nweb',
      [
        { region: 'eu-west-1', name: 'web', line: 1 },
        { region: 'us-east-1', name: 'web', line: 2 },
        { name: 'web', line: 3 },
      ],
    ],
    ['empty', '  \n# none\n', []],
  ])('%s', (_what, text, expected) => {
    expect(parseLaunchTemplates(text)).toEqual(expected);
  });

  test.each([
    ['a bad region', 'web\nEU-WEST-1:web', 2, "line 2: 'EU-WEST-1' is not an AWS region"],
    ['nothing after the region', 'eu-west-1:', 1, "line 1: no launch template after 'eu-west-1:'"],
    ['a short id', 'lt-0123456789abcdef', 1, "line 1: 'lt-0123456789abcdef' looks like a launch template id but has 16 hex digits, not 17 in lower case"],
    ['an upper-case id', 'lt-0123456789ABCDEF0', 1, 'looks like a launch template id'],
    ['a name too short', 'ab', 1, "line 1: 'ab' is neither a launch template id nor a valid name"],
    ['a name with a space', 'web servers', 1, "'web servers' is neither a launch template id nor a valid name"],
    ['a name too long', 'a'.repeat(129), 1, 'is neither a launch template id nor a valid name'],
    ['a duplicate', `web\n# x\n${ID}\nweb`, 4, "'web' is listed twice (lines 1 and 4)"],
    ['a duplicate in one region', 'eu-west-1:web, eu-west-1:web', 1, 'listed twice (lines 1 and 1)'],
  ])('%s is an error naming the input and line', (_what, text, line, message) => {
    let err: unknown;
    try {
      parseLaunchTemplates(text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PipelineError);
    const pe = err as PipelineError;
    expect(pe.code).toBe('INPUT');
    expect(pe.input).toBe('launch-templates');
    expect(pe.line).toBe(line);
    expect(pe.message).toContain(message);
    expect(pe.hint).toBeTruthy();
  });

  test('another input name is carried into the error', () => {
    expect(() => parseLaunchTemplates('x', 'templates')).toThrow(/input 'templates'/);
  });

  test('a control character in a bad line is shown escaped, not echoed', () => {
    expect(() => parseLaunchTemplates('web\u202eevil')).toThrow(/web\\u202eevil/);
  });
});

describe('planLaunchTemplates', () => {
  const targets = parseLaunchTemplates(`web\neu-west-1:${ID}`);

  test('a line without a region goes to every region, a region line to its region, in line order', () => {
    expect(planLaunchTemplates(targets, ['us-east-1', 'eu-west-1']).map((p) => `${p.region} ${p.target.id ?? p.target.name ?? ''}`)).toEqual([
      'us-east-1 web',
      'eu-west-1 web',
      `eu-west-1 ${ID}`,
    ]);
  });

  test('a region the image does not go to is an error naming the line, before anything is published', () => {
    const err = (() => {
      try {
        planLaunchTemplates(targets, ['us-east-1']);
      } catch (e) {
        return e as PipelineError;
      }
      throw new Error('no error');
    })();
    expect(err.code).toBe('INPUT');
    expect(err.line).toBe(2);
    expect(err.message).toContain('line 2 names the region eu-west-1, where the image is not distributed');
    expect(err.hint).toContain("Add eu-west-1 to 'regions'");
  });
});

test('versionClientToken is stable for the same request, differs for another, and fits EC2 (<= 128 ASCII)', () => {
  const a = versionClientToken(ID, '3', { ImageId: 'ami-0aaaaaaaaaaaaaaa1' });
  expect(versionClientToken(ID, '3', { ImageId: 'ami-0aaaaaaaaaaaaaaa1' })).toBe(a);
  expect(versionClientToken(ID, '4', { ImageId: 'ami-0aaaaaaaaaaaaaaa1' })).not.toBe(a);
  expect(versionClientToken(ID, '3', { ImageId: 'ami-0bbbbbbbbbbbbbbb2' })).not.toBe(a);
  expect(a).toMatch(/^ipl-lt-[0-9a-f]{60}$/);
  expect(a.length).toBeLessThanOrEqual(128);
});

test('launchTemplateVersionsOutput groups by region', () => {
  const row = (region: string, name: string, version: number, def: boolean): PublishedVersion => ({
    region,
    templateId: `lt-${name}`,
    name,
    version,
    default: def,
    imageId: 'ami-1',
    outcome: 'created',
    previousDefault: 1,
  });
  expect(launchTemplateVersionsOutput([row('us-east-1', 'web', 2, true), row('eu-west-1', 'web', 5, false), row('us-east-1', 'api', 3, true)])).toEqual({
    'us-east-1': [
      { templateId: 'lt-web', name: 'web', version: 2, default: true },
      { templateId: 'lt-api', name: 'api', version: 3, default: true },
    ],
    'eu-west-1': [{ templateId: 'lt-web', name: 'web', version: 5, default: false }],
  });
});
