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

export interface ConferenceInvitationData extends InvitationLetterData {
  conference: { date: string; startTime: string | null; location: string | null };
}

export function conferenceInvitationFields(
  data: ConferenceInvitationData,
): InvitationFieldValues<'conference_invitation'> {
  return {
    ...commonInvitationFields(data),
    'conference.date': formatDisplayDate(data.conference.date),
    'conference.time': data.conference.startTime ?? '',
    'conference.place': data.conference.location ?? '',
  };
}

/** The invitation to an exposure conference, on the centre's letterhead. */
export function conferenceInvitation(
  data: ConferenceInvitationData,
  lang: DocumentLanguage,
  options: InvitationOptions = {},
): DocumentSpec {
  const title = pick(lang, 'הזמנה לכנס חשיפה', 'Information session invitation');
  return invitationLetter(
    'conference_invitation',
    data,
    lang,
    { title, fields: conferenceInvitationFields(data) },
    options,
  );
}
