import { describe, expect, it } from 'vitest';
import { arrangeRoster, nextWaitPosition, type Place } from '../../../electron/domain/wait-list';

const place = (id: number, status: Place['status'], waitPosition: number | null = null): Place => ({
  id,
  status,
  waitPosition,
});

describe('wait list order when positions are missing or equal', () => {
  it('lets the earlier enrolment (lower id) in first when two wait at the same position', () => {
    // Two people put on the wait list at once (one enrolment call) hold the same position.
    const roster = [place(1, 'enrolled'), place(9, 'waitlisted', 1), place(4, 'waitlisted', 1)];
    // Number 9 keeps position 1, which is now right: no change is written for it.
    expect(arrangeRoster(roster, 2)).toEqual([{ id: 4, status: 'enrolled', waitPosition: null }]);
    expect(arrangeRoster([...roster].reverse(), 2)).toEqual([{ id: 4, status: 'enrolled', waitPosition: null }]);
  });

  it('puts someone waiting without a position after those with one, earlier enrolment first', () => {
    const roster = [place(7, 'waitlisted'), place(3, 'waitlisted'), place(8, 'waitlisted', 1)];
    expect(arrangeRoster(roster, 0)).toEqual([
      { id: 3, status: 'waitlisted', waitPosition: 2 },
      { id: 7, status: 'waitlisted', waitPosition: 3 },
    ]);
  });
});

describe('a newcomer on the wait list', () => {
  it('ignores a position left on a withdrawn or enrolled place', () => {
    // A withdrawal or a promotion may leave its old number behind; only the waiting count.
    expect(nextWaitPosition([place(1, 'withdrawn', 6), place(2, 'enrolled', 3), place(3, 'waitlisted', 2)])).toBe(3);
  });
});
