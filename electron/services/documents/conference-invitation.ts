import { formatDisplayDate } from '../../domain/dates';
import { renderTemplate, type InvitationFieldValues, type Letterhead } from '../../domain/letter-templates';
import { formatPhone } from '../../domain/phone';
import { pick } from './code-labels';
import type { DocumentLanguage, DocumentSpec } from './document-layout';
import { defaultInvitationTemplates } from './invitation-wording';
import { letterheadBlock } from './letterhead';
import { letterContent } from './referral-letter';

export interface ConferenceInvitationData {
  centreName: string;
  centreAddress: string;
  centrePhone: string;
  today: string;
  coachName: string | null;
  participant: { firstName: string; lastName: string };
  conference: { date: string; startTime: string | null; location: string | null };
}

export function conferenceInvitationFields(
  data: ConferenceInvitationData,
): InvitationFieldValues<'conference_invitation'> {
  return {
    today: formatDisplayDate(data.today),
    'centre.name': data.centreName,
    'centre.address': data.centreAddress,
    'centre.phone': data.centrePhone ? formatPhone(data.centrePhone) : '',
    'coach.name': data.coachName ?? '',
    'participant.firstName': data.participant.firstName,
    'participant.lastName': data.participant.lastName,
    'conference.date': formatDisplayDate(data.conference.date),
    'conference.time': data.conference.startTime ?? '',
    'conference.place': data.conference.location ?? '',
  };
}

export interface InvitationOptions {
  /** The coordinator's template (checked on save and again before use); the built-in wording otherwise. */
  template?: string;
  letterhead?: Letterhead | null;
}

/** The invitation to an exposure conference, on the centre's letterhead. */
export function conferenceInvitation(
  data: ConferenceInvitationData,
  lang: DocumentLanguage,
  options: InvitationOptions = {},
): DocumentSpec {
  const template = options.template ?? defaultInvitationTemplates.conference_invitation[lang];
  return {
    lang,
    orientation: 'portrait',
    title: pick(lang, 'הזמנה לכנס חשיפה', 'Information session invitation'),
    headerNote: data.centreName,
    body: (ctx) => [
      ...(options.letterhead ? [letterheadBlock(ctx, options.letterhead, lang)] : []),
      ...letterContent(ctx, lang, {
        date: data.today,
        head: [],
        paragraphs: renderTemplate(template, conferenceInvitationFields(data)),
        signer: data.coachName ?? data.centreName,
      }),
    ],
  };
}
