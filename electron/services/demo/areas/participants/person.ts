import {
  barrierCodes,
  educationLevels,
  exitReasons,
  genders,
  jobScopes,
  participantStatuses,
  recruitmentSources,
  tracks,
  trafficLights,
  type ConsentMethod,
  type CoordinatorDecision,
  type ExitReason,
  type Gender,
  type ParticipantStatus,
  type PopulationTag,
  type ScreeningOutcome,
  type Track,
  type TrafficLight,
} from '../../../../domain/codes';
import { addDays, type IsoDate } from '../../../../domain/dates';
import { searchOccupations } from '../../../../domain/occupations/search';
import type { consents, participants } from '../../../../../db/schema/participants';
import {
  CITIES,
  CULTURES,
  DECISION_REASONS,
  DISCLOSURE_ORGANISATIONS,
  HEARD_HOW,
  NAME_POOLS,
  OCCUPATIONS,
  RECRUITMENT_SOURCE_WEIGHTS,
  REFERRAL_REASONS_NOT_ELIGIBLE,
  STREETS,
  type NameCulture,
} from '../../demo-data';
import { weightsFor, type Rng } from '../../prng';
import { demoInvites, type InviteValues } from '../conferences';
import { eventTime, journeyDates, randomBirthDate, type Journey } from './journey';

type ParticipantValues = Omit<typeof participants.$inferInsert, 'id' | 'searchName'>;
type ConsentValues = Omit<typeof consents.$inferInsert, 'id' | 'participantId'>;

export interface DemoEvent {
  at: string;
  actorId: number | null;
  kind: string;
  fromStatus: ParticipantStatus | null;
  toStatus: ParticipantStatus | null;
  detail: Record<string, string | number | boolean | null> | null;
}

export interface DemoPerson {
  participant: ParticipantValues;
  events: DemoEvent[];
  consents: ConsentValues[];
  invites: InviteValues[];
}

export interface DemoContext {
  today: IsoDate;
  /** The demo's current instant; no record is dated after it. */
  nowIso: string;
  coordinatorId: number;
  navigatorId: number;
  coachIds: readonly number[];
  serviceIds: readonly number[];
  /** Sorted by date. */
  conferences: readonly { id: number; date: IsoDate }[];
  /** National ids already taken (in the store or earlier in this run). */
  usedIds: Set<string>;
  /** A running number for e-mail addresses, unique within the store. */
  serial: number;
}

/** Share of each status in the demo caseload: most people are active or have exited. */
const STATUS_WEIGHTS = weightsFor<ParticipantStatus>(participantStatuses, {
  inquiry: 6,
  screened: 14,
  invited: 6,
  intake: 5,
  active: 47,
  exited: 22,
});

const EXIT_REASON_WEIGHTS = weightsFor<ExitReason>(exitReasons, {
  EMPLOYED_6M: 45,
  NON_COOPERATION: 12,
  MAX_DURATION: 10,
  REFERRED_ELSEWHERE: 8,
  MOVED: 4,
  HEALTH: 9,
  PERSONAL: 7,
  OTHER: 5,
});

const DEMO_BARRIERS = barrierCodes.filter((code) => code !== 'other');
const EDUCATION_WEIGHTS = educationLevels
  .filter((level) => level !== 'none' && level !== 'other' && level !== 'doctorate')
  .map((level) => [level, level === 'secondary_full' || level === 'bagrut' || level === 'bachelor' ? 4 : 1] as const);

/** Every screening outcome appears among people still at the 'screened' step. */
type ScreenedKind = 'not_eligible' | 'borderline_open' | 'borderline_rejected' | 'eligible' | 'borderline_approved';
const SCREENED_KINDS: readonly (readonly [ScreenedKind, number])[] = [
  ['not_eligible', 40],
  ['borderline_open', 25],
  ['borderline_rejected', 15],
  ['eligible', 12],
  ['borderline_approved', 8],
];

