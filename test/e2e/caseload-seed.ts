import { addDays, todayIso } from '../../electron/domain/dates';
import { createTestCentre, FakeClock, withStaff, type TestApp } from '../fixtures/centre';
import { eligibleAnswers } from '../fixtures/participant';

/** The browser and the server must agree on "today": intake and exit dates may not be in the future. */
export class WallClock extends FakeClock {
  override now = (): Date => new Date();
}

export interface Person {
  first: string;
  last: string;
  birthDate: string;
  phone: string;
  city?: string;
  nationalId?: string;
  coach?: 'avi' | 'gila';
  /** Days before today the intake was held; absent means the intake is only booked (or not at all). */
  enrolledDaysAgo?: number;
}

/** Everyone the browser tests meet. Cohen is booked with Avi and waits for the intake in the UI. */
export const PEOPLE = {
  cohen: {
    first: 'יוסף',
    last: 'כהן',
    birthDate: '1966-03-10',
    phone: '0521110001',
    nationalId: '000000026',
    coach: 'avi',
  },
  levi: {
    first: 'רחל',
    last: 'לוי',
    birthDate: '1970-05-01',
    phone: '0521110002',
    city: 'חולון',
    coach: 'avi',
    enrolledDaysAgo: 200,
  },
  mizrahi: {
    first: 'דוד',
    last: 'מזרחי',
    birthDate: '1958-01-20',
    phone: '0521110003',
    city: 'בת ים',
    coach: 'avi',
    enrolledDaysAgo: 30,
  },
  peretz: {
    first: 'מרים',
    last: 'פרץ',
    birthDate: '1975-07-07',
    phone: '0521110004',
    city: 'תל אביב',
    coach: 'avi',
    enrolledDaysAgo: 10,
  },
  biton: {
    first: 'אורנה',
    last: 'ביטון',
    birthDate: '1968-11-30',
    phone: '0521110005',
    city: 'רמת גן',
    coach: 'gila',
    enrolledDaysAgo: 40,
  },
  ohayon: {
    first: 'שמעון',
    last: 'אוחיון',
    birthDate: '1962-02-14',
    phone: '0521110006',
    city: 'יפו',
    coach: 'gila',
    enrolledDaysAgo: 100,
  },
  gabay: { first: 'חנה', last: 'גבאי', birthDate: '1964-09-09', phone: '0521110007' },
} as const satisfies Record<string, Person>;

export type PersonKey = keyof typeof PEOPLE;

export interface SeededCentre {
  t: TestApp;
  staff: Awaited<ReturnType<typeof withStaff<{ avi: 'coach'; gila: 'coach'; nurit: 'navigator'; fay: 'facilitator' }>>>;
  ids: Record<PersonKey, number>;
}

/**
 * A centre set up through the API as its coordinator would: staff, inquiries, routing calls,
 * a conference with every caller invited, intakes booked and (for most) completed in the past.
 */
export async function seedCentre(): Promise<SeededCentre> {
  const t = await createTestCentre(new WallClock());
  const staff = await withStaff(t, { avi: 'coach', gila: 'coach', nurit: 'navigator', fay: 'facilitator' } as const);
  const today = todayIso();
  const conference = await t.must('conferences.save', {
    date: addDays(today, 1),
    startTime: '10:00',
    location: 'אולם',
  });
  const forms = await t.must('intake.getRequiredForms', {});
  const ids = {} as Record<PersonKey, number>;
  for (const [key, person] of Object.entries(PEOPLE) as [PersonKey, Person][]) {
    const created = await t.must('inquiries.create', {
      firstName: person.first,
      lastName: person.last,
      phone: person.phone,
      birthDate: person.birthDate,
      ...(person.city ? { city: person.city } : {}),
      ...(person.nationalId ? { nationalId: person.nationalId } : {}),
      recruitmentSource: 'EMPLOYMENT_SERVICE',
    });
    if (created.kind !== 'created') throw new Error('unexpected duplicate in the seed');
    const id = created.id;
    ids[key] = id;
    await t.must('screening.record', { participantId: id, answers: eligibleAnswers });
    await t.must('conferences.invite', { conferenceId: conference.id, participantIds: [id] });
    if (!person.coach) continue;
    const enrolled = person.enrolledDaysAgo === undefined ? today : addDays(today, -person.enrolledDaysAgo);
    await t.must('participants.scheduleIntake', {
      id,
      coachId: staff.ids[person.coach],
      intakeScheduledDate: enrolled,
    });
    if (person.enrolledDaysAgo === undefined) continue;
    await t.must('participants.completeIntake', {
      id,
      enrolmentDate: enrolled,
      track: 'SALARIED',
      trafficLight: person.enrolledDaysAgo > 90 ? 'RED' : 'GREEN',
      commitmentSignedDate: enrolled,
      forms: Object.fromEntries(forms.map((form) => [form.key, enrolled])),
      dataConsent: { givenDate: enrolled, method: 'written' },
    });
  }
  await t.must('participants.update', {
    id: ids.levi,
    patch: {
      notes: 'מעדיפה פגישות בבוקר',
      populationTags: ['SINGLE_PARENT'],
      previousOccupation: 'פקידת קבלה',
    },
  });
  // Barriers and strengths are part of the personal work plan.
  await t.must('plans.saveDraft', {
    participantId: ids.levi,
    expectedUpdatedAt: null,
    vision: null,
    strengths: 'ניסיון רב בשירות לקוחות',
    plannedMeetings: null,
    plannedWorkshopTypes: [],
    nextReviewDate: null,
    goals: [],
    tasks: [],
    barriers: [{ code: 'digital_skills', detail: 'אינה משתמשת בדוא"ל', addressedBy: 'סדנת מחשבים' }],
  });
  return { t, staff, ids };
}

/**
 * Rachel Avrahami, screened eligible, invited to tomorrow's exposure conference and booked for
 * an intake today with Avi, who is signed in: the start of every plan test.
 */
export async function rachelBookedWithAvi(t: TestApp): Promise<{ participantId: number }> {
  const staff = await withStaff(t, { avi: 'coach' } as const);
  const created = await t.must('inquiries.create', { firstName: 'רחל', lastName: 'אברהמי', phone: '052-444-0001' });
  if (created.kind !== 'created') throw new Error('expected a new record');
  const participantId = created.id;
  const today = todayIso();
  await t.must('screening.record', { participantId, answers: eligibleAnswers });
  // The lifecycle reaches intake through an exposure conference.
  const conference = await t.must('conferences.save', { date: addDays(today, 1) });
  await t.must('conferences.invite', { conferenceId: conference.id, participantIds: [participantId] });
  await t.must('participants.scheduleIntake', {
    id: participantId,
    coachId: staff.ids.avi,
    intakeScheduledDate: today,
  });
  await staff.actAs('avi');
  return { participantId };
}
