import { beforeAll, describe, expect, it } from 'vitest';
import { createTestCentre, withStaff, type TestApp } from '../fixtures/centre';
import { eligibleAnswers } from '../fixtures/participant';

let t: TestApp;
let staff: Awaited<ReturnType<typeof withStaff<{ nurit: 'navigator'; avi: 'coach'; gila: 'coach' }>>>;
let serviceId: number;

function codeOf(result: { ok: boolean; error?: { code: string; message: string; fields?: { path: string }[] } }) {
  expect(result.ok).toBe(false);
  return result.error as { code: string; message: string; fields?: { path: string }[] };
}

async function inquiry(fields: Record<string, unknown> = {}) {
  const created = await t.must('inquiries.create', {
    firstName: 'משה',
    lastName: 'אברהם',
    phone: '052-765-4321',
    ...fields,
  });
  if (created.kind !== 'created') throw new Error('expected a new record');
  return created.id;
}

beforeAll(async () => {
  t = await createTestCentre();
  staff = await withStaff(t, { nurit: 'navigator', avi: 'coach', gila: 'coach' } as const);
  serviceId = (await t.must('services.save', { name: 'לשכת הרווחה', offers: 'ליווי סוציאלי', phone: '03-724-1111' }))
    .id;
});

describe('inquiries and validation', () => {
  it('refuses an ID with a wrong check digit and a malformed phone, naming both fields', async () => {
    const result = await t.call('inquiries.create', {
      firstName: 'רות',
      lastName: 'לוי',
      nationalId: '123456780',
      phone: '12345',
    });
    expect(
      codeOf(result)
        .fields?.map((f) => f.path)
        .sort(),
    ).toEqual(['nationalId', 'phone']);
  });

  it('stores an ID with leading zeros and a phone in canonical form', async () => {
    const id = await inquiry({ firstName: 'נעמה', lastName: 'זהבי', nationalId: '18', phone: '+972 54 111 2233' });
    const record = await t.must('participants.get', { id });
    expect(record).toMatchObject({ nationalId: '000000018', phone: '0541112233', status: 'inquiry' });
  });

  it('offers the existing record for the same ID, even when forced', async () => {
    const first = await inquiry({
      firstName: 'דוד',
      lastName: 'בן־חיים',
      nationalId: '000000026',
      phone: '050-123-0000',
    });
    for (const force of [false, true]) {
      const again = await t.must('inquiries.create', {
        firstName: 'דוד',
        lastName: 'בן חיים',
        nationalId: '26',
        force,
      });
      expect(again).toEqual({
        kind: 'duplicates',
        candidates: [expect.objectContaining({ id: first, reason: 'same_id' })],
      });
    }
  });

  it('offers a record with the same phone and a similar name, and creates on request', async () => {
    const first = await inquiry({ firstName: 'יעקב', lastName: 'מזרחי', phone: '053-999-8877' });
    const similar = await t.must('inquiries.create', { firstName: 'יעקוב', lastName: 'מזרחי', phone: '0539998877' });
    expect(similar).toEqual({
      kind: 'duplicates',
      candidates: [expect.objectContaining({ id: first, reason: 'same_phone_similar_name' })],
    });
    const forced = await t.must('inquiries.create', {
      firstName: 'יעקוב',
      lastName: 'מזרחי',
      phone: '0539998877',
      force: true,
    });
    expect(forced.kind).toBe('created');
    const spouse = await t.must('inquiries.create', { firstName: 'שרה', lastName: 'מזרחי', phone: '0539998877' });
    expect(spouse.kind).toBe('created');
  });
});