const SCREENING: Record<ScreenedKind, Screening> = {
  not_eligible: { outcome: 'not_eligible', decision: null, referred: true },
  borderline_open: { outcome: 'borderline', decision: null, referred: false },
  borderline_rejected: { outcome: 'borderline', decision: 'rejected', referred: true },
  eligible: { outcome: 'eligible', decision: null, referred: false },
  borderline_approved: { outcome: 'borderline', decision: 'approved', referred: false },
};
const NOT_SCREENED: Screening = { outcome: null, decision: null, referred: false };

interface Screening {
  outcome: ScreeningOutcome | null;
  decision: CoordinatorDecision | null;
  /** Sent to a service from the directory. */
  referred: boolean;
}

/** People past the 'screened' step were eligible, or borderline and approved by the coordinator. */
function screenedKind(rng: Rng, status: ParticipantStatus): ScreenedKind | null {
  if (status === 'inquiry') return null;
  if (status === 'screened') return rng.weighted(SCREENED_KINDS);
  return rng.chance(0.9) ? 'eligible' : 'borderline_approved';
}

const GENDER_WEIGHTS = weightsFor<Gender>(genders, { F: 55, M: 44, X: 1 });
const TRACK_WEIGHTS = weightsFor<Track>(tracks, {
  SALARIED: 70,
  SELF_EMPLOYED: 15,
  VOCATIONAL_TRAINING: 10,
  UNDECIDED: 5,
});
const LIGHT_WEIGHTS = weightsFor<TrafficLight>(trafficLights, { GREEN: 40, YELLOW: 40, RED: 20 });
const RECRUITMENT_WEIGHTS = weightsFor(recruitmentSources, RECRUITMENT_SOURCE_WEIGHTS);
const DISCLOSURE_METHOD_WEIGHTS: readonly (readonly [ConsentMethod, number])[] = [
  ['written', 6],
  ['digital', 3],
];

