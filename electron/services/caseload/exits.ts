import { AppError } from '../../domain/app-error';
import type { ExitReason } from '../../domain/codes';
import { todayIso } from '../../domain/dates';
import { mayExitAsEmployed6m, proposeExit, type ExitWhy } from '../../domain/exit-proposals';
import { getService } from '../../../db/repositories/directory';
import {
  exitCandidates,
  getExitCandidate,
  getExitDetails,
  meetingDatesOf,
  placementDatesOf,
  type ExitCandidate,
} from '../../../db/repositories/exits';
import { requireSetting } from '../../../db/repositories/settings';
import type { StoreRuntime } from '../store/runtime';
import { assertMayWork } from './records';
import { moveStatus, requireParticipant } from './status';

export interface ExitInput {
  id: number;
  exitDate: string;
  exitReason: ExitReason;
  exitNote?: string | null | undefined;
  referralServiceId?: number | null | undefined;
  referralProgramme?: string | null | undefined;
}

const refuse = (message: string, path: string) => new AppError('invalid_input', message, [{ path, message }]);

/**
 * Leaving the programme (DOMAIN journey step 8): reason and date, a farewell note, and a
 * referral to a directory service or a dedicated programme. EMPLOYED_6M is accepted only when
 * a programme placement has lasted six months by the exit date, since that is what the
 * reason claims and the central report counts it. Only a coordinator reopens.
 */
export function exitParticipant(runtime: StoreRuntime, input: ExitInput) {
  const row = requireParticipant(runtime, input.id);
  assertMayWork(runtime, row);
  const db = runtime.db();
  if (input.exitReason === 'EMPLOYED_6M') {
    const placements = placementDatesOf(db, [row.id]);
    if (!mayExitAsEmployed6m(row.enrolmentDate, placements, input.exitDate))
      throw refuse('errors.exit.employed_6m_without_placement', 'exitReason');
  }
  if (input.referralServiceId != null && !getService(db, input.referralServiceId)?.active)
    throw refuse('errors.exit.unknown_service', 'referralServiceId');
  return runtime.sqlite().transaction(() =>
    moveStatus(runtime, row, 'exited', {
      exitDate: input.exitDate,
      exitReason: input.exitReason,
      exitNote: input.exitNote ?? null,
      exitReferralServiceId: input.referralServiceId ?? null,
      exitReferralProgramme: input.referralProgramme ?? null,
    }),
  )();
}

export type ExitProposal = ExitWhy;

function maxMonths(runtime: StoreRuntime): number {
  return requireSetting(runtime.db(), 'casework.maxProgrammeMonths');
}

function byParticipant<T extends { participantId: number }>(rows: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const row of rows) {
    const list = out.get(row.participantId);
    if (list) list.push(row);
    else out.set(row.participantId, [row]);
  }
  return out;
}

function proposalsFor(runtime: StoreRuntime, people: readonly ExitCandidate[], today: string) {
  const ids = people.map((p) => p.id);
  const placements = byParticipant(placementDatesOf(runtime.db(), ids));
  const meetings = byParticipant(meetingDatesOf(runtime.db(), ids, today));
  const months = maxMonths(runtime);
  return people.map((person) => ({
    person,
    proposal: proposeExit({
      today,
      enrolmentDate: person.enrolmentDate,
      maxProgrammeMonths: months,
      placements: placements.get(person.id) ?? [],
      meetings: meetings.get(person.id) ?? [],
      lastContactDate: person.lastContactDate,
    }),
  }));
}

/**
 * The "due for exit" list: every active participant (a coach: their own) for whom the app
 * proposes an exit, with the reason and why; oldest enrolment first.
 */
export function dueForExit(runtime: StoreRuntime) {
  const me = runtime.requireSession();
  const today = todayIso(runtime.now());
  const coachId = me.role === 'coach' ? me.userId : undefined;
  const candidates = exitCandidates(runtime.db(), today, maxMonths(runtime), coachId);
  return proposalsFor(runtime, candidates, today)
    .flatMap(({ person, proposal }) => (proposal ? [{ ...person, proposal }] : []))
    .sort((a, b) => (a.enrolmentDate ?? '').localeCompare(b.enrolmentDate ?? '') || a.id - b.id);
}

/** A record's exit as stored, and (while active) the exit the app would propose today. */
export function exitDetails(runtime: StoreRuntime, id: number) {
  const row = requireParticipant(runtime, id);
  const details = getExitDetails(runtime.db(), id);
  if (!details) throw new AppError('not_found', 'errors.participant.not_found');
  const candidate = row.status === 'active' ? getExitCandidate(runtime.db(), id) : undefined;
  const proposal = candidate ? proposalsFor(runtime, [candidate], todayIso(runtime.now()))[0]!.proposal : null;
  return { ...details, exitReason: details.exitReason as ExitReason | null, proposal };
}
