import type { Content } from 'pdfmake/interfaces';
import type { Letterhead } from '../../domain/letter-templates';
import { formatDisplayDate } from '../../domain/dates';
import { allowedDisclosures, type DisclosureItem, type LetterFieldValues } from '../../domain/letters';
import { formatPhone } from '../../domain/phone';
import { endNote, paragraph, signatureLines } from './blocks';
import { pick } from './code-labels';
import type { DocumentContext } from './context';
import type { DocumentLanguage, DocumentSpec } from './document-layout';
import { letterBody } from './letter-body';

export interface ReferralLetterData {
  centreName: string;
  today: string;
  coachName: string | null;
  participant: {
    firstName: string;
    lastName: string;
    nationalId: string | null;
    phone: string | null;
    email: string | null;
  };
  organisation: { name: string; address: string | null; phone: string | null };
  /** The consent that covers this letter today (checked before the data is gathered). */
  consent: { givenDate: string; expiresDate: string | null; scope: string | null };
  /** Titles of the workshops the person completed. */
  workshopsCompleted: readonly string[];
  /** The current plan's goals, as written. */
  goals: readonly string[];
}

/**
 * The letter's fields, holding only what the consent's scope names: anything else stays an
 * empty string, so neither the built-in wording nor a coordinator's template can print it.
 */
export function referralFields(data: ReferralLetterData): LetterFieldValues<'referral'> {
  const allowed = new Set(allowedDisclosures(data.consent.scope));
  const when = (item: DisclosureItem, value: string | null) => (allowed.has(item) && value ? value : '');
  return {
    today: formatDisplayDate(data.today),
    'centre.name': data.centreName,
    'coach.name': data.coachName ?? '',
    'participant.firstName': data.participant.firstName,
    'participant.lastName': data.participant.lastName,
    'participant.nationalId': when('nationalId', data.participant.nationalId),
    'participant.phone': when('phone', data.participant.phone ? formatPhone(data.participant.phone) : null),
    'participant.email': when('email', data.participant.email),
    'participant.workshops': when('workshops', data.workshopsCompleted.join(', ')),
    'participant.goals': when('goals', data.goals.join('; ')),
    'organisation.name': data.organisation.name,
    'organisation.address': data.organisation.address ?? '',
    'organisation.phone': data.organisation.phone ? formatPhone(data.organisation.phone) : '',
    'consent.givenDate': formatDisplayDate(data.consent.givenDate),
    'consent.expiresDate': formatDisplayDate(data.consent.expiresDate),
    'consent.scope': data.consent.scope ?? '',
  };
}

/** A letter's paragraphs and the sender's signature; shared by the referral and exit letters. */
export function letterContent(
  ctx: DocumentContext,
  lang: DocumentLanguage,
  options: {
    date: string;
    head: Content[];
    paragraphs: readonly string[];
    signer: string;
    /** Before the signature. */
    tail?: Content[];
    /** After the signature, such as the facts a letter sums up. */
    after?: Content[];
  },
): Content[] {
  return [
    endNote(ctx, formatDisplayDate(options.date)),
    ...options.head,
    ...options.paragraphs.map((text) => paragraph(ctx, text)),
    ...(options.tail ?? []),
    signatureLines(ctx, [{ label: options.signer, name: pick(lang, 'מקדם/ת תעסוקה', 'Employment coach') }]),
    ...(options.after ?? []),
  ];
}

export interface LetterOptions {
  /** A coordinator's template for the body, replacing the built-in wording (same fields). */
  template?: string | undefined;
  /** The centre's letterhead, printed above the letter (letterhead.ts). */
  letterhead?: Letterhead | null;
}

/** The referral letter to another organisation, naming only what the person's consent allows. */
export function referralLetter(
  data: ReferralLetterData,
  lang: DocumentLanguage,
  options: LetterOptions = {},
): DocumentSpec {
  const fields = referralFields(data);
  return {
    lang,
    orientation: 'portrait',
    title: pick(lang, 'מכתב הפניה', 'Referral letter'),
    headerNote: data.centreName,
    body: (ctx) =>
      letterContent(ctx, lang, {
        date: data.today,
        head: [],
        paragraphs: letterBody('referral', lang, fields, options.template),
        signer: data.coachName ?? data.centreName,
      }),
  };
}
