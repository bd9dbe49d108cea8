import { describe, expect, it } from 'vitest';
import type { AttendanceStatus } from '../../../electron/domain/codes';
import { meetsCompletionShare, summariseWorkshop, type SessionFact } from '../../../electron/domain/completion';

const TODAY = '2026-06-30';

/** Weekly sessions from 1 June; `cancelled` lists the indexes called off. */
function weekly(n: number, cancelled: number[] = [], start = '2026-06-01'): SessionFact[] {
  return Array.from({ length: n }, (_, i) => {
    const date = new Date(`${start}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + 7 * i);
    return { date: date.toISOString().slice(0, 10), status: cancelled.includes(i) ? 'cancelled' : 'scheduled' };
  });
}

function course(sessions: SessionFact[], statuses: (AttendanceStatus | null)[], type = 'BACK_TO_WORK' as const) {
  const marks = statuses.flatMap((status, i) => (status && sessions[i] ? [{ session: sessions[i], status }] : []));
  return summariseWorkshop({ type, sessions, marks }, TODAY);
}

describe('CRF-1 completion share, in integers', () => {
  it.each([
    [3, 4, true],
    [6, 8, true],
    [2, 3, false],
    [5, 8, false],
    [4, 4, true],
    [0, 0, false],
    [1, 1, true],
    [9, 12, true],
    [8, 11, false],
  ])('%i attended of %i sessions → %s', (attended, sessions, want) => {
    expect(meetsCompletionShare(attended, sessions)).toBe(want);
  });
});

describe('summariseWorkshop', () => {
  it('completes at exactly 75%: 3 of 4 with LATE counting as attended', () => {
    const s = course(weekly(4), ['PRESENT', 'LATE', 'ABSENT', 'PRESENT']);
    expect(s).toMatchObject({ sessions: 4, held: 4, attended: 3, rate: 0.75, completed: true, finished: true });
  });

  it('does not complete 2 of 3; EXCUSED and unmarked rows are not attended', () => {
    expect(course(weekly(3), ['PRESENT', 'EXCUSED', 'PRESENT']).completed).toBe(false);
    expect(course(weekly(3), ['PRESENT', null, 'PRESENT'])).toMatchObject({ attended: 2, completed: false });
  });

  it('leaves cancelled sessions out of the count and out of the end date', () => {
    // Five dated, the second cancelled: 3 attended of 4 sessions completes.
    const sessions = weekly(5, [1]);
    const s = course(sessions, ['PRESENT', 'PRESENT', 'PRESENT', 'ABSENT', 'PRESENT']);
    expect(s).toMatchObject({ sessions: 4, attended: 3, completed: true });
    // A cancelled last session does not push the end past today.
    const late = [...weekly(4), { date: '2026-07-20', status: 'cancelled' as const }];
    expect(course(late, ['PRESENT', 'PRESENT', 'PRESENT', 'PRESENT'])).toMatchObject({
      finished: true,
      completed: true,
    });
  });

  it('is not complete while the last session is still ahead, however well attended', () => {
    const sessions = weekly(6, [], '2026-06-10'); // last on 15 July
    const s = course(sessions, ['PRESENT', 'PRESENT', 'PRESENT']);
    expect(s).toMatchObject({ sessions: 6, held: 3, attended: 3, rate: 1, finished: false, completed: false });
  });

  it('counts a last session dated today as past (CRF-1: last session ≤ E)', () => {
    const sessions = weekly(4, [], '2026-06-09'); // 9, 16, 23, 30 June
    expect(course(sessions, ['PRESENT', 'PRESENT', 'ABSENT', 'PRESENT']).completed).toBe(true);
  });

  it('has no rate before the first session, and neither rate nor completion for drop-in types', () => {
    expect(course(weekly(4, [], '2026-07-05'), []).rate).toBeNull();
    const club = summariseWorkshop(
      { type: 'JOB_CLUB', sessions: weekly(4), marks: weekly(4).map((session) => ({ session, status: 'PRESENT' })) },
      TODAY,
    );
    expect(club).toMatchObject({ attended: 4, rate: null, completed: null });
  });
});

describe('summariseWorkshop at the edges of today', () => {
  it('counts a session held today as held, and its mark as attended', () => {
    // Four weekly sessions, the last on 29 June; seen on the day of the last one.
    const sessions = weekly(4, [], '2026-06-08');
    const s = summariseWorkshop(
      { type: 'BACK_TO_WORK', sessions, marks: sessions.map((session) => ({ session, status: 'PRESENT' })) },
      '2026-06-29',
    );
    expect(s).toMatchObject({ held: 4, attended: 4, rate: 1, finished: true, completed: true });
  });

  it('does not count a mark made ahead of a session still to come', () => {
    const sessions = weekly(4, [], '2026-06-23'); // 23/06 and 30/06 held; 07/07 and 14/07 to come.
    const marks = sessions.map((session) => ({ session, status: 'PRESENT' as const }));
    const s = summariseWorkshop({ type: 'BACK_TO_WORK', sessions, marks }, TODAY);
    expect(s).toMatchObject({ held: 2, attended: 2, rate: 1, finished: false, completed: false });
  });

  it('finds the last session whatever order the sessions come in', () => {
    // The latest session (14/07) is listed first: the run is not over on 30/06.
    const sessions = weekly(4, [], '2026-06-23').reverse();
    const marks = sessions.map((session) => ({ session, status: 'PRESENT' as const }));
    expect(summariseWorkshop({ type: 'BACK_TO_WORK', sessions, marks }, TODAY).finished).toBe(false);
    expect(summariseWorkshop({ type: 'BACK_TO_WORK', sessions, marks }, '2026-07-14').finished).toBe(true);
  });
});
