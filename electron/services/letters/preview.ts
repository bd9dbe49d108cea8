import type { LetterKind } from '../../domain/documents';
import type { Letterhead } from '../../domain/letter-templates';
import { conferenceInvitation } from '../documents/conference-invitation';
import type { DocumentLanguage, DocumentSpec } from '../documents/document-layout';
import { exitLetter } from '../documents/exit-letter';
import { withLetterhead } from '../documents/letterhead';
import { meetingReminder } from '../documents/meeting-reminder';
import { referralLetter } from '../documents/referral-letter';

interface Centre {
  letterhead: Letterhead | null;
  centreName: string;
  centreAddress: string;
  centrePhone: string;
  today: string;
}

/**
 * The letter the editor previews: the real builder, the coordinator's text, the centre's
 * letterhead, and an invented person (never a real record). The sample referral's consent
 * scope names everything, so a preview shows every field the template uses.
 */
export function previewSpec(kind: LetterKind, lang: DocumentLanguage, template: string, centre: Centre): DocumentSpec {
  const he = lang === 'he';
  const participant = { firstName: he ? 'נועה' : 'Noa', lastName: he ? 'כהן' : 'Cohen' };
  const coachName = he ? 'דנה לוי' : 'Dana Levi';
  const common = { ...centre, centreName: centre.centreName || (he ? 'מרכז תעסוקה' : 'Employment centre'), coachName };
  const options = { template, letterhead: centre.letterhead };
  const withHead = (spec: DocumentSpec): DocumentSpec => withLetterhead(spec, centre.letterhead);
  switch (kind) {
    case 'conference_invitation':
      return conferenceInvitation(
        {
          ...common,
          participant,
          conference: { date: common.today, startTime: '10:00', location: he ? 'אולם המרכז' : 'the centre hall' },
        },
        lang,
        options,
      );
    case 'meeting_reminder':
      return meetingReminder(
        { ...common, participant, meeting: { date: common.today, time: '09:30', mode: 'IN_PERSON' } },
        lang,
        options,
      );
    case 'referral':
      return withHead(
        referralLetter(
          {
            ...common,
            participant: { ...participant, nationalId: '123456782', phone: '0501234567', email: 'noa@example.org' },
            organisation: { name: he ? 'עמותת אופק' : 'Ofek association', address: null, phone: '048555555' },
            consent: {
              givenDate: common.today,
              expiresDate: null,
              scope: he ? 'ת"ז, פרטי קשר, סדנאות ויעדים' : 'ID number, contact, workshops and goals',
            },
            workshopsCompleted: [he ? 'כתיבת קורות חיים' : 'CV writing'],
            goals: [he ? 'עבודה במשרה חלקית' : 'A part-time job'],
          },
          lang,
          { template },
        ),
      );
    case 'exit':
      return withHead(
        exitLetter(
          {
            ...common,
            participant,
            enrolmentDate: common.today,
            exitDate: common.today,
            exitReason: null,
            workshopsCompleted: [he ? 'כתיבת קורות חיים' : 'CV writing'],
            meetingsHeld: 12,
            goalsAchieved: [he ? 'עבודה במשרה חלקית' : 'A part-time job'],
            referral: null,
          },
          lang,
          { template },
        ),
      );
  }
}
