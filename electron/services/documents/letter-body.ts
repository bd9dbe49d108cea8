import Mustache from 'mustache';
import type { LetterFieldValues, LetterKind } from '../../domain/letters';
import type { DocumentLanguage } from './document-layout';

/**
 * The letters' built-in wording, as logic-less mustache templates over the named fields of
 * electron/domain/letters.ts. A coordinator's own template (stored elsewhere) replaces these
 * by being passed as `template`; the fields stay the same. `{{#x}}…{{/x}}` prints a sentence
 * only when the field has a value, so an undisclosed detail leaves no empty label behind.
 * Each line is a paragraph.
 */
export const defaultLetterTemplates: Record<LetterKind, Record<DocumentLanguage, string>> = {
  referral: {
    he: [
      'לכבוד {{organisation.name}}',
      '{{organisation.address}}{{#organisation.phone}}, טלפון {{organisation.phone}}{{/organisation.phone}}',
      'הנדון: הפניית {{participant.firstName}} {{participant.lastName}}',
      'אנו מפנים אליכם את {{participant.firstName}} {{participant.lastName}}, המשתתף/ת בתוכנית התעסוקה של {{centre.name}}, לקבלת שירותיכם.',
      '{{#participant.nationalId}}מספר זהות: {{participant.nationalId}}.{{/participant.nationalId}}',
      '{{#participant.phone}}טלפון: {{participant.phone}}.{{/participant.phone}}',
      '{{#participant.email}}דואר אלקטרוני: {{participant.email}}{{/participant.email}}',
      'ההפניה והפרטים שבה נמסרים בהסכמתו/ה מיום {{consent.givenDate}}{{#consent.expiresDate}}, בתוקף עד {{consent.expiresDate}}{{/consent.expiresDate}}{{#consent.scope}}, בהיקף: {{consent.scope}}{{/consent.scope}}.',
      '{{#participant.workshops}}סדנאות שהשלים/ה אצלנו: {{participant.workshops}}.{{/participant.workshops}}',
      '{{#participant.goals}}יעדי תוכנית העבודה: {{participant.goals}}.{{/participant.goals}}',
      'לכל שאלה אפשר לפנות אל {{coach.name}}, מקדם/ת התעסוקה.',
      'בברכה,',
    ].join('\n'),
    en: [
      'To {{organisation.name}}',
      '{{organisation.address}}{{#organisation.phone}}, phone {{organisation.phone}}{{/organisation.phone}}',
      'Re: referral of {{participant.firstName}} {{participant.lastName}}',
      'We refer {{participant.firstName}} {{participant.lastName}}, a participant in the employment programme of {{centre.name}}, to your services.',
      '{{#participant.nationalId}}ID number: {{participant.nationalId}}.{{/participant.nationalId}}',
      '{{#participant.phone}}Phone: {{participant.phone}}.{{/participant.phone}}',
      '{{#participant.email}}Email: {{participant.email}}{{/participant.email}}',
      'This referral and the details in it are shared with their consent of {{consent.givenDate}}{{#consent.expiresDate}}, valid until {{consent.expiresDate}}{{/consent.expiresDate}}{{#consent.scope}}, covering: {{consent.scope}}{{/consent.scope}}.',
      '{{#participant.workshops}}Workshops completed with us: {{participant.workshops}}.{{/participant.workshops}}',
      '{{#participant.goals}}Work plan goals: {{participant.goals}}.{{/participant.goals}}',
      'For any question, please contact {{coach.name}}, employment coach.',
      'Kind regards,',
    ].join('\n'),
  },
  exit: {
    he: [
      'לכבוד {{participant.firstName}} {{participant.lastName}},',
      'הנדון: סיכום השתתפות בתוכנית התעסוקה של {{centre.name}}',
      'השתתפת בתוכנית מיום {{participant.enrolmentDate}} ועד {{participant.exitDate}}. בתקופה זו נפגשנו {{exit.meetingsHeld}} פעמים.',
      '{{#exit.workshopsCompleted}}השלמת את הסדנאות: {{exit.workshopsCompleted}}.{{/exit.workshopsCompleted}}',
      '{{#exit.goalsAchieved}}יעדים שהשגת: {{exit.goalsAchieved}}.{{/exit.goalsAchieved}}',
      '{{#exit.referral}}להמשך הדרך הפנינו אותך אל {{exit.referral}}.{{/exit.referral}}',
      'תודה על שיתוף הפעולה, ובהצלחה בהמשך הדרך.',
      'בברכה,',
    ].join('\n'),
    en: [
      'Dear {{participant.firstName}} {{participant.lastName}},',
      'Re: your participation in the employment programme of {{centre.name}}',
      'You took part in the programme from {{participant.enrolmentDate}} to {{participant.exitDate}}. In that time we met {{exit.meetingsHeld}} times.',
      '{{#exit.workshopsCompleted}}You completed these workshops: {{exit.workshopsCompleted}}.{{/exit.workshopsCompleted}}',
      '{{#exit.goalsAchieved}}Goals you achieved: {{exit.goalsAchieved}}.{{/exit.goalsAchieved}}',
      '{{#exit.referral}}For the next step we referred you to {{exit.referral}}.{{/exit.referral}}',
      'Thank you for working with us, and good luck on your way.',
      'Kind regards,',
    ].join('\n'),
  },
};

/** Flat dotted names → the nested object mustache looks names up in. */
function nested(fields: Record<string, string>): Record<string, unknown> {
  const view: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    const parts = name.split('.');
    let node = view;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[parts.at(-1)!] = value;
  }
  return view;
}

/**
 * A letter's text, one paragraph per line, blank lines dropped. Values are inserted as text
 * (no HTML escaping: the output is a PDF, never markup).
 */
export function letterBody<K extends LetterKind>(
  kind: K,
  lang: DocumentLanguage,
  fields: LetterFieldValues<K>,
  template: string = defaultLetterTemplates[kind][lang],
): string[] {
  const text = Mustache.render(template, nested(fields), {}, { escape: (value: string) => value });
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}
