/**
 * SSM parameter names: placeholders filled, and AWS's naming rules applied
 * before anything runs (length 1011, characters, hierarchy depth 15, the
 * reserved aws/ssm prefixes, a leading slash for hierarchies).
 */
import { describe, expect, test } from '@jest/globals';
import {
  checkParameterNames,
  expandParameterName,
  parameterNameProblem,
  parseParameterTemplate,
} from '../../../../shared/src/distribute/machine/ssm-parameter-names.js';
import { pipelineErrorOf as fails } from '../../../support/pipeline-error.js';

describe('expandParameterName', () => {
  test.each([
    ['/images/{{family}}/latest', '/images/web/latest'],
    ['/images/{{ family }}/{{region}}/latest', '/images/web/eu-west-1/latest'],
    ['/images/{{region}}-{{region}}', '/images/eu-west-1-eu-west-1'],
    ['golden-ami', 'golden-ami'],
    ['/images/{{other}}', '/images/{{other}}'],
  ])('%s -> %s', (template, name) => {
    expect(expandParameterName(template, { family: 'web', region: 'eu-west-1' })).toBe(name);
  });
});

describe('parameterNameProblem: what AWS refuses', () => {
  const deep = (n: number) => `/${Array.from({ length: n }, (_, i) => `l${i + 1}`).join('/')}`;
  test.each([['/images/web/latest'], ['golden-ami'], ['/a_b.c-d/E9'], [deep(15)], [`/${'a'.repeat(1010)}`], ['/awesome/x'], ['/images/aws/x']])(
    'takes %s',
    (name) => {
      expect(parameterNameProblem(name)).toBeUndefined();
    },
  );
  test.each([
    ['', 'empty'],
    [`/${'a'.repeat(1011)}`, 'it is 1012 characters long; AWS allows at most 1011'],
    ['/images/web server', 'it contains a space'],
    ['/images/web:latest', "it contains ':'"],
    ['/images/{{family}}', "it contains '{'"],
    ['images/web', "must start with '/'"],
    ['/images/web/', "ends with '/'"],
    ['/images//web', "empty level ('//')"],
    [deep(16), 'it is 16 levels deep; AWS allows at most 15'],
    ['/aws/images', "begins with 'aws'"],
    ['/AWSimages/x', "begins with 'AWS'"],
    ['ssm-latest', "begins with 'ssm'"],
    ['/SSM/x', "begins with 'SSM'"],
  ])('refuses %j: %s', (name, why) => {
    expect(parameterNameProblem(name)).toContain(why);
  });
});

describe('parseParameterTemplate', () => {
  test('a good template is kept, trimmed', () => {
    expect(parseParameterTemplate('  /images/{{family}}/{{region}}/latest \n')).toBe('/images/{{family}}/{{region}}/latest');
  });
  test.each([
    ['/images/{{famly}}/latest', "placeholder '{{famly}}'", 'Use {{family}}'],
    ['/aws/{{family}}', 'reserved by AWS', 'not beginning with aws or ssm'],
    ['/images/{{family}/latest', "contains '{'", 'letters, digits'],
    ['images/{{family}}', "must start with '/'", '/images/{{family}}/latest'],
  ])('%s is refused naming the input', (text, why, hint) => {
    const e = fails(() => parseParameterTemplate(text));
    expect(e.code).toBe('INPUT');
    expect(e.input).toBe('ssm-parameter');
    expect(e.message).toContain(why);
    expect(e.hint).toContain(hint);
  });
});

describe('checkParameterNames', () => {
  test('one name per region', () => {
    expect([...checkParameterNames('/images/{{family}}/{{region}}', 'web', ['us-east-1', 'eu-west-1'])]).toEqual([
      ['us-east-1', '/images/web/us-east-1'],
      ['eu-west-1', '/images/web/eu-west-1'],
    ]);
  });
  test('a family that breaks the name is named with the region', () => {
    const e = fails(() => checkParameterNames('/images/{{family}}/latest', 'Web (x86)', ['eu-west-1']));
    expect(e.input).toBe('ssm-parameter');
    expect(e.message).toContain("gives '/images/Web (x86)/latest' for eu-west-1 (family 'Web (x86)')");
    expect(e.message).toContain('it contains a space');
    expect(e.hint).toContain('ami-family');
  });
  test('a long family can push the name past 1011 characters', () => {
    const e = fails(() => checkParameterNames('/images/{{family}}/latest', 'f'.repeat(1000), ['us-east-1']));
    expect(e.message).toContain('1015 characters long');
    expect(e.message.length).toBeLessThan(400);
  });
});
