import { AppError } from '../../domain/app-error';
import { reminderDueDate, todayIso, addDays } from '../../domain/dates';
import {
  getConference,
  getInvite,
  insertInvite,
  invitesAwaitingReminder,
  listConferences,
  listInvites,
  saveConference,
  updateInvite,
  type InviteStatus,
} from '../../../db/repositories/conferences';
import { addParticipantEvent } from '../../../db/repositories/participants';
import type { StoreRuntime } from '../store/runtime';
import { moveStatus, requireParticipant } from './status';

export function conferenceSummary(runtime: StoreRuntime, id: number) {
  const summary = listConferences(runtime.db()).find((c) => c.id === id);
  if (!summary) throw new AppError('not_found', 'errors.conferences.not_found');
  return summary;
}

/** Conferences from a date on (all when none is given), with their invitation counts. */
export function listConferenceSummaries(runtime: StoreRuntime, from?: string) {
  return listConferences(runtime.db(), from);
}

/** A conference with everyone invited to it. */
export function conferenceDetail(runtime: StoreRuntime, id: number) {
  return { conference: conferenceSummary(runtime, id), invites: listInvites(runtime.db(), id) };
}

export function saveConferenceRecord(
  runtime: StoreRuntime,
  input: { id?: number; date: string; startTime?: string | null; location?: string | null; capacity?: number | null },
) {
  const { id, ...values } = input;
  const row = saveConference(runtime.db(), id, values, runtime.now());
  if (!row) throw new AppError('not_found', 'errors.conferences.not_found');
  runtime.audit({
    action: id === undefined ? 'record_created' : 'record_updated',
    entity: 'conference',
    entityId: row.id,
  });
  return conferenceSummary(runtime, row.id);
}

/**
 * Invites screened people to a conference (status → invited, which the status machine
 * allows only after an eligible screening or an approved exception). Someone already invited
 * to an earlier conference may be invited again, e.g. after missing it.
 */
export function inviteToConference(runtime: StoreRuntime, conferenceId: number, participantIds: number[]): number {
  const conference = getConference(runtime.db(), conferenceId);
  if (!conference) throw new AppError('not_found', 'errors.conferences.not_found');
  if (conference.date < todayIso(runtime.now())) throw new AppError('conflict', 'errors.conferences.in_the_past');
  const now = runtime.now();
  return runtime.sqlite().transaction(() => {
    let invited = 0;
    for (const participantId of participantIds) {
      const row = requireParticipant(runtime, participantId);
      if (row.status === 'screened') moveStatus(runtime, row, 'invited', {});
      else if (row.status !== 'invited')
        throw new AppError('conflict', 'errors.conferences.cannot_invite', [
          { path: 'participantIds', message: 'errors.conferences.cannot_invite' },
        ]);
      if (insertInvite(runtime.db(), conferenceId, participantId, now)) {
        invited += 1;
        addParticipantEvent(
          runtime.db(),
          {
            participantId,
            kind: 'invited',
            actorId: runtime.actorId(),
            detail: { conferenceId },
          },
          now,
        );
      }
    }
    return invited;
  })();
}

export function setInviteStatus(
  runtime: StoreRuntime,
  inviteId: number,
  status: InviteStatus | undefined,
  reminded: boolean | undefined,
) {
  const invite = getInvite(runtime.db(), inviteId);
  if (!invite) throw new AppError('not_found', 'errors.conferences.invite_not_found');
  const now = runtime.now().toISOString();
  const patch: Parameters<typeof updateInvite>[2] = {};
  if (status !== undefined && status !== invite.status) {
    patch.status = status;
    patch.respondedAt = now;
  }
  if (reminded !== undefined) patch.remindedAt = reminded ? (invite.remindedAt ?? now) : null;
  if (Object.keys(patch).length > 0) {
    updateInvite(runtime.db(), inviteId, patch);
    runtime.audit({
      action: 'record_updated',
      entity: 'conference_invite',
      entityId: inviteId,
      fields: Object.keys(patch),
    });
  }
  const updated = listInvites(runtime.db(), invite.conferenceId).find((i) => i.id === inviteId);
  if (!updated) throw new AppError('not_found', 'errors.conferences.invite_not_found');
  return updated;
}

/**
 * Reminder calls due: invites not yet reminded or answered, for conferences from today up to
 * the date whose reminder falls due today (three working days ahead, Sunday–Thursday).
 */
export function callsToMake(runtime: StoreRuntime) {
  const today = todayIso(runtime.now());
  let horizon = today;
  for (let d = today; reminderDueDate(d) <= today; d = addDays(d, 1)) horizon = d;
  return invitesAwaitingReminder(runtime.db(), today, horizon);
}

export { listConferences, listInvites };
