import { describe, expect, it } from '@jest/globals';
import { getBoolean, getEnum, getInput, getInteger, getList, parseKeyValues, parseList } from '../../../shared/src/action/inputs.js';

describe('parseList', () => {
  it.each([
    ['a\nb', ['a', 'b']],
    ['a, b,c', ['a', 'b', 'c']],
    ['# comment\n\n a \n b # trailing', ['a', 'b']],
    ['x#y', ['x#y']],
    ['', []],
  ])('[%#] %j', (text, want) => {
    expect(parseList(text)).toEqual(want);
  });

  it('keeps commas when asked', () => {
    expect(parseList('a,b\nc', { commas: false })).toEqual(['a,b', 'c']);
  });
});

describe('typed inputs', () => {
  const env = { INPUT_NAME: ' v ', INPUT_FLAG: 'yes', 'INPUT_BAD-FLAG': 'maybe', INPUT_MODE: 'fast', INPUT_N: '12', INPUT_LIST: 'a\nb' };
  it('reads by the action.yml name', () => {
    expect(getInput(env, 'name')).toBe('v');
    expect(getList(env, 'list')).toEqual(['a', 'b']);
  });
  it('requires required inputs, naming them', () => {
    expect(() => getInput(env, 'missing', { required: true })).toThrow("input 'missing' is required");
  });
  it('parses booleans and says what is accepted', () => {
    expect(getBoolean(env, 'flag', false)).toBe(true);
    expect(getBoolean(env, 'absent', true)).toBe(true);
    expect(() => getBoolean(env, 'bad-flag', false)).toThrow("input 'bad-flag' is 'maybe', not a boolean");
  });
  it('checks enums', () => {
    expect(() => getEnum(env, 'mode', ['slow', 'steady'] as const, 'slow')).toThrow('not one of slow, steady');
    expect(getEnum(env, 'absent', ['slow', 'steady'] as const, 'steady')).toBe('steady');
  });
  it('checks integers and ranges', () => {
    expect(getInteger(env, 'n', 1)).toBe(12);
    expect(() => getInteger(env, 'n', 1, { max: 10 })).toThrow('from');
  });
});

describe('parseKeyValues', () => {
  it('splits at the first = and keeps the rest of the value', () => {
    expect([...parseKeyValues('A=1\n# c\nB=x=y,z\n\nC=', 'build-args')]).toEqual([
      ['A', '1'],
      ['B', 'x=y,z'],
      ['C', ''],
    ]);
  });
  it.each([
    ['A=1\nnoequals', 2],
    ['=value', 1],
    ['A B=1', 1],
  ])('[%#] names the bad line of %j', (text, line) => {
    try {
      parseKeyValues(text, 'build-args');
      throw new Error('no error');
    } catch (e) {
      expect(e).toMatchObject({ code: 'INPUT', input: 'build-args', line });
      expect((e as Error).message).toContain(`line ${line}`);
    }
  });
});
