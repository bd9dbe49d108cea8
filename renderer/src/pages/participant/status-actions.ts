import type { Role } from '../../../../electron/api/contracts/roles';
import type { ParticipantStatus } from '../../../../electron/domain/codes';
import { canTransition, type LifecycleFacts } from '../../../../electron/domain/lifecycle';
import type { Participant } from './participant-data';

export type ActionId = 'scheduleIntake' | 'completeIntake' | 'exit' | 'reopen';

/** Available, or the i18n key of the reason it is not. */
export type Availability = { ok: true } | { ok: false; reason: string };

const targets: Record<ActionId, ParticipantStatus> = {
  scheduleIntake: 'intake',
  completeIntake: 'active',
  exit: 'exited',
  reopen: 'active',
};

/** The statuses each action starts from on this screen. */
const startsFrom: Record<ActionId, readonly ParticipantStatus[]> = {
  scheduleIntake: ['invited'],
  completeIntake: ['intake'],
  exit: ['invited', 'intake', 'active'],
  reopen: ['exited'],
};

export function factsOf(p: Participant, role: Role, today: string): LifecycleFacts {
  return {
    today,
    actorRole: role,
    screeningOutcome: p.screening.outcome,
    decision: p.screening.decision,
    decisionReason: p.screening.decisionReason,
    coachId: p.coachId,
    intakeScheduledDate: p.intakeScheduledDate,
    enrolmentDate: p.enrolmentDate,
    track: p.track,
    forms: p.forms,
    commitmentSignedDate: p.commitmentSignedDate,
    exitDate: p.exitDate,
    exitReason: p.exitReason,
  };
}

/**
 * Whether an action can be offered now, and if not why, in the status machine's own words
 * (errors.lifecycle.*) or the permission that is missing. The server decides again.
 */
export function availability(
  action: ActionId,
  p: Participant,
  role: Role,
  userId: number,
  today: string,
): Availability {
  if (action === 'reopen') {
    if (p.status !== 'exited') return { ok: false, reason: 'participant.actions.notExited' };
    return role === 'coordinator' ? { ok: true } : { ok: false, reason: 'participant.actions.coordinatorOnly' };
  }
  if (p.status === 'exited') return { ok: false, reason: 'participant.actions.alreadyExited' };
  if (action === 'completeIntake' && p.status === 'active')
    return { ok: false, reason: 'participant.actions.alreadyActive' };
  if (action === 'scheduleIntake' && (p.status === 'intake' || p.status === 'active'))
    return { ok: false, reason: 'participant.actions.alreadyScheduled' };
  if (!startsFrom[action].includes(p.status)) {
    const verdict = canTransition(p.status, targets[action], factsOf(p, role, today));
    return { ok: false, reason: verdict.ok ? 'errors.lifecycle.not_allowed' : verdict.reason };
  }
  if (action === 'scheduleIntake') {
    return role === 'facilitator' ? { ok: false, reason: 'errors.forbidden' } : { ok: true };
  }
  if (role !== 'coach' && role !== 'coordinator') return { ok: false, reason: 'participant.actions.caseOwnersOnly' };
  if (role === 'coach' && p.coachId !== userId) return { ok: false, reason: 'errors.participant.not_your_caseload' };
  return { ok: true };
}
