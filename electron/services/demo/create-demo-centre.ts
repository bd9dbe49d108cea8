import { todayIso } from '../../domain/dates';
import { AppError } from '../../domain/app-error';
import { indexParticipant } from '../../../db/repositories/participant-search';
import { findStaffByUsername, insertStaff } from '../../../db/repositories/staff';
import type { KdfCost } from '../auth/keyring';
import { readKeyring, setPasswordWrap, writeKeyringAtomic } from '../auth/keyring';
import { initStore } from '../store/init-store';
import { StoreRuntime } from '../store/runtime';
import { CONFERENCE_LOCATION, DEMO_CENTRE, DEMO_PASSWORD, DEMO_SERVICES, DEMO_USERS, type DemoUser } from './demo-data';
import { generatePerson, type DemoContext, type DemoPerson } from './generate-person';
import { demoConferenceDates, eventTime } from './journey';
import { createRng } from './prng';

export interface CreateDemoCentreOptions {
  dir: string;
  participants?: number;
  seed?: number;
  /** The demo's "today"; pass a fixed one for identical stores from the same seed. */
  now?: Date;
  /** Argon2id cost of the demo accounts' key wraps (tests pass the minimum). */
  kdf?: KdfCost;
}

export interface DemoCentre {
  /** Open, with nobody signed in; the caller closes it. */
  runtime: StoreRuntime;
  users: readonly DemoUser[];
  password: string;
  recoveryKey: string;
  participants: number;
}

/** Participants written per transaction: large enough to be fast, small enough to keep the WAL modest. */
const BATCH = 2_000;

/**
 * Creates a store marked as a demo (settings 'store.demo') in an empty folder and fills it with
 * invented people. Every demo account signs in with DEMO_PASSWORD and is not asked to change
 * it. The same seed and `now` give the same data (keys, the store id and key wraps differ).
 */
export async function createDemoCentre(options: CreateDemoCentreOptions): Promise<DemoCentre> {
  const now = options.now ?? new Date();
  const runtime = new StoreRuntime(options.dir, () => now);
  try {
    const [coordinator, ...others] = DEMO_USERS as [DemoUser, ...DemoUser[]];
    const { recoveryKey } = await initStore(runtime, {
      centreCode: DEMO_CENTRE.code,
      centreName: DEMO_CENTRE.name,
      admin: { username: coordinator.username, displayName: coordinator.displayName, password: DEMO_PASSWORD },
      demo: true,
      kdf: options.kdf,
    });
    const db = runtime.db();
    const coordinatorId = findStaffByUsername(db, coordinator.username)?.id ?? null;
    let keyring = readKeyring(runtime.files.keyring);
    for (const user of others)
      keyring = await setPasswordWrap(keyring, runtime.key(), user.username, DEMO_PASSWORD, options.kdf);
    writeKeyringAtomic(runtime.files.keyring, keyring);
    runtime.sqlite().transaction(() => {
      for (const user of others) {
        const row = insertStaff(db, { ...user, mustChangePassword: false }, now);
        runtime.audit({
          actorId: coordinatorId,
          action: 'account_created',
          entity: 'staff',
          entityId: row.id,
          fields: ['username', 'displayName', 'role'],
        });
      }
      insertDirectory(runtime, now);
    })();
    const participants = fillDemoCentre(runtime, {
      participants: options.participants ?? 300,
      seed: options.seed ?? 1,
    });
    return { runtime, users: DEMO_USERS, password: DEMO_PASSWORD, recoveryKey, participants };
  } catch (error) {
    runtime.close();
    throw error;
  }
}

function insertDirectory(runtime: StoreRuntime, now: Date): void {
  const sqlite = runtime.sqlite();
  const at = now.toISOString();
  const service = sqlite.prepare(
    'INSERT INTO services (name, offers, phone, address, active, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)',
  );
  for (const s of DEMO_SERVICES) service.run(s.name, s.offers, s.phone, s.address, at, at);
  const conference = sqlite.prepare(
    'INSERT INTO conferences (date, start_time, location, capacity, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  for (const date of demoConferenceDates(todayIso(now))) {
    conference.run(date, '10:00', CONFERENCE_LOCATION, 40, eventTime(date, 8) < at ? eventTime(date, 8) : at);
  }
}

export interface FillOptions {
  participants: number;
  seed: number;
}

function staffId(runtime: StoreRuntime, username: string): number {
  const row = findStaffByUsername(runtime.db(), username);
  if (!row) throw new AppError('conflict', 'errors.demo.not_a_demo_store');
  return row.id;
}

/**
 * Adds invented participants to an open demo store; returns how many the store now holds.
 * The random stream depends on the seed and on how many people are already there, so a second
 * fill adds different people.
 */
