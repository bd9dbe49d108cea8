import { describe, expect, it } from 'vitest';
import { mergeTrees } from '../../renderer/src/i18n/resources';

describe('translation resources', () => {
  it('merges feature files into one tree', () => {
    expect(mergeTrees({ a: { b: 'x' } }, { a: { c: 'y' } }, { d: 'z' })).toEqual({ a: { b: 'x', c: 'y' }, d: 'z' });
  });

  it('refuses a key defined in two files', () => {
    expect(() => mergeTrees({ a: { b: 'x' } }, { a: { b: 'y' } })).toThrow('translation key defined twice: a.b');
    expect(() => mergeTrees({ a: 'x' }, { a: { b: 'y' } })).toThrow('translation key defined twice: a');
  });
});