describe('screening outcomes and the coordinator queue', () => {
  it('screens an eligible caller and lets them be invited', async () => {
    const id = await inquiry({ phone: '052-100-0001' });
    const screened = await t.must('screening.record', { participantId: id, answers: eligibleAnswers });
    expect(screened).toMatchObject({ outcome: 'eligible', status: 'screened' });
    const conference = await t.must('conferences.save', { date: '2026-11-10', startTime: '10:00', location: 'אולם' });
    expect(await t.must('conferences.invite', { conferenceId: conference.id, participantIds: [id] })).toEqual({
      invited: 1,
    });
    expect((await t.must('participants.get', { id })).status).toBe('invited');
  });

  it('requires a referral for a caller who is not eligible, then closes the screening', async () => {
    const id = await inquiry({ phone: '052-100-0002' });
    const young = { ...eligibleAnswers, age: 30 };
    expect(codeOf(await t.call('screening.record', { participantId: id, answers: young })).fields?.[0]?.path).toBe(
      'referralServiceId',
    );
    const screened = await t.must('screening.record', {
      participantId: id,
      answers: young,
      referralServiceId: serviceId,
    });
    expect(screened.outcome).toBe('not_eligible');
    const record = await t.must('participants.get', { id });
    expect(record.screening.referralService?.name).toBe('לשכת הרווחה');
    const conference = await t.must('conferences.save', { date: '2026-11-12' });
    expect(
      codeOf(await t.call('conferences.invite', { conferenceId: conference.id, participantIds: [id] })).message,
    ).toBe('errors.lifecycle.coordinator_approval_required');
  });

  it('sends a borderline case to the coordinator, who decides it with a reason', async () => {
    const id = await inquiry({ phone: '052-100-0003' });
    const screened = await t.must('screening.record', { participantId: id, answers: { ...eligibleAnswers, age: 44 } });
    expect(screened.outcome).toBe('borderline');
    const queue = await t.must('decisions.queue', {});
    expect(queue.map((q) => q.participantId)).toContain(id);
    await t.must('decisions.decide', {
      participantId: id,
      decision: 'approved',
      reason: 'ניסיון רב בתחום, גיל קרוב לסף',
    });
    expect((await t.must('decisions.queue', {})).map((q) => q.participantId)).not.toContain(id);
    const conference = await t.must('conferences.save', { date: '2026-11-13' });
    expect((await t.must('conferences.invite', { conferenceId: conference.id, participantIds: [id] })).invited).toBe(1);
  });

  it('keeps the decision queue from a navigator', async () => {
    await staff.actAs('nurit');
    expect(codeOf(await t.call('decisions.queue', {})).code).toBe('forbidden');
    await staff.actAs('admin');
  });
});

describe('intake and the status lifecycle', () => {
  async function invited(phone: string) {
    const id = await inquiry({ phone });
    await t.must('screening.record', { participantId: id, answers: eligibleAnswers });
    const conference = await t.must('conferences.save', { date: '2026-11-20' });
    await t.must('conferences.invite', { conferenceId: conference.id, participantIds: [id] });
    return id;
  }

  it('rejects illegal transitions with a clear reason', async () => {
    const fresh = await inquiry({ phone: '052-100-0010' });
    const conference = await t.must('conferences.save', { date: '2026-11-21' });
    expect(
      codeOf(await t.call('conferences.invite', { conferenceId: conference.id, participantIds: [fresh] })).message,
    ).toBe('errors.conferences.cannot_invite');
    expect(
      codeOf(
        await t.call('participants.exit', {
          id: fresh,
          exitDate: '2026-10-01',
          exitReason: 'PERSONAL',
          confirmed: true,
        }),
      ).message,
    ).toBe('errors.lifecycle.close_screening_instead');
    const id = await invited('052-100-0011');
    const early = await t.call('participants.completeIntake', {
      id,
      enrolmentDate: '2026-10-20',
      track: 'SALARIED',
      trafficLight: 'GREEN',
      commitmentSignedDate: '2026-10-20',
      forms: {},
      dataConsent: { givenDate: '2026-10-20', method: 'written' },
    });
    expect(codeOf(early).message).toBe('errors.lifecycle.not_allowed');
  });

  it('completes intake only with every required form, then exits with a reason', async () => {
    const id = await invited('052-100-0012');
    await t.must('participants.scheduleIntake', { id, coachId: staff.ids.avi, intakeScheduledDate: '2026-10-25' });
    const base = {
      id,
      enrolmentDate: '2026-10-25',
      track: 'SALARIED' as const,
      trafficLight: 'YELLOW' as const,
      commitmentSignedDate: '2026-10-25',
      dataConsent: { givenDate: '2026-10-25', method: 'written' as const },
    };
    const missing = await t.call('participants.completeIntake', { ...base, forms: { registration: '2026-10-25' } });
    expect(codeOf(missing).message).toBe('errors.lifecycle.required_forms_missing');
    expect(codeOf(missing).fields?.map((f) => f.path)).toEqual(['forms.data_consent', 'forms.commitment']);
    const active = await t.must('participants.completeIntake', {
      ...base,
      forms: { registration: '2026-10-25', data_consent: '2026-10-25', commitment: '2026-10-25' },
    });
    expect(active).toMatchObject({
      status: 'active',
      enrolmentDate: '2026-10-25',
      coachName: 'coach avi',
      lastContactDate: '2026-10-25',
    });
    expect(active.consents).toEqual([expect.objectContaining({ kind: 'data_processing', state: 'active' })]);
    const exited = await t.must('participants.exit', {
      id,
      exitDate: '2026-10-31',
      exitReason: 'PERSONAL',
      confirmed: true,
    });
    expect(exited.status).toBe('exited');
    const timeline = await t.must('participants.timeline', { id });
    const moves = timeline.filter((e) => e.kind === 'status').map((e) => `${e.fromStatus}>${e.toStatus}`);
    expect(moves).toEqual(['inquiry>screened', 'screened>invited', 'invited>intake', 'intake>active', 'active>exited']);
    expect(timeline.every((e) => e.actorName === 'דנה כהן')).toBe(true);
  });
});