export function fillDemoCentre(runtime: StoreRuntime, options: FillOptions): number {
  if (!runtime.isDemo()) throw new AppError('conflict', 'errors.demo.not_a_demo_store');
  const sqlite = runtime.sqlite();
  const db = runtime.db();
  const existing = (sqlite.prepare('SELECT count(*) AS n FROM participants').get() as { n: number }).n;
  const rng = createRng((options.seed * 0x9e3779b1 + existing) >>> 0);
  const ctx: DemoContext = {
    today: todayIso(runtime.now()),
    nowIso: runtime.now().toISOString(),
    coordinatorId: staffId(runtime, 'demo-coordinator'),
    navigatorId: staffId(runtime, 'demo-navigator'),
    coachIds: [staffId(runtime, 'demo-coach1'), staffId(runtime, 'demo-coach2')],
    serviceIds: (sqlite.prepare('SELECT id FROM services ORDER BY id').all() as { id: number }[]).map((r) => r.id),
    conferences: sqlite.prepare('SELECT id, date FROM conferences ORDER BY date, id').all() as {
      id: number;
      date: string;
    }[],
    usedIds: new Set(
      (
        sqlite.prepare('SELECT national_id AS id FROM participants WHERE national_id IS NOT NULL').all() as {
          id: string;
        }[]
      ).map((r) => r.id),
    ),
    serial: existing,
  };
  const write = writer(runtime);
  let firstId: number | null = null;
  let lastId: number | null = null;
  for (let done = 0; done < options.participants; done += BATCH) {
    const count = Math.min(BATCH, options.participants - done);
    sqlite.transaction(() => {
      for (let i = 0; i < count; i += 1) {
        const person = generatePerson(rng, ctx);
        const id = write(person);
        firstId ??= id;
        lastId = id;
        const { firstName, lastName, nationalId, phone } = person.participant;
        indexParticipant(db, { id, firstName, lastName, nationalId: nationalId ?? null, phone: phone ?? null });
      }
    })();
  }
  if (firstId !== null) {
    // One entry for the whole fill: the ids it added, never anyone's details.
    runtime.audit({
      action: 'record_created',
      entity: 'participant',
      entityId: `${firstId}-${lastId}`,
      outcome: 'demo_generated',
    });
  }
  return existing + options.participants;
}

const PARTICIPANT_COLUMNS = [
  'status',
  'first_name',
  'last_name',
  'national_id',
  'phone',
  'email',
  'gender',
  'birth_date',
  'age_at_inquiry',
  'city',
  'address',
  'recruitment_source',
  'heard_how',
  'track',
  'traffic_light',
  'coach_id',
  'intake_scheduled_date',
  'enrolment_date',
  'exit_date',
  'exit_reason',
  'previous_occupation',
  'years_experience',
  'education',
  'languages',
  'population_tags',
  'barriers',
  'strengths',
  'notes',
  'commitment_signed_date',
  'forms',
  'screening_outcome',
  'screening_answers',
  'screened_at',
  'screened_by',
  'referral_service_id',
  'decision',
  'decision_reason',
  'decided_by',
  'decided_at',
  'last_contact_date',
  'created_at',
  'created_by',
  'updated_at',
] as const;

const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

/** Prepared inserts for one person and everything attached to them; returns the participant id. */
function writer(runtime: StoreRuntime): (person: DemoPerson) => number {
  const sqlite = runtime.sqlite();
  const insertParticipant = sqlite.prepare(
    `INSERT INTO participants (${PARTICIPANT_COLUMNS.join(', ')}) VALUES (${PARTICIPANT_COLUMNS.map(() => '?').join(', ')})`,
  );
  const insertEvent = sqlite.prepare(
    'INSERT INTO participant_events (participant_id, at, actor_id, kind, from_status, to_status, detail) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertConsent = sqlite.prepare(
    `INSERT INTO consents (participant_id, kind, organisation, scope, given_date, method, expires_date, withdrawn_date, recorded_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertInvite = sqlite.prepare(
    `INSERT INTO conference_invites (conference_id, participant_id, status, invited_at, reminded_at, responded_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  return ({ participant: p, events, consents, invites }) => {
    const id = Number(
      insertParticipant.run(
        p.status,
        p.firstName,
        p.lastName,
        p.nationalId,
        p.phone,
        p.email,
        p.gender,
        p.birthDate,
        p.ageAtInquiry,
        p.city,
        p.address,
        p.recruitmentSource,
        p.heardHow,
        p.track,
        p.trafficLight,
        p.coachId,
        p.intakeScheduledDate,
        p.enrolmentDate,
        p.exitDate,
        p.exitReason,
        p.previousOccupation,
        p.yearsExperience,
        p.education,
        json(p.languages),
        json(p.populationTags),
        json(p.barriers),
        p.strengths,
        p.notes,
        p.commitmentSignedDate,
        json(p.forms),
        p.screeningOutcome,
        json(p.screeningAnswers),
        p.screenedAt,
        p.screenedBy,
        p.referralServiceId,
        p.decision,
        p.decisionReason,
        p.decidedBy,
        p.decidedAt,
        p.lastContactDate,
        p.createdAt,
        p.createdBy,
        p.updatedAt,
      ).lastInsertRowid,
    );
    for (const e of events) insertEvent.run(id, e.at, e.actorId, e.kind, e.fromStatus, e.toStatus, json(e.detail));
    for (const c of consents) {
      insertConsent.run(
        id,
        c.kind,
        c.organisation,
        c.scope,
        c.givenDate,
        c.method,
        c.expiresDate,
        c.withdrawnDate,
        c.recordedBy,
        c.createdAt,
      );
    }
    for (const v of invites) {
      insertInvite.run(v.conferenceId, id, v.status, v.invitedAt, v.remindedAt, v.respondedAt);
    }
    return id;
  };
}
