import { AppError } from '../../domain/app-error';
import { todayIso } from '../../domain/dates';
import type { LetterKind } from '../../domain/documents';
import type { AppLanguage } from '../../domain/languages';
import { getConference, getInvite } from '../../../db/repositories/conferences';
import { getMeeting } from '../../../db/repositories/meetings';
import { getParticipant } from '../../../db/repositories/participants';
import { findStaffById } from '../../../db/repositories/staff';
import { assertMayWork } from '../caseload/records';
import { conferenceInvitation } from '../documents/conference-invitation';
import type { DocumentSpec } from '../documents/document-layout';
import { meetingReminder } from '../documents/meeting-reminder';
import { renderDocument } from '../documents/render';
import type { StoreRuntime } from '../store/runtime';
import { getLetterhead } from './letterhead';
import { previewSpec } from './preview';
import { templateInUse, templateProblem } from './templates';

/** What every letter shares: the centre as the letterhead names it, today, the letterhead itself. */
function centreOf(runtime: StoreRuntime) {
  const letterhead = getLetterhead(runtime);
  return {
    letterhead,
    centreName: letterhead?.centreName ?? runtime.centre()?.name ?? '',
    centreAddress: letterhead?.address ?? '',
    centrePhone: letterhead?.phone ?? '',
    today: todayIso(runtime.now()),
  };
}

function coachName(runtime: StoreRuntime, coachId: number | null): string | null {
  return coachId === null ? null : (findStaffById(runtime.db(), coachId)?.displayName ?? null);
}

async function pdfOf(spec: DocumentSpec): Promise<{ pdf: string }> {
  return { pdf: (await renderDocument(spec)).toString('base64') };
}

export const letterDocuments = {
  /** The invitation to an exposure conference for one invited person (front desk's work). */
  async conferenceInvitation(runtime: StoreRuntime, inviteId: number, lang: AppLanguage) {
    const db = runtime.db();
    const invite = getInvite(db, inviteId);
    const conference = invite ? getConference(db, invite.conferenceId) : undefined;
    const person = invite ? getParticipant(db, invite.participantId) : undefined;
    if (!invite || !conference || !person) throw new AppError('not_found', 'errors.letters.not_found');
    const centre = centreOf(runtime);
    return pdfOf(
      conferenceInvitation(
        {
          ...centre,
          coachName: coachName(runtime, person.coachId),
          participant: person,
          conference: { date: conference.date, startTime: conference.startTime, location: conference.location },
        },
        lang,
        { template: templateInUse(runtime, 'conference_invitation', lang), letterhead: centre.letterhead },
      ),
    );
  },

  /** A reminder of one booked meeting, for whoever carries the case. */
  async meetingReminder(runtime: StoreRuntime, meetingId: number, lang: AppLanguage) {
    const db = runtime.db();
    const meeting = getMeeting(db, meetingId);
    const person = meeting ? getParticipant(db, meeting.participantId) : undefined;
    if (!meeting || !person) throw new AppError('not_found', 'errors.letters.not_found');
    assertMayWork(runtime, person);
    const centre = centreOf(runtime);
    return pdfOf(
      meetingReminder(
        {
          ...centre,
          coachName: coachName(runtime, meeting.staffId ?? person.coachId),
          participant: person,
          meeting: { date: meeting.date, time: meeting.time, mode: meeting.mode },
        },
        lang,
        { template: templateInUse(runtime, 'meeting_reminder', lang), letterhead: centre.letterhead },
      ),
    );
  },

  /** The editor's preview: the letter as it would print, for invented sample data. */
  async preview(runtime: StoreRuntime, input: { kind: LetterKind; language: AppLanguage; body: string }) {
    if (templateProblem(input)) throw new AppError('invalid_input', 'errors.templates.invalid');
    const centre = centreOf(runtime);
    return pdfOf(previewSpec(input.kind, input.language, input.body.replace(/\r\n?/g, '\n'), centre));
  },
};
