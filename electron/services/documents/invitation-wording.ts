import type { InvitationKind } from '../../domain/letter-templates';
import type { DocumentLanguage } from './document-layout';

/**
 * The built-in wording of the two letters that invite: to an exposure conference and to a
 * meeting with the coach. A coordinator's template replaces it (same fields). Each line is a
 * paragraph; `{{#x}}…{{/x}}` prints a sentence only when the field has a value.
 */
export const defaultInvitationTemplates: Record<InvitationKind, Record<DocumentLanguage, string>> = {
  conference_invitation: {
    he: [
      'שלום {{participant.firstName}} {{participant.lastName}},',
      'הנדון: הזמנה לכנס חשיפה של תוכנית התעסוקה של {{centre.name}}',
      'אנו שמחים להזמין אותך לכנס חשיפה שיתקיים ביום {{conference.date}}{{#conference.time}} בשעה {{conference.time}}{{/conference.time}}{{#conference.place}}, ב{{conference.place}}{{/conference.place}}.',
      'בכנס נציג את התוכנית, את הליווי האישי ואת הסדנאות, ונענה על כל שאלה.',
      '{{#centre.phone}}לאישור השתתפות או לשאלות: {{centre.phone}}.{{/centre.phone}}',
      'נשמח לראותך,',
    ].join('\n'),
    en: [
      'Dear {{participant.firstName}} {{participant.lastName}},',
      'Re: invitation to an information session of the employment programme of {{centre.name}}',
      'We are glad to invite you to an information session on {{conference.date}}{{#conference.time}} at {{conference.time}}{{/conference.time}}{{#conference.place}}, at {{conference.place}}{{/conference.place}}.',
      'We will present the programme, its personal coaching and its workshops, and answer your questions.',
      '{{#centre.phone}}To confirm or for any question: {{centre.phone}}.{{/centre.phone}}',
      'We look forward to seeing you,',
    ].join('\n'),
  },
  meeting_reminder: {
    he: [
      'שלום {{participant.firstName}} {{participant.lastName}},',
      'הנדון: תזכורת לפגישה',
      'נקבעה לך פגישה עם {{coach.name}} ביום {{meeting.date}}{{#meeting.time}} בשעה {{meeting.time}}{{/meeting.time}}{{#meeting.mode}} ({{meeting.mode}}){{/meeting.mode}}.',
      '{{#centre.address}}כתובתנו: {{centre.address}}.{{/centre.address}}',
      '{{#centre.phone}}אם אין באפשרותך להגיע, נא להודיע בטלפון {{centre.phone}}.{{/centre.phone}}',
      'להתראות,',
    ].join('\n'),
    en: [
      'Dear {{participant.firstName}} {{participant.lastName}},',
      'Re: a reminder of your meeting',
      'You have a meeting with {{coach.name}} on {{meeting.date}}{{#meeting.time}} at {{meeting.time}}{{/meeting.time}}{{#meeting.mode}} ({{meeting.mode}}){{/meeting.mode}}.',
      '{{#centre.address}}Our address: {{centre.address}}.{{/centre.address}}',
      '{{#centre.phone}}If you cannot come, please let us know on {{centre.phone}}.{{/centre.phone}}',
      'See you soon,',
    ].join('\n'),
  },
};
