import type { MeetingMode } from '../../domain/codes';
import { formatDisplayDate } from '../../domain/dates';
import type { InvitationFieldValues } from '../../domain/letter-templates';
import { pick } from './code-labels';
import type { DocumentLanguage, DocumentSpec } from './document-layout';
import {
  commonInvitationFields,
  invitationLetter,
  type InvitationLetterData,
  type InvitationOptions,
} from './invitation-letter';

export interface MeetingReminderData extends InvitationLetterData {
  meeting: { date: string; time: string | null; mode: MeetingMode };
}

const modeLabels: Record<MeetingMode, [string, string]> = {
  IN_PERSON: ['פגישה פנים אל פנים', 'in person'],
  PHONE: ['שיחה טלפונית', 'by phone'],
  VIDEO: ['שיחת וידאו', 'by video'],
  EMAIL: ['בדוא"ל', 'by email'],
  SMS: ['בהודעה', 'by text message'],
};

export function meetingReminderFields(
  data: MeetingReminderData,
  lang: DocumentLanguage,
): InvitationFieldValues<'meeting_reminder'> {
  const [he, en] = modeLabels[data.meeting.mode];
  return {
    ...commonInvitationFields(data),
    'meeting.date': formatDisplayDate(data.meeting.date),
    'meeting.time': data.meeting.time ?? '',
    'meeting.mode': pick(lang, he, en),
  };
}

/** A reminder of a booked meeting with the coach, on the centre's letterhead. */
export function meetingReminder(
  data: MeetingReminderData,
  lang: DocumentLanguage,
  options: InvitationOptions = {},
): DocumentSpec {
  const title = pick(lang, 'תזכורת לפגישה', 'Meeting reminder');
  return invitationLetter(
    'meeting_reminder',
    data,
    lang,
    { title, fields: meetingReminderFields(data, lang) },
    options,
  );
}
