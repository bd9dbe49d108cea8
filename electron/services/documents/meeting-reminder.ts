import type { MeetingMode } from '../../domain/codes';
import { formatDisplayDate } from '../../domain/dates';
import { renderTemplate, type InvitationFieldValues } from '../../domain/letter-templates';
import { formatPhone } from '../../domain/phone';
import { pick } from './code-labels';
import type { InvitationOptions } from './conference-invitation';
import type { DocumentLanguage, DocumentSpec } from './document-layout';
import { defaultInvitationTemplates } from './invitation-wording';
import { letterheadBlock } from './letterhead';
import { letterContent } from './referral-letter';

export interface MeetingReminderData {
  centreName: string;
  centreAddress: string;
  centrePhone: string;
  today: string;
  coachName: string | null;
  participant: { firstName: string; lastName: string };
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
    today: formatDisplayDate(data.today),
    'centre.name': data.centreName,
    'centre.address': data.centreAddress,
    'centre.phone': data.centrePhone ? formatPhone(data.centrePhone) : '',
    'coach.name': data.coachName ?? '',
    'participant.firstName': data.participant.firstName,
    'participant.lastName': data.participant.lastName,
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
  const template = options.template ?? defaultInvitationTemplates.meeting_reminder[lang];
  return {
    lang,
    orientation: 'portrait',
    title: pick(lang, 'תזכורת לפגישה', 'Meeting reminder'),
    headerNote: data.centreName,
    body: (ctx) => [
      ...(options.letterhead ? [letterheadBlock(ctx, options.letterhead, lang)] : []),
      ...letterContent(ctx, lang, {
        date: data.today,
        head: [],
        paragraphs: renderTemplate(template, meetingReminderFields(data, lang)),
        signer: data.coachName ?? data.centreName,
      }),
    ],
  };
}