/** Israeli id: eight random digits and the check digit that makes the weighted digit sum a multiple of ten. */
export function randomIsraeliId(rng: Rng, used: Set<string>): string {
  for (;;) {
    const body = String(rng.int(1_000_000, 39_999_999)).padStart(8, '0');
    let sum = 0;
    for (let i = 0; i < 8; i += 1) {
      const product = Number(body[i]) * (i % 2 === 0 ? 1 : 2);
      sum += product > 9 ? product - 9 : product;
    }
    const id = body + String((10 - (sum % 10)) % 10);
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}

export function randomMobile(rng: Rng): string {
  return `05${rng.pick(['0', '2', '3', '4', '5', '8'])}${String(rng.int(0, 9_999_999)).padStart(7, '0')}`;
}

function randomName(rng: Rng, gender: Gender) {
  const culture: NameCulture = rng.weighted(CULTURES);
  const pool = NAME_POOLS[culture];
  const female = gender === 'F' || (gender === 'X' && rng.chance(0.5));
  return { culture, firstName: rng.pick(female ? pool.female : pool.male), lastName: rng.pick(pool.last) };
}

function populationTags(rng: Rng, culture: NameCulture, gender: Gender): PopulationTag[] {
  const tags = new Set<PopulationTag>();
  if (culture === 'russian' && rng.chance(0.8)) tags.add('IMMIGRANT');
  if (culture === 'latin' && rng.chance(0.6)) tags.add('IMMIGRANT');
  if (culture === 'arabic') tags.add('ARAB');
  if (culture === 'hebrew' && rng.chance(0.05)) tags.add('HAREDI');
  if (rng.chance(0.06)) tags.add('DISABILITY');
  if (gender === 'F' && rng.chance(0.08)) tags.add('SINGLE_PARENT');
  if (rng.chance(0.01)) tags.add('RELEASED_PRISONER');
  if (rng.chance(0.01)) tags.add('OTHER');
  return [...tags].sort();
}

function languagesFor(culture: NameCulture): string[] {
  if (culture === 'russian') return ['he', 'ru'];
  if (culture === 'arabic') return ['ar', 'he'];
  if (culture === 'latin') return ['en', 'he'];
  return ['he'];
}

function screeningAnswers(rng: Rng, age: number, eligible: boolean): Record<string, unknown> {
  return {
    age,
    monthsOutOfWork: eligible ? rng.int(1, 60) : rng.pick([0, 1, 150, 300]),
    yearsExperience: rng.int(eligible ? 10 : 2, 40),
    livesInArea: eligible || rng.chance(0.5),
    seeksScope: rng.pick(jobScopes),
    ableToWork: eligible || rng.chance(0.5),
  };
}

/** One invented person somewhere on the journey, with the timeline, consents and invites that go with it. */
export function generatePerson(rng: Rng, ctx: DemoContext): DemoPerson {
  // Steps dated today get fixed hours, which must not lie after the demo's 'now'.
  const stamp = (date: IsoDate, hour: number) => {
    const time = eventTime(date, hour);
    return time < ctx.nowIso ? time : ctx.nowIso;
  };
  const status = rng.weighted(STATUS_WEIGHTS);
  const gender = rng.weighted(GENDER_WEIGHTS);
  const { culture, firstName, lastName } = randomName(rng, gender);
  const journey: Journey = journeyDates(rng, status, ctx);
  const age = rng.weighted([
    [rng.int(40, 44), 3],
    [rng.int(45, 75), 95],
    [rng.int(76, 80), 2],
  ] as const);
  const birthDate = randomBirthDate(rng, ctx.today, age);
  const enrolled = status === 'active' || status === 'exited';
  const known = status !== 'inquiry' || rng.chance(0.4);
  const navigator = ctx.navigatorId;
  const coachId = journey.attended !== null ? rng.pick(ctx.coachIds) : null;
  ctx.serial += 1;

  const screened = status !== 'inquiry';
  const screening = screenedKind(rng, status);
  const { outcome, decision, referred } = screening ? SCREENING[screening] : NOT_SCREENED;

  const undecidedAtIntake = status === 'intake' && rng.chance(0.5) ? 'UNDECIDED' : null;
  const track = enrolled ? rng.weighted(TRACK_WEIGHTS) : undecidedAtIntake;
  const trafficLight = enrolled ? rng.weighted(LIGHT_WEIGHTS) : null;
  const exitReason = status === 'exited' ? rng.weighted(EXIT_REASON_WEIGHTS) : null;
  const tags = populationTags(rng, culture, gender);

  const participant: ParticipantValues = {
    status,
    firstName,
    lastName,
    nationalId: known ? randomIsraeliId(rng, ctx.usedIds) : null,
    phone: randomMobile(rng),
    email: rng.chance(0.6) ? `demo.participant${ctx.serial}@example.org` : null,
    gender,
    birthDate: known ? birthDate : null,
    ageAtInquiry: age,
    city: rng.weighted(CITIES),
    address: known ? `${rng.pick(STREETS)} ${rng.int(1, 120)}` : null,
    recruitmentSource: rng.weighted(RECRUITMENT_WEIGHTS),
    heardHow: rng.chance(0.5) ? rng.pick(HEARD_HOW) : null,
    track,
    trafficLight,
    coachId,
    intakeScheduledDate: journey.intakeScheduled,
    enrolmentDate: journey.enrolment,
    exitDate: journey.exit,
    exitReason,
    // Columns of migration 0007; the exit area fills them for some exited people.
    exitNote: null,
    exitReferralServiceId: null,
    exitReferralProgramme: null,
    previousOccupation: screened ? rng.pick(OCCUPATIONS) : null,
    previousOccupationCode: null,
    yearsExperience: screened ? rng.int(5, Math.max(6, age - 20)) : null,
    education: enrolled ? rng.weighted(EDUCATION_WEIGHTS) : null,
    languages: languagesFor(culture),
    populationTags: tags,
    barriers: enrolled
      ? rng
          .sample(DEMO_BARRIERS, rng.int(0, 3))
          .map((code) => ({ code, addressedBy: rng.pick(['coach', 'workshop', 'referral']) }))
      : null,
    strengths: null,
    notes: null,
    commitmentSignedDate: enrolled ? journey.enrolment : null,
    forms:
      enrolled && journey.enrolment
        ? { registration: journey.enrolment, consent: journey.enrolment, commitment: journey.enrolment }
        : null,
    screeningOutcome: outcome,
    screeningAnswers: screened ? screeningAnswers(rng, age, outcome !== 'not_eligible') : null,
    screenedAt: journey.screened ? stamp(journey.screened, 10) : null,
    screenedBy: screened ? navigator : null,
    referralServiceId: referred ? rng.pick(ctx.serviceIds) : null,
    decision,
    decisionReason: decision ? rng.pick(DECISION_REASONS) : null,
    decidedBy: decision ? ctx.coordinatorId : null,
    decidedAt: decision && journey.decided ? stamp(journey.decided, 12) : null,
    lastContactDate: journey.lastContact,
    createdAt: stamp(journey.inquiry, 9),
    createdBy: navigator,
    updatedAt: stamp(journey.inquiry, 9),
  };
  // Migration 0009: the ISCO code CRF-1 exports, when the occupation list finds the text.
  if (participant.previousOccupation)
    participant.previousOccupationCode =
      searchOccupations(participant.previousOccupation, 1)[0]?.occupation.code ?? null;

  const events: DemoEvent[] = [
    {
      at: stamp(journey.inquiry, 9),
      actorId: navigator,
      kind: 'created',
      fromStatus: null,
      toStatus: 'inquiry',
      detail: null,
    },
  ];
  const move = (
    date: IsoDate | null,
    hour: number,
    from: ParticipantStatus,
    to: ParticipantStatus,
    actorId: number | null,
    detail: DemoEvent['detail'],
  ) => {
    if (date) events.push({ at: stamp(date, hour), actorId, kind: 'status', fromStatus: from, toStatus: to, detail });
  };
  move(journey.screened, 10, 'inquiry', 'screened', navigator, {
    outcome,
    ...(outcome === 'not_eligible' ? { reason: rng.pick(REFERRAL_REASONS_NOT_ELIGIBLE) } : {}),
  });
  if (decision && journey.decided) {
    events.push({
      at: stamp(journey.decided, 12),
      actorId: ctx.coordinatorId,
      kind: 'decision',
      fromStatus: null,
      toStatus: null,
      detail: { decision },
    });
  }
  const conference = journey.conference;
  move(journey.invited, 11, 'screened', 'invited', navigator, conference ? { conferenceId: conference.id } : null);
  move(journey.attended, 18, 'invited', 'intake', navigator, coachId ? { coachId } : null);
  move(journey.enrolment, 13, 'intake', 'active', coachId, null);
  move(journey.exit, 14, 'active', 'exited', coachId, exitReason ? { exitReason } : null);

  const invites = demoInvites(rng, {
    today: ctx.today,
    conferences: ctx.conferences,
    journey,
    eligibleWaiting: screening === 'eligible',
    stamp,
  });

  const consentRows: ConsentValues[] = [];
  if (enrolled && journey.enrolment) {
    const createdAt = stamp(journey.enrolment, 13);
    consentRows.push({
      kind: 'data_processing',
      organisation: null,
      scope: null,
      givenDate: journey.enrolment,
      method: 'written',
      expiresDate: null,
      withdrawnDate: null,
      recordedBy: coachId,
      createdAt,
    });
    if (rng.chance(0.3)) {
      const given = journey.enrolment;
      const expires = rng.chance(0.3) ? addDays(given, 365) : null;
      const withdrawn = rng.chance(0.08) ? addDays(given, rng.int(10, 200)) : null;
      consentRows.push({
        kind: 'disclosure',
        organisation: rng.pick(DISCLOSURE_ORGANISATIONS),
        scope: 'מסירת מידע על ההשתתפות בתכנית ועל מצב התעסוקה',
        givenDate: given,
        // Disclosure needs written consent; a form signed on screen counts (isConsentMethodSufficient).
        method: rng.weighted(DISCLOSURE_METHOD_WEIGHTS),
        expiresDate: expires,
        withdrawnDate: withdrawn !== null && withdrawn <= ctx.today ? withdrawn : null,
        recordedBy: coachId,
        createdAt,
      });
    }
  }
  participant.updatedAt = events.reduce(
    (last, event) => (event.at > last ? event.at : last),
    participant.createdAt ?? '',
  );
  return { participant, events, consents: consentRows, invites };
}