describe('role rules', () => {
  let aviCase: number;
  let gilaCase: number;

  beforeAll(async () => {
    for (const [coach, phone] of [
      ['avi', '052-200-0001'],
      ['gila', '052-200-0002'],
    ] as const) {
      const id = await inquiry({ phone, firstName: coach === 'avi' ? 'אורי' : 'ליאת' });
      await t.must('screening.record', { participantId: id, answers: eligibleAnswers });
      const conference = await t.must('conferences.save', { date: '2026-11-22' });
      await t.must('conferences.invite', { conferenceId: conference.id, participantIds: [id] });
      await t.must('participants.scheduleIntake', { id, coachId: staff.ids[coach], intakeScheduledDate: '2026-10-28' });
      await t.must('participants.update', { id, patch: { notes: 'הערה רגישה' } });
      if (coach === 'avi') aviCase = id;
      else gilaCase = id;
    }
  });

  it('shows a navigator contact details and screening, but not the plan, notes or consents', async () => {
    await staff.actAs('nurit');
    const record = await t.must('participants.get', { id: aviCase });
    expect(record).toMatchObject({
      phone: '0522000001',
      notes: null,
      consents: null,
      populationTags: null,
    });
    expect(record.withheld).toEqual(expect.arrayContaining(['plan', 'notes', 'consents']));
    // Barriers and strengths live in the plan, which a navigator cannot open.
    expect(record).not.toHaveProperty('barriers');
    expect(codeOf(await t.call('plans.get', { participantId: aviCase })).code).toBe('forbidden');
    expect(record.screening.outcome).toBe('eligible');
    expect(codeOf(await t.call('participants.update', { id: aviCase, patch: { notes: 'x' } })).code).toBe('forbidden');
    expect((await t.call('participants.update', { id: aviCase, patch: { city: 'רמת גן' } })).ok).toBe(true);
    expect(
      codeOf(
        await t.call('consents.add', {
          participantId: aviCase,
          kind: 'data_processing',
          givenDate: '2026-10-01',
          method: 'written',
        }),
      ).code,
    ).toBe('forbidden');
    await staff.actAs('admin');
  });

  it('withholds population tags from a navigator in the caseload list too', async () => {
    await t.must('participants.update', { id: aviCase, patch: { populationTags: ['DISABILITY'] } });
    await staff.actAs('nurit');
    const list = await t.must('participants.list', { pageSize: 100 });
    expect(list.rows.every((r) => r.populationTags === null)).toBe(true);
    expect(codeOf(await t.call('participants.list', { populationTag: 'DISABILITY' })).code).toBe('forbidden');
    await staff.actAs('admin');
    const tagged = await t.must('participants.list', { populationTag: 'DISABILITY' });
    expect(tagged.rows.map((r) => r.id)).toEqual([aviCase]);
  });

  it('refuses an edit made over someone else’s newer change', async () => {
    const loaded = await t.must('participants.get', { id: aviCase });
    await t.must('participants.update', { id: aviCase, patch: { city: 'חולון' }, expectedUpdatedAt: loaded.updatedAt });
    const stale = await t.call('participants.update', {
      id: aviCase,
      patch: { city: 'בת ים' },
      expectedUpdatedAt: loaded.updatedAt,
    });
    expect(codeOf(stale)).toMatchObject({ code: 'conflict', message: 'errors.participant.changed_elsewhere' });
    expect((await t.must('participants.get', { id: aviCase })).city).toBe('חולון');
  });

  it('lets a coach read any case but change only their own caseload', async () => {
    await staff.actAs('avi');
    expect((await t.must('participants.get', { id: gilaCase })).notes).toBe('הערה רגישה');
    expect((await t.must('participants.get', { id: gilaCase })).canEdit).toBe(false);
    expect(
      codeOf(await t.call('participants.update', { id: gilaCase, patch: { previousOccupation: 'x' } })).message,
    ).toBe('errors.participant.not_your_caseload');
    expect(
      (await t.must('participants.update', { id: aviCase, patch: { previousOccupation: 'מנהל חשבונות' } }))
        .previousOccupation,
    ).toBe('מנהל חשבונות');
    const mine = await t.must('participants.list', { scope: 'mine' });
    expect(mine.rows.map((r) => r.id)).toContain(aviCase);
    expect(mine.rows.map((r) => r.id)).not.toContain(gilaCase);
    expect(mine.rows.every((r) => r.coachId === staff.ids.avi)).toBe(true);
    await staff.actAs('admin');
  });

  it('reassigns a leaving coach’s caseload in one action', async () => {
    expect(await t.must('participants.reassign', { fromCoachId: staff.ids.gila, toCoachId: staff.ids.avi })).toEqual({
      moved: 1,
    });
    expect((await t.must('participants.get', { id: gilaCase })).coachId).toBe(staff.ids.avi);
  });

  it('audits every view of a participant record by id', async () => {
    await t.must('participants.get', { id: aviCase });
    const views = await t.must('audit.list', { action: 'record_viewed', entityId: String(aviCase) });
    expect(views.total).toBeGreaterThan(0);
    expect(views.rows[0]).toMatchObject({ entity: 'participant', entityId: String(aviCase), fields: null });
  });
});

