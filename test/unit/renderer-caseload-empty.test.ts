import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, hasFilters } from '../../renderer/src/pages/caseload/caseload-query';

describe('an empty caseload', () => {
  it('counts as filtered only when a filter narrows it, not for sorting or paging', () => {
    expect(hasFilters(DEFAULT_VIEW)).toBe(false);
    expect(hasFilters({ ...DEFAULT_VIEW, direction: 'desc', page: 3 })).toBe(false);
    expect(hasFilters({ ...DEFAULT_VIEW, status: ['active'] })).toBe(true);
    expect(hasFilters({ ...DEFAULT_VIEW, coachId: 4 })).toBe(true);
    expect(hasFilters({ ...DEFAULT_VIEW, noContactOver90: true })).toBe(true);
  });
});
