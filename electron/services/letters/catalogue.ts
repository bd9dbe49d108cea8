import type { LetterKind } from '../../domain/documents';
import { invitationFields } from '../../domain/letter-templates';
import { letterFields } from '../../domain/letters';
import type { DocumentLanguage } from '../documents/document-layout';
import { defaultInvitationTemplates } from '../documents/invitation-wording';
import { defaultLetterTemplates } from '../documents/letter-body';

/** The named fields a template of this letter may use. */
export function templateFields(kind: LetterKind): readonly string[] {
  return kind === 'referral' || kind === 'exit' ? letterFields[kind] : invitationFields[kind];
}

/** The built-in wording, used until the coordinator saves a version. */
export function defaultTemplate(kind: LetterKind, lang: DocumentLanguage): string {
  return kind === 'referral' || kind === 'exit'
    ? defaultLetterTemplates[kind][lang]
    : defaultInvitationTemplates[kind][lang];
}

/** Invented values for the editor's preview: no real person's data is ever shown there. */
const samples: Record<string, [string, string]> = {
  today: ['15/03/2026', '15/03/2026'],
  'centre.name': ['מרכז תעסוקה לדוגמה', 'Sample employment centre'],
  'centre.address': ['רחוב הרצל 10, חיפה', '10 Herzl St, Haifa'],
  'centre.phone': ['04-8123456', '04-8123456'],
  'coach.name': ['דנה לוי', 'Dana Levi'],
  'participant.firstName': ['נועה', 'Noa'],
  'participant.lastName': ['כהן', 'Cohen'],
  'participant.nationalId': ['123456782', '123456782'],
  'participant.phone': ['050-1234567', '050-1234567'],
  'participant.email': ['noa@example.org', 'noa@example.org'],
  'participant.workshops': ['כתיבת קורות חיים, הכנה לראיון', 'CV writing, interview preparation'],
  'participant.goals': ['עבודה במשרה חלקית עד יוני', 'A part-time job by June'],
  'participant.enrolmentDate': ['01/09/2025', '01/09/2025'],
  'participant.exitDate': ['15/03/2026', '15/03/2026'],
  'organisation.name': ['עמותת אופק', 'Ofek association'],
  'organisation.address': ['רחוב הנביאים 5, חיפה', "5 HaNevi'im St, Haifa"],
  'organisation.phone': ['04-8555555', '04-8555555'],
  'consent.givenDate': ['01/03/2026', '01/03/2026'],
  'consent.expiresDate': ['01/03/2027', '01/03/2027'],
  'consent.scope': ['פרטי קשר וסדנאות', 'contact details and workshops'],
  'exit.reason': ['השמה בעבודה', 'Placed in work'],
  'exit.workshopsCompleted': ['כתיבת קורות חיים', 'CV writing'],
  'exit.meetingsHeld': ['12', '12'],
  'exit.goalsAchieved': ['עבודה במשרה חלקית', 'A part-time job'],
  'exit.referral': ['לימודי הנהלת חשבונות', 'Bookkeeping course'],
  'conference.date': ['22/03/2026', '22/03/2026'],
  'conference.time': ['10:00', '10:00'],
  'conference.place': ['אולם המרכז', 'the centre hall'],
  'meeting.date': ['18/03/2026', '18/03/2026'],
  'meeting.time': ['09:30', '09:30'],
  'meeting.mode': ['פגישה פנים אל פנים', 'in person'],
};

/** Sample values for every field of the letter, in the letter's language. */
export function sampleFields(kind: LetterKind, lang: DocumentLanguage): Record<string, string> {
  return Object.fromEntries(templateFields(kind).map((name) => [name, samples[name]?.[lang === 'he' ? 0 : 1] ?? name]));
}