describe('quick search and reminder calls', () => {
  it('finds a participant by a name fragment typed with niqqud, by ID suffix and by phone', async () => {
    const id = await inquiry({ firstName: 'שלמה', lastName: 'הכהן', nationalId: '000000034', phone: '058-444-5566' });
    expect((await t.must('search.quick', { q: 'כֹּהֵן' })).map((h) => h.id)).toContain(id);
    expect(await t.must('search.quick', { q: '0034' })).toEqual([
      expect.objectContaining({ id, matchedOn: 'national_id', idSuffix: '0034' }),
    ]);
    expect((await t.must('search.quick', { q: '+972 58 444 5566' })).map((h) => h.id)).toEqual([id]);
  });

  it('lists reminder calls due about three working days before a conference, with phones', async () => {
    // The fake clock stands on Sunday 1 November 2026; a conference on Wednesday the 4th is due today.
    const id = await inquiry({ phone: '052-300-0001' });
    await t.must('screening.record', { participantId: id, answers: eligibleAnswers });
    const conference = await t.must('conferences.save', { date: '2026-11-04', startTime: '09:30' });
    const later = await t.must('conferences.save', { date: '2026-11-09' });
    await t.must('conferences.invite', { conferenceId: conference.id, participantIds: [id] });
    const calls = await t.must('calls.toMake', {});
    expect(calls.find((c) => c.participantId === id)).toMatchObject({
      phone: '0523000001',
      conferenceDate: '2026-11-04',
    });
    expect(calls.some((c) => c.conferenceId === later.id)).toBe(false);
    const invite = calls.find((c) => c.participantId === id);
    await t.must('conferences.setInviteStatus', { inviteId: invite?.id ?? 0, status: 'confirmed', reminded: true });
    expect((await t.must('calls.toMake', {})).some((c) => c.participantId === id)).toBe(false);
  });
});
