/**
 * The participant's status machine: inquiry → screened → invited → intake → active → exited.
 *
 * Decisions taken here (DOMAIN.md, "The participant's journey"):
 * - A person found not eligible on the routing call stays `screened`; the screening is then
 *   closed (outcome not_eligible, or a coordinator's rejection) and the referral is recorded
 *   on it. `exited` is kept for people who entered the pipeline: CRF-1 exit reasons describe
 *   leaving the programme, and counting never-admitted callers as exits would distort them.
 *   So inquiry/screened → exited is refused with `close_screening_instead`.
 * - Invitation needs an eligible screening, or a coordinator's approval with a reason for a
 *   borderline or not-eligible one (the report lets the coordinator approve exceptions).
 * - Intake → active needs what the report requires before the work starts: the intake date
 *   (CRF-1 enrolmentDate), a coach, a track, every required form and the signed commitment.
 * - Exit needs a date and a CRF-1 reason, neither in the future nor before enrolment.
 * - Only a coordinator re-opens an exited case, with a reason: back to `active` if the person
 *   had been enrolled, otherwise back to `invited` for the next exposure conference.
 */
import type { Role } from './roles';
import type { CoordinatorDecision, ExitReason, ParticipantStatus, ScreeningOutcome, Track } from './codes';
import type { IsoDate } from './dates';

/** What a transition may depend on; field names follow the participant record. */
export interface LifecycleFacts {
  today: IsoDate;
  actorRole?: Role | null;
  screeningOutcome?: ScreeningOutcome | null;
  decision?: CoordinatorDecision | null;
  decisionReason?: string | null;
  coachId?: number | null;
  intakeScheduledDate?: IsoDate | null;
  /** The intake meeting's date. */
  enrolmentDate?: IsoDate | null;
  track?: Track | null;
  /** Keys of the forms the centre requires before intake is complete. */
  requiredForms?: readonly string[];
  /** Forms received: key → date received. */
  forms?: Readonly<Record<string, IsoDate>> | null;
  commitmentSignedDate?: IsoDate | null;
  exitDate?: IsoDate | null;
  exitReason?: ExitReason | null;
  reopenReason?: string | null;
}

export type LifecycleReason =
  | 'same_status'
  | 'not_allowed'
  | 'close_screening_instead'
  | 'screening_required'
  | 'coordinator_rejected'
  | 'coordinator_approval_required'
  | 'decision_reason_required'
  | 'coordinator_only'
  | 'decision_not_needed'
  | 'coach_required'
  | 'intake_date_required'
  | 'intake_date_in_future'
  | 'track_required'
  | 'required_forms_missing'
  | 'commitment_required'
  | 'commitment_date_in_future'
  | 'exit_date_required'
  | 'exit_reason_required'
  | 'exit_date_in_future'
  | 'exit_before_enrolment'
  | 'reopen_reason_required'
  | 'reopen_enrolled_to_active'
  | 'reopen_not_enrolled_to_invited';

export type LifecycleCheck =
  | { ok: true }
  | {
      ok: false;
      /** i18n key `errors.lifecycle.<reason>`. */
      reason: string;
      /** The facts to fix, for highlighting (forms as `forms.<key>`). */
      fields?: string[];
    };

const OK: LifecycleCheck = { ok: true };

function refuse(reason: LifecycleReason, fields?: string[]): LifecycleCheck {
  const key = `errors.lifecycle.${reason}`;
  return fields === undefined ? { ok: false, reason: key } : { ok: false, reason: key, fields };
}

const isBlank = (text: string | null | undefined): boolean => text === null || text === undefined || text.trim() === '';

/** The moves the machine has at all, whatever the facts; the order is the order buttons appear in. */
const EDGES: Readonly<Record<ParticipantStatus, readonly ParticipantStatus[]>> = {
  inquiry: ['screened'],
  screened: ['invited'],
  invited: ['intake', 'exited'],
  intake: ['active', 'exited'],
  active: ['exited'],
  exited: ['active', 'invited'],
};

export function structuralTargets(from: ParticipantStatus): readonly ParticipantStatus[] {
  return EDGES[from];
}

function checkInvitation(facts: LifecycleFacts): LifecycleCheck {
  if (facts.screeningOutcome === null || facts.screeningOutcome === undefined) return refuse('screening_required');
  if (facts.decision === 'rejected') return refuse('coordinator_rejected');
  if (facts.screeningOutcome === 'eligible') return OK;
  if (facts.decision !== 'approved') return refuse('coordinator_approval_required');
  return isBlank(facts.decisionReason) ? refuse('decision_reason_required', ['decisionReason']) : OK;
}

function checkIntakeBooking(facts: LifecycleFacts): LifecycleCheck {
  if (facts.coachId === null || facts.coachId === undefined) return refuse('coach_required', ['coachId']);
  if (!facts.intakeScheduledDate) return refuse('intake_date_required', ['intakeScheduledDate']);
  return OK;
}

