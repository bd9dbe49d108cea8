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
import { generateAttendanceSheets } from '../documents/generate';
import { weekSessionIds } from '../documents/load-workshops';
import type { DocumentSpec } from '../documents/document-layout';
import { meetingReminder } from '../documents/meeting-reminder';
import { renderDocument } from '../documents/render';
import type { StoreRuntime } from '../store/runtime';
import { getLetterhead } from './letterhead';
import { previewSpec } from './preview';
import { letterOptions } from './letter-options';
import { templateProblem } from './templates';

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

async function pdfOf(spec: DocumentSpec): Promise<{ pdfBase64: string; title: string }> {
  return { pdfBase64: (await renderDocument(spec)).toString('base64'), title: spec.title };
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
        letterOptions(runtime, 'conference_invitation', lang),
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
        letterOptions(runtime, 'meeting_reminder', lang),
      ),
    );
  },

  /** Every sheet of the working week holding `date` (today by default), as one PDF. */
  async weekAttendanceSheets(runtime: StoreRuntime, date: string | undefined, lang: AppLanguage) {
    const sessionIds = weekSessionIds(runtime, date);
    if (!sessionIds.length) throw new AppError('not_found', 'errors.letters.no_sessions_this_week');
    const { pdf, title } = await generateAttendanceSheets(runtime, { sessionIds, lang });
    return { pdfBase64: pdf.toString('base64'), title };
  },

  /** The editor's preview: the letter as it would print, for invented sample data. */
  async preview(runtime: StoreRuntime, input: { kind: LetterKind; language: AppLanguage; body: string }) {
    if (templateProblem(input)) throw new AppError('invalid_input', 'errors.templates.invalid');
    const centre = centreOf(runtime);
    return pdfOf(previewSpec(input.kind, input.language, input.body.replace(/\r\n?/g, '\n'), centre));
  },
};
