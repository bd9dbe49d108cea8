import { describe, expect, it } from 'vitest';
import * as codes from '../../../electron/domain/codes';
import {
  attendanceStatuses,
  barrierCodes,
  dropInWorkshopTypes,
  educationLevels,
  isAttended,
  isConsentMethodSufficient,
  isDropInWorkshopType,
  jobScopes,
  participantStatuses,
  trackSchema,
  workshopTypes,
} from '../../../electron/domain/codes';

const lists = Object.entries(codes).filter(([, value]) => Array.isArray(value)) as [string, readonly string[]][];

describe('code lists', () => {
  it('have no duplicates', () => {
    expect(lists.length).toBeGreaterThan(15);
    for (const [name, list] of lists) expect(new Set(list).size, name).toBe(list.length);
  });

  it('spell CRF-1 codes in upper snake case and Kesher codes in lower snake case', () => {
    const kesherLists = [
      'participantStatuses',
      'screeningOutcomes',
      'coordinatorDecisions',
      'jobScopes',
      'barrierCodes',
      'educationLevels',
      'consentKinds',
      'consentMethods',
    ];
    for (const [name, list] of lists) {
      const pattern = kesherLists.includes(name) ? /^[a-z][a-z_]*$/ : /^[A-Z][A-Z0-9_]*$/;
      for (const code of list) expect(code, `${name}.${code}`).toMatch(pattern);
    }
  });

  it('carry the exact CRF-1 §4 workshop types in order', () => {
    expect(workshopTypes).toHaveLength(27);
    expect(workshopTypes[0]).toBe('EXPOSURE');
    expect(workshopTypes.at(-1)).toBe('OTHER');
  });

  it('follow the participant journey in status order', () => {
    expect(participantStatuses).toEqual(['inquiry', 'screened', 'invited', 'intake', 'active', 'exited']);
  });

  it('order job scopes from smallest to largest', () => {
    expect(jobScopes).toEqual(['quarter', 'third', 'half', 'full']);
  });

  it('offer a reasoned, bounded barrier list ending in other', () => {
    expect(barrierCodes.length).toBeGreaterThanOrEqual(12);
    expect(barrierCodes.length).toBeLessThanOrEqual(15);
    expect(barrierCodes.at(-1)).toBe('other');
    expect(educationLevels.at(-1)).toBe('other');
  });
});

describe('zod enums', () => {
  it('accept listed codes and reject others, including wrong case', () => {
    expect(trackSchema.safeParse('SALARIED').success).toBe(true);
    expect(trackSchema.safeParse('salaried').success).toBe(false);
    expect(trackSchema.safeParse('').success).toBe(false);
  });

  it('exist for every list and offer exactly its codes', () => {
    for (const [name, list] of lists) {
      if (name === 'dropInWorkshopTypes') continue;
      const matching = Object.entries(codes).filter(
        ([key, value]) =>
          key.endsWith('Schema') && JSON.stringify((value as { options?: unknown }).options) === JSON.stringify(list),
      );
      expect(matching.length, name).toBe(1);
    }
  });
});

describe('isDropInWorkshopType', () => {
  it('is true exactly for job club, business space and events', () => {
    expect(workshopTypes.filter(isDropInWorkshopType)).toEqual([...dropInWorkshopTypes]);
    expect(isDropInWorkshopType('BACK_TO_WORK')).toBe(false);
  });
});

describe('isAttended', () => {
  it('counts PRESENT and LATE as attended, ABSENT and EXCUSED not', () => {
    expect(attendanceStatuses.filter(isAttended)).toEqual(['PRESENT', 'LATE']);
  });
});

describe('isConsentMethodSufficient', () => {
  it('accepts any method for data-processing consent', () => {
    for (const method of ['written', 'verbal', 'digital'] as const) {
      expect(isConsentMethodSufficient('data_processing', method)).toBe(true);
    }
  });

  it('requires written or digitally signed consent for disclosure to another organisation', () => {
    expect(isConsentMethodSufficient('disclosure', 'written')).toBe(true);
    expect(isConsentMethodSufficient('disclosure', 'digital')).toBe(true);
    expect(isConsentMethodSufficient('disclosure', 'verbal')).toBe(false);
  });
});