function checkIntakeCompleted(facts: LifecycleFacts): LifecycleCheck {
  if (!facts.enrolmentDate) return refuse('intake_date_required', ['enrolmentDate']);
  if (facts.enrolmentDate > facts.today) return refuse('intake_date_in_future', ['enrolmentDate']);
  if (facts.coachId === null || facts.coachId === undefined) return refuse('coach_required', ['coachId']);
  if (!facts.track) return refuse('track_required', ['track']);
  const received = facts.forms ?? {};
  const missing = (facts.requiredForms ?? []).filter((key) => !received[key]);
  if (missing.length > 0)
    return refuse(
      'required_forms_missing',
      missing.map((key) => `forms.${key}`),
    );
  if (!facts.commitmentSignedDate) return refuse('commitment_required', ['commitmentSignedDate']);
  if (facts.commitmentSignedDate > facts.today) return refuse('commitment_date_in_future', ['commitmentSignedDate']);
  return OK;
}

function checkExit(facts: LifecycleFacts): LifecycleCheck {
  if (!facts.exitDate) return refuse('exit_date_required', ['exitDate']);
  if (!facts.exitReason) return refuse('exit_reason_required', ['exitReason']);
  if (facts.exitDate > facts.today) return refuse('exit_date_in_future', ['exitDate']);
  if (facts.enrolmentDate && facts.exitDate < facts.enrolmentDate) return refuse('exit_before_enrolment', ['exitDate']);
  return OK;
}

function checkReopen(to: ParticipantStatus, facts: LifecycleFacts): LifecycleCheck {
  if (facts.actorRole !== 'coordinator') return refuse('coordinator_only');
  if (isBlank(facts.reopenReason)) return refuse('reopen_reason_required', ['reopenReason']);
  const enrolled = Boolean(facts.enrolmentDate);
  if (to === 'active' && !enrolled) return refuse('reopen_not_enrolled_to_invited');
  if (to === 'invited' && enrolled) return refuse('reopen_enrolled_to_active');
  return OK;
}

export function canTransition(from: ParticipantStatus, to: ParticipantStatus, facts: LifecycleFacts): LifecycleCheck {
  if (from === to) return refuse('same_status');
  if (to === 'exited' && (from === 'inquiry' || from === 'screened')) return refuse('close_screening_instead');
  if (!EDGES[from].includes(to)) return refuse('not_allowed');
  if (from === 'exited') return checkReopen(to, facts);
  switch (to) {
    case 'screened':
      return facts.screeningOutcome ? OK : refuse('screening_required');
    case 'invited':
      return checkInvitation(facts);
    case 'intake':
      return checkIntakeBooking(facts);
    case 'active':
      return checkIntakeCompleted(facts);
    case 'exited':
      return checkExit(facts);
    default:
      return refuse('not_allowed');
  }
}

export type TransitionResult<P> = { ok: true; value: P } | { ok: false; reason: string; fields?: string[] };

/** A copy of the participant in the new status, or the reason it may not move. */
export function transition<P extends { status: ParticipantStatus }>(
  participant: P,
  to: ParticipantStatus,
  facts: LifecycleFacts,
): TransitionResult<P> {
  const verdict = canTransition(participant.status, to, facts);
  return verdict.ok ? { ok: true, value: { ...participant, status: to } } : verdict;
}

/** Every structurally possible move from a status with its verdict, for offering actions. */
export function availableTransitions(
  from: ParticipantStatus,
  facts: LifecycleFacts,
): { to: ParticipantStatus; check: LifecycleCheck }[] {
  return EDGES[from].map((to) => ({ to, check: canTransition(from, to, facts) }));
}

/**
 * Whether the coordinator's decision on a screening may be recorded: only by a coordinator,
 * only for a borderline or not-eligible outcome, and always with a reason.
 */
export function canRecordCoordinatorDecision(
  actorRole: Role | null | undefined,
  outcome: ScreeningOutcome | null | undefined,
  reason: string | null | undefined,
): LifecycleCheck {
  if (actorRole !== 'coordinator') return refuse('coordinator_only');
  if (!outcome) return refuse('screening_required');
  if (outcome === 'eligible') return refuse('decision_not_needed');
  return isBlank(reason) ? refuse('decision_reason_required', ['decisionReason']) : OK;
}

/**
 * A screened person whose case ends before invitation (referred elsewhere): not eligible
 * without an approved exception, or rejected by the coordinator.
 */
export function isScreeningClosed(
  status: ParticipantStatus,
  facts: Pick<LifecycleFacts, 'screeningOutcome' | 'decision'>,
): boolean {
  if (status !== 'screened') return false;
  return facts.decision === 'rejected' || (facts.screeningOutcome === 'not_eligible' && facts.decision !== 'approved');
}
