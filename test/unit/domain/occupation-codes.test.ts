import { describe, expect, it } from 'vitest';
import { occupations } from '../../../electron/domain/occupations';
import { isOccupationCode, OCCUPATION_CODES } from '../../../electron/domain/occupations/codes';

// The contract checks codes against the short list; it must name exactly the full list's groups.
describe('the occupation code list the contract loads', () => {
  it('holds exactly the codes of the full occupation list', () => {
    expect([...OCCUPATION_CODES].sort()).toEqual(occupations.map((o) => o.code).sort());
  });

  it('accepts a listed code and refuses an unlisted or malformed one', () => {
    expect(isOccupationCode('2211')).toBe(true);
    expect(isOccupationCode('2219')).toBe(false);
    expect(isOccupationCode(' 2211')).toBe(false);
    expect(isOccupationCode(2211)).toBe(false);
  });
});
