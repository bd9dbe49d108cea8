import type { ExitReason } from '../../domain/codes';
import { formatDisplayDate } from '../../domain/dates';
import type { LetterFieldValues } from '../../domain/letters';
import { bulletList, heading, keyValueBlock } from './blocks';
import { codeLabel, fullName, pick } from './code-labels';
import type { DocumentLanguage, DocumentSpec } from './document-layout';
import { letterBody } from './letter-body';
import { letterContent, type LetterOptions } from './referral-letter';

export interface ExitLetterData {
  centreName: string;
  today: string;
  coachName: string | null;
  participant: { firstName: string; lastName: string };
  enrolmentDate: string | null;
  /** Null while the person has not left yet: the summary then runs to today. */
  exitDate: string | null;
  exitReason: ExitReason | null;
  /** Titles of the workshops completed (CRF-1 completion, electron/domain/completion.ts). */
  workshopsCompleted: readonly string[];
  meetingsHeld: number;
  goalsAchieved: readonly string[];
  /** The service or programme the person was referred to at exit, if any. */
  referral: string | null;
}

export function exitFields(data: ExitLetterData, lang: DocumentLanguage): LetterFieldValues<'exit'> {
  return {
    today: formatDisplayDate(data.today),
    'centre.name': data.centreName,
    'coach.name': data.coachName ?? '',
    'participant.firstName': data.participant.firstName,
    'participant.lastName': data.participant.lastName,
    'participant.enrolmentDate': formatDisplayDate(data.enrolmentDate),
    'participant.exitDate': formatDisplayDate(data.exitDate ?? data.today),
    'exit.reason': data.exitReason ? codeLabel('exitReason', data.exitReason, lang) : '',
    'exit.workshopsCompleted': data.workshopsCompleted.join(', '),
    'exit.meetingsHeld': String(data.meetingsHeld),
    'exit.goalsAchieved': data.goalsAchieved.join('; '),
    'exit.referral': data.referral ?? '',
  };
}

/** The exit letter and participation summary: the letter, then the facts it rests on. */
export function exitLetter(data: ExitLetterData, lang: DocumentLanguage, options: LetterOptions = {}): DocumentSpec {
  const fields = exitFields(data, lang);
  const none = pick(lang, 'אין', 'None');
  return {
    lang,
    orientation: 'portrait',
    title: pick(lang, 'סיכום השתתפות', 'Participation summary'),
    headerNote: data.centreName,
    body: (ctx) =>
      letterContent(ctx, lang, {
        date: data.today,
        head: [],
        paragraphs: letterBody('exit', lang, fields, options.template),
        signer: data.coachName ?? data.centreName,
        after: [
          heading(ctx, pick(lang, 'סיכום ההשתתפות', 'Participation in figures'), 2),
          keyValueBlock(ctx, [
            { key: pick(lang, 'משתתף/ת:', 'Participant:'), value: fullName(data.participant) },
            { key: pick(lang, 'תחילת ההשתתפות:', 'Joined:'), value: fields['participant.enrolmentDate'] || '—' },
            { key: pick(lang, 'סיום ההשתתפות:', 'Left:'), value: formatDisplayDate(data.exitDate) || '—' },
            ...(fields['exit.reason']
              ? [{ key: pick(lang, 'סיבת הסיום:', 'Reason:'), value: fields['exit.reason'] }]
              : []),
            {
              key: pick(lang, 'פגישות אישיות שהתקיימו:', 'One-to-one meetings held:'),
              value: fields['exit.meetingsHeld'],
            },
            { key: pick(lang, 'הפניה:', 'Referral:'), value: data.referral ?? none },
          ]),
          heading(ctx, pick(lang, 'סדנאות שהושלמו', 'Workshops completed'), 2),
          bulletList(ctx, data.workshopsCompleted.length ? data.workshopsCompleted : [none]),
          heading(ctx, pick(lang, 'יעדים שהושגו', 'Goals achieved'), 2),
          bulletList(ctx, data.goalsAchieved.length ? data.goalsAchieved : [none]),
        ],
      }),
  };
}
