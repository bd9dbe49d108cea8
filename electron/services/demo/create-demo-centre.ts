import { todayIso } from '../../domain/dates';
import { AppError } from '../../domain/app-error';
import type { KdfCost } from '../auth/keyring';
import { initStore } from '../store/init-store';
import { StoreRuntime } from '../store/runtime';
import { addDemoAttendance } from './areas/attendance';
import { addDemoConferences, demoConferences, inviteWriter } from './areas/conferences';
import { addDemoServices, demoServiceIds } from './areas/directory';
import { meetingWriter } from './areas/meetings';
import { planWriter } from './areas/plans';
import { addDemoExits } from './areas/exits';
import { addDemoPlacements } from './areas/placements';
import { generatePerson, type DemoContext } from './areas/participants/person';
import { existingPeople, participantWriter } from './areas/participants/write';
import { addDemoStaff, demoStaffIds } from './areas/staff';
import { addDemoWorkshops } from './areas/workshops';
import { findStaffByUsername } from '../../../db/repositories/staff';
import { DEMO_CENTRE, DEMO_PASSWORD, DEMO_USERS, type DemoUser } from './demo-data';
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
    const [coordinator] = DEMO_USERS as [DemoUser, ...DemoUser[]];
    const { recoveryKey } = await initStore(runtime, {
      centreCode: DEMO_CENTRE.code,
      centreName: DEMO_CENTRE.name,
      admin: { username: coordinator.username, displayName: coordinator.displayName, password: DEMO_PASSWORD },
      demo: true,
      kdf: options.kdf,
    });
    await addDemoStaff(runtime, now, options.kdf);
    runtime.sqlite().transaction(() => {
      addDemoServices(runtime, now);
      addDemoConferences(runtime, now);
    })();
    const participants = fillDemoCentre(runtime, {
      participants: options.participants ?? 300,
      seed: options.seed ?? 1,
    });
    const facilitator = findStaffByUsername(runtime.db(), 'demo-facilitator');
    const staffIds = demoStaffIds(runtime);
    addDemoWorkshops(
      runtime,
      createRng(((options.seed ?? 1) ^ 0x5eed0009) >>> 0),
      facilitator?.id ?? null,
      staffIds.coordinatorId,
    );
    // Attendance and notes go on the workshops' past sessions, so they come after them.
    addDemoAttendance(runtime, options.seed ?? 1);
    return { runtime, users: DEMO_USERS, password: DEMO_PASSWORD, recoveryKey, participants };
  } catch (error) {
    runtime.close();
    throw error;
  }
}

export interface FillOptions {
  participants: number;
  seed: number;
}

/**
 * Adds invented participants to an open demo store; returns how many the store now holds.
 * The random stream depends on the seed and on how many people are already there, so a second
 * fill adds different people.
 */
export function fillDemoCentre(runtime: StoreRuntime, options: FillOptions): number {
  if (!runtime.isDemo()) throw new AppError('conflict', 'errors.demo.not_a_demo_store');
  const existing = existingPeople(runtime);
  const rng = createRng((options.seed * 0x9e3779b1 + existing.count) >>> 0);
  const ctx: DemoContext = {
    today: todayIso(runtime.now()),
    nowIso: runtime.now().toISOString(),
    ...demoStaffIds(runtime),
    serviceIds: demoServiceIds(runtime),
    conferences: demoConferences(runtime),
    usedIds: existing.nationalIds,
    serial: existing.count,
  };
  // Each area writes its own rows; a new area adds its writer here.
  const writeParticipant = participantWriter(runtime);
  const writeInvites = inviteWriter(runtime);
  // Its own stream from the same seed, so adding meetings leaves the people themselves unchanged.
  const writeMeetings = meetingWriter(runtime, createRng((options.seed * 0x85ebca6b + existing.count + 1) >>> 0), ctx);
  const writePlans = planWriter(runtime, createRng((options.seed * 0x85ebca6b + existing.count) >>> 0), ctx);
  let firstId: number | null = null;
  let lastId: number | null = null;
  for (let done = 0; done < options.participants; done += BATCH) {
    const count = Math.min(BATCH, options.participants - done);
    runtime.sqlite().transaction(() => {
      for (let i = 0; i < count; i += 1) {
        const person = generatePerson(rng, ctx);
        const id = writeParticipant(person);
        writeInvites(id, person.invites);
        writeMeetings(id, person);
        writePlans(id, person);
        firstId ??= id;
        lastId = id;
      }
    })();
  }
  if (firstId !== null && lastId !== null) {
    const [from, to] = [firstId, lastId];
    // Its own seeded stream, so adding placements leaves the people of a seed unchanged.
    const placementRng = createRng((options.seed * 0x85ebca6b + existing.count + 2) >>> 0);
    runtime.sqlite().transaction(() => addDemoPlacements(runtime, placementRng, ctx.today, from, to))();
    // Its own stream from the same seed, so the exits area leaves the people themselves unchanged.
    const exitsRng = createRng((options.seed * 0xc2b2ae35 + existing.count + 2) >>> 0);
    runtime.sqlite().transaction(() => addDemoExits(runtime, exitsRng, ctx, from, to))();
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
  return existing.count + options.participants;
}
