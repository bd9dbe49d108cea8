import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, isFiltered } from '../../renderer/src/pages/caseload/caseload-query';

describe('an empty caseload', () => {
  it('counts as filtered only when a filter narrows it, not for sorting or paging', () => {
    expect(isFiltered(DEFAULT_VIEW)).toBe(false);
    expect(isFiltered({ ...DEFAULT_VIEW, direction: 'desc', page: 3 })).toBe(false);
    expect(isFiltered({ ...DEFAULT_VIEW, status: ['active'] })).toBe(true);
    expect(isFiltered({ ...DEFAULT_VIEW, coachId: 4 })).toBe(true);
    expect(isFiltered({ ...DEFAULT_VIEW, noContactOver90: true })).toBe(true);
  });
});
