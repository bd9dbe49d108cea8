import { formatDisplayDate } from '../../domain/dates';
import { renderTemplate, type InvitationKind, type Letterhead } from '../../domain/letter-templates';
import { formatPhone } from '../../domain/phone';
import type { DocumentLanguage, DocumentSpec } from './document-layout';
import { defaultInvitationTemplates } from './invitation-wording';
import { withLetterhead } from './letterhead';
import { letterContent } from './referral-letter';

/** What the conference invitation and the meeting reminder both know of the letter's people. */
export interface InvitationLetterData {
  centreName: string;
  centreAddress: string;
  centrePhone: string;
  today: string;
  coachName: string | null;
  participant: { firstName: string; lastName: string };
}

export interface InvitationOptions {
  /** The coordinator's template (checked on save and again before use); the built-in wording otherwise. */
  template?: string;
  letterhead?: Letterhead | null;
}

/** The fields every invitation template has: today, the centre, the coach and the person. */
export function commonInvitationFields(data: InvitationLetterData) {
  return {
    today: formatDisplayDate(data.today),
    'centre.name': data.centreName,
    'centre.address': data.centreAddress,
    'centre.phone': data.centrePhone ? formatPhone(data.centrePhone) : '',
    'coach.name': data.coachName ?? '',
    'participant.firstName': data.participant.firstName,
    'participant.lastName': data.participant.lastName,
  };
}

/**
 * The frame both invitation letters share: the centre's letterhead, the date, the template's
 * paragraphs and the coach's signature (the centre's when no coach carries the case).
 */
export function invitationLetter(
  kind: InvitationKind,
  data: InvitationLetterData,
  lang: DocumentLanguage,
  letter: { title: string; fields: Record<string, string> },
  options: InvitationOptions,
): DocumentSpec {
  const template = options.template ?? defaultInvitationTemplates[kind][lang];
  const spec: DocumentSpec = {
    lang,
    orientation: 'portrait',
    title: letter.title,
    headerNote: data.centreName,
    body: (ctx) =>
      letterContent(ctx, lang, {
        date: data.today,
        head: [],
        paragraphs: renderTemplate(template, letter.fields),
        signer: data.coachName ?? data.centreName,
      }),
  };
  return withLetterhead(spec, options.letterhead);
}
