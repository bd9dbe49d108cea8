import { beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../db/repositories/audit';
import { createTestCentre, withStaff, type TestApp } from '../fixtures/centre';
import { addInstance, cancelSession, enrol, makeActiveCase } from '../fixtures/workshops';

/*
 * The attendance and facilitator-note methods through dispatch, on an encrypted store, as
 * each role. Today is Sunday 1 November 2026 (the test clock).
 */
let t: TestApp;
let staff: Awaited<
  ReturnType<
    typeof withStaff<{ avi: 'coach'; gila: 'coach'; nava: 'navigator'; fay: 'facilitator'; fred: 'facilitator' }>
  >
>;
const people: number[] = [];
let course: { instanceId: number; sessionIds: number[] };
let other: { instanceId: number; sessionIds: number[] };
let club: { instanceId: number; sessionIds: number[] };

function refused(result: { ok: boolean; error?: { code: string; message: string } }) {
  expect(result.ok).toBe(false);
  return result.error as { code: string; message: string; fields?: { path: string }[] };
}

const NAMES: [string, string][] = [
  ['רות', 'לוי'],
  ['משה', 'אברהם'],
  ['דוד', 'כהן'],
  ['שרה', 'ביטון'],
  ['יוסי', 'אברהם'],
];

beforeAll(async () => {
  t = await createTestCentre();
  staff = await withStaff(t, {
    avi: 'coach',
    gila: 'coach',
    nava: 'navigator',
    fay: 'facilitator',
    fred: 'facilitator',
  } as const);
  for (const [i, [firstName, lastName]] of NAMES.entries()) {
    const created = await t.must('inquiries.create', { firstName, lastName, phone: `052-300-000${i}` });
    if (created.kind !== 'created') throw new Error('expected a new record');
    people.push(created.id);
  }
  const db = t.runtime.db();
  for (const id of people) makeActiveCase(db, id, staff.ids.avi);
  course = addInstance(db, {
    facilitatorId: staff.ids.fay,
    dates: ['2026-10-11', '2026-10-18', '2026-10-25', '2026-11-01', '2026-11-08'],
  });
  enrol(db, course.instanceId, people.slice(0, 4));
  other = addInstance(db, {
    facilitatorId: staff.ids.fred,
    title: 'יוזמים קריירה',
    type: 'CAREER_INIT',
    dates: ['2026-10-20'],
  });
  enrol(db, other.instanceId, [people[4] as number]);
  club = addInstance(db, {
    facilitatorId: staff.ids.fay,
    title: "ג'וב קלאב",
    type: 'JOB_CLUB',
    dates: ['2026-10-29', '2026-11-01'],
  });
});

describe('a facilitator and their own sessions', () => {
  it("lists only the facilitator's sessions, today's first, then coming, then past newest first", async () => {
    await staff.actAs('fay');
    const list = await t.must('attendance.mySessions', {});
    expect(list.map((s) => s.date)).toEqual([
      '2026-11-01',
      '2026-11-01',
      '2026-11-08',
      '2026-10-29',
      '2026-10-25',
      '2026-10-18',
      '2026-10-11',
    ]);
    expect(list.every((s) => s.instanceId !== other.instanceId)).toBe(true);
    const first = list.find((s) => s.sessionId === course.sessionIds[0]);
    expect(first).toMatchObject({ rosterSize: 4, marked: 0, dropIn: false, title: 'חזרה לעולם העבודה' });
    expect(refused(await t.call('attendance.mySessions', { from: 'yesterday' })).code).toBe('invalid_input');
  });

  it('shows the roster in name order, every row unmarked, names and marks only', async () => {
    const view = await t.must('attendance.session', { sessionId: course.sessionIds[0] as number });
    expect(view.roster.map((r) => `${r.lastName} ${r.firstName}`)).toEqual([
      'אברהם משה',
      'ביטון שרה',
      'כהן דוד',
      'לוי רות',
    ]);
    expect(view.roster.every((r) => r.status === null && r.enrolled)).toBe(true);
    expect(Object.keys(view.roster[0] ?? {}).sort()).toEqual([
      'enrolled',
      'firstName',
      'lastName',
      'markedAt',
      'participantId',
      'status',
    ]);
    expect(view.canMark).toBe(true);
  });

  it("refuses another facilitator's roster, marks and notes", async () => {
    const sessionId = other.sessionIds[0] as number;
    expect(refused(await t.call('attendance.session', { sessionId })).message).toBe(
      'errors.attendance.not_your_workshop',
    );
    expect(
      refused(await t.call('attendance.mark', { sessionId, participantId: people[4] as number, status: 'PRESENT' }))
        .code,
    ).toBe('forbidden');
    expect(refused(await t.call('attendance.markRestPresent', { sessionId })).code).toBe('forbidden');
    expect(refused(await t.call('attendance.unmark', { sessionId, participantIds: [people[4] as number] })).code).toBe(
      'forbidden',
    );
    expect(
      refused(
        await t.call('facilitatorNotes.add', {
          instanceId: other.instanceId,
          participantId: people[4] as number,
          text: 'שלום',
        }),
      ).code,
    ).toBe('forbidden');
  });

  it("refuses a participant's record, list, timeline and search to a facilitator", async () => {
    const id = people[0] as number;
    expect(refused(await t.call('participants.get', { id })).code).toBe('forbidden');
    expect(refused(await t.call('participants.timeline', { id })).code).toBe('forbidden');
    expect(refused(await t.call('participants.list', {})).code).toBe('forbidden');
    expect(refused(await t.call('search.quick', { q: 'לוי' })).code).toBe('forbidden');
    expect(refused(await t.call('attendance.forParticipant', { participantId: id })).code).toBe('forbidden');
    expect(refused(await t.call('facilitatorNotes.forParticipant', { participantId: id })).code).toBe('forbidden');
  });

  it('saves a mark at once, and undo restores the previous state', async () => {
    const sessionId = course.sessionIds[0] as number;
    const participantId = people[0] as number;
    const first = await t.must('attendance.mark', { sessionId, participantId, status: 'ABSENT' });
    expect(first).toMatchObject({ status: 'ABSENT', previous: null });
    const second = await t.must('attendance.mark', { sessionId, participantId, status: 'LATE' });
    expect(second).toMatchObject({ status: 'LATE', previous: 'ABSENT' });
    // Undo of the second mark puts the first back; undo of the first takes the mark away.
    await t.must('attendance.mark', { sessionId, participantId, status: second.previous ?? 'PRESENT' });
    const mark = async () =>
      (await t.must('attendance.session', { sessionId })).roster.find((r) => r.participantId === participantId)?.status;
    expect(await mark()).toBe('ABSENT');
    expect(await t.must('attendance.unmark', { sessionId, participantIds: [participantId] })).toEqual({
      unmarked: [participantId],
    });
    expect(await mark()).toBeNull();
  });

  it('refuses bad marks: unknown status, someone not on the roster, a future or cancelled session', async () => {
    const sessionId = course.sessionIds[0] as number;
    const bad = refused(
      await t.call('attendance.mark', { sessionId, participantId: people[0] as number, status: 'HERE' as 'PRESENT' }),
    );
    expect(bad.code).toBe('invalid_input');
    expect(
      refused(await t.call('attendance.mark', { sessionId, participantId: people[4] as number, status: 'PRESENT' }))
        .message,
    ).toBe('errors.attendance.not_on_roster');
    expect(
      refused(
        await t.call('attendance.mark', { sessionId: 99_999, participantId: people[0] as number, status: 'PRESENT' }),
      ).code,
    ).toBe('not_found');
    const future = course.sessionIds[4] as number;
    expect(
      refused(
        await t.call('attendance.mark', { sessionId: future, participantId: people[0] as number, status: 'PRESENT' }),
      ).message,
    ).toBe('errors.attendance.session_in_future');
    expect((await t.must('attendance.session', { sessionId: future })).canMark).toBe(false);
    expect(refused(await t.call('attendance.unmark', { sessionId, participantIds: [] })).code).toBe('invalid_input');
    const view = await t.must('attendance.session', { sessionId });
    expect(view.roster.every((r) => r.status === null)).toBe(true);
  });

  it('marks everyone else present in one call, and undoes it in one call', async () => {
    const sessionId = course.sessionIds[1] as number;
    await t.must('attendance.mark', { sessionId, participantId: people[1] as number, status: 'ABSENT' });
    const rest = await t.must('attendance.markRestPresent', { sessionId });
    expect(rest.marked.sort()).toEqual([people[0], people[2], people[3]].sort());
    const view = await t.must('attendance.session', { sessionId });
    expect(view.roster.map((r) => r.status).sort()).toEqual(['ABSENT', 'PRESENT', 'PRESENT', 'PRESENT']);
    expect((await t.must('attendance.markRestPresent', { sessionId })).marked).toEqual([]);
    await t.must('attendance.unmark', { sessionId, participantIds: rest.marked });
    const after = await t.must('attendance.session', { sessionId });
    expect(after.roster.filter((r) => r.status !== null).map((r) => r.participantId)).toEqual([people[1]]);
    await t.must('attendance.markRestPresent', { sessionId });
  });

  it('refuses marks at a cancelled session', async () => {
    await staff.actAs('admin');
    const extra = addInstance(t.runtime.db(), { facilitatorId: staff.ids.fay, dates: ['2026-10-12'] });
    enrol(t.runtime.db(), extra.instanceId, [people[0] as number]);
    cancelSession(t.runtime.db(), extra.sessionIds[0] as number);
    expect(
      refused(await t.call('attendance.markRestPresent', { sessionId: extra.sessionIds[0] as number })).message,
    ).toBe('errors.attendance.session_cancelled');
  });
});

describe('walk-ins', () => {
  it('adds walk-ins only at drop-in sessions', async () => {
    await staff.actAs('fay');
    const participantId = people[4] as number;
    const atCourse = refused(
      await t.call('attendance.addWalkIn', { sessionId: course.sessionIds[0] as number, participantId }),
    );
    expect(atCourse.message).toBe('errors.attendance.walk_in_drop_in_only');
    expect(
      refused(await t.call('attendance.walkInSearch', { sessionId: course.sessionIds[0] as number, q: 'אבר' })).code,
    ).toBe('conflict');
  });

  it('finds a known person by name (names and ID digits only) and adds them present', async () => {
    const sessionId = club.sessionIds[0] as number;
    const hits = await t.must('attendance.walkInSearch', { sessionId, q: 'יוסי' });
    expect(hits.map((h) => h.id)).toContain(people[4]);
    expect(Object.keys(hits[0] ?? {}).sort()).toEqual(['firstName', 'id', 'idSuffix', 'lastName']);
    const entry = await t.must('attendance.addWalkIn', { sessionId, participantId: people[4] as number });
    expect(entry).toMatchObject({ participantId: people[4], status: 'PRESENT', enrolled: false });
    expect((await t.must('attendance.session', { sessionId })).roster.map((r) => r.participantId)).toEqual([people[4]]);
    expect(refused(await t.call('attendance.addWalkIn', { sessionId, participantId: 99_999 })).code).toBe('not_found');
  });

  it('records a new person as an inquiry and marks them present, offering a likely duplicate first', async () => {
    const sessionId = club.sessionIds[1] as number;
    const added = await t.must('attendance.addWalkInInquiry', {
      sessionId,
      firstName: 'חנה',
      lastName: 'גולן',
      phone: '054-777-1234',
    });
    if (added.kind !== 'added') throw new Error('expected the walk-in to be added');
    expect(added.entry).toMatchObject({ firstName: 'חנה', lastName: 'גולן', status: 'PRESENT' });
    const again = await t.must('attendance.addWalkInInquiry', {
      sessionId,
      firstName: 'חנה',
      lastName: 'גולן',
      phone: '0547771234',
    });
    expect(again).toEqual({
      kind: 'duplicates',
      candidates: [
        { id: added.entry.participantId, firstName: 'חנה', lastName: 'גולן', reason: 'same_phone_similar_name' },
      ],
    });
    const bad = refused(
      await t.call('attendance.addWalkInInquiry', { sessionId, firstName: 'א', lastName: 'ב', phone: '12' }),
    );
    expect(bad.fields?.map((f) => f.path)).toEqual(['phone']);
    expect(refused(await t.call('attendance.addWalkInInquiry', { sessionId, firstName: '', lastName: 'ב' })).code).toBe(
      'invalid_input',
    );
    await staff.actAs('admin');
    expect((await t.must('participants.get', { id: added.entry.participantId })).status).toBe('inquiry');
  });
});

describe('notes to the coach and the participant view', () => {
  it('lets the facilitator write a note about someone on their instance, and no one else', async () => {
    await staff.actAs('fay');
    const note = await t.must('facilitatorNotes.add', {
      instanceId: course.instanceId,
      sessionId: course.sessionIds[1] as number,
      participantId: people[0] as number,
      text: '  משתתפת פעילה, כדאי לחזק את קורות החיים  ',
    });
    expect(note).toMatchObject({
      text: 'משתתפת פעילה, כדאי לחזק את קורות החיים',
      sessionDate: '2026-10-18',
      instanceTitle: 'חזרה לעולם העבודה',
    });
    expect(
      refused(
        await t.call('facilitatorNotes.add', {
          instanceId: course.instanceId,
          participantId: people[4] as number,
          text: 'x',
        }),
      ).message,
    ).toBe('errors.attendance.not_on_roster');
    expect(
      refused(
        await t.call('facilitatorNotes.add', {
          instanceId: course.instanceId,
          sessionId: other.sessionIds[0] as number,
          participantId: people[0] as number,
          text: 'x',
        }),
      ).fields?.[0]?.path,
    ).toBe('sessionId');
    expect(
      refused(
        await t.call('facilitatorNotes.add', {
          instanceId: course.instanceId,
          participantId: people[0] as number,
          text: '   ',
        }),
      ).code,
    ).toBe('invalid_input');
    expect(
      refused(
        await t.call('facilitatorNotes.add', { instanceId: 99_999, participantId: people[0] as number, text: 'x' }),
      ).code,
    ).toBe('not_found');
    const view = await t.must('attendance.session', { sessionId: course.sessionIds[1] as number });
    expect(view.notes.map((n) => n.id)).toEqual([note.id]);
  });

  it("shows the note and the attendance to the person's coach, not to another coach or the navigator", async () => {
    await staff.actAs('avi');
    const notes = await t.must('facilitatorNotes.forParticipant', { participantId: people[0] as number });
    expect(notes).toEqual([
      expect.objectContaining({ text: 'משתתפת פעילה, כדאי לחזק את קורות החיים', authorName: 'facilitator fay' }),
    ]);
    const workshops = await t.must('attendance.forParticipant', { participantId: people[0] as number });
    // Four of five sessions are dated by today; she was marked present on 18 October only.
    expect(workshops.find((w) => w.instanceId === course.instanceId)).toMatchObject({
      sessions: 5,
      held: 4,
      attended: 1,
      rate: 0.25,
      completed: false,
      finished: false,
    });
    // The instance whose only session was cancelled has no sessions and no rate.
    expect(workshops.find((w) => w.instanceId !== course.instanceId)).toMatchObject({
      sessions: 0,
      rate: null,
      completed: false,
    });
    expect(refused(await t.call('attendance.forParticipant', { participantId: 99_999 })).code).toBe('not_found');
    await staff.actAs('gila');
    expect(
      refused(await t.call('facilitatorNotes.forParticipant', { participantId: people[0] as number })).message,
    ).toBe('errors.participant.not_your_caseload');
    expect(refused(await t.call('attendance.forParticipant', { participantId: people[0] as number })).code).toBe(
      'forbidden',
    );
    await staff.actAs('nava');
    expect(refused(await t.call('facilitatorNotes.forParticipant', { participantId: people[0] as number })).code).toBe(
      'forbidden',
    );
    expect(refused(await t.call('attendance.mySessions', {})).code).toBe('forbidden');
  });

  it('lets the coordinator take attendance at every instance', async () => {
    await staff.actAs('admin');
    const all = await t.must('attendance.mySessions', { from: '2026-10-01', to: '2026-11-30' });
    expect(all.some((s) => s.instanceId === other.instanceId)).toBe(true);
    const mark = await t.must('attendance.mark', {
      sessionId: other.sessionIds[0] as number,
      participantId: people[4] as number,
      status: 'EXCUSED',
    });
    expect(mark.status).toBe('EXCUSED');
  });

  it('audits marks and notes by ids only', () => {
    const entries = listAudit(t.runtime.db(), { limit: 1000, offset: 0 }).rows.filter(
      (e) => e.entity === 'attendance' || e.entity === 'facilitator_note',
    );
    expect(entries.length).toBeGreaterThan(5);
    for (const e of entries) expect(String(e.entityId)).toMatch(/^\d+(\/\d+)?$/);
    expect(JSON.stringify(entries)).not.toContain('קורות החיים');
  });
});
