import type { ParticipantStatus } from '../../domain/codes';
import { formatDisplayDate } from '../../domain/dates';
import { heading, keyValueBlock, paragraph } from './blocks';
import { fullName, pick } from './code-labels';
import type { DocumentLanguage, DocumentSpec } from './document-layout';
import { table } from './table';

export interface CoachReportRow {
  firstName: string;
  lastName: string;
  status: ParticipantStatus;
  enrolmentDate: string | null;
  /** Held (ATTENDED) one-to-one meetings in the month. */
  meetingsHeld: number;
  /** Workshop sessions and events attended (PRESENT or LATE) in the month. */
  eventsAttended: number;
  lastContactDate: string | null;
  /** A placement that started on or after enrolment, by the month's end. */
  placed: boolean;
}

export interface CoachReportData {
  centreName: string;
  coachName: string;
  /** YYYY-MM. */
  month: string;
  printedOn: string;
  /** The coach's participants in the programme at some time during the month. */
  rows: readonly CoachReportRow[];
  newIntakes: number;
  exits: number;
  noShows: number;
  placementsStarted: number;
  /** Active at the month's end without contact for 90 days or more (or never). */
  noContact: readonly { firstName: string; lastName: string; lastContactDate: string | null }[];
}

const STATUS_LABELS: Partial<Record<ParticipantStatus, readonly [string, string]>> = {
  intake: ['אינטייק', 'Intake'],
  active: ['פעיל/ה', 'Active'],
  exited: ['סיים/ה', 'Exited'],
};

/** Placed people among the month's caseload, as a whole percentage; none without a caseload. */
export function placementRate(rows: readonly Pick<CoachReportRow, 'placed'>[]): number | null {
  if (!rows.length) return null;
  return Math.round((100 * rows.filter((row) => row.placed).length) / rows.length);
}

export function monthLabel(month: string): string {
  return `${month.slice(5, 7)}/${month.slice(0, 4)}`;
}

/** The coach's monthly report: figures for the month, every participant, and who has gone quiet. */
export function coachReport(data: CoachReportData, lang: DocumentLanguage): DocumentSpec {
  const title = pick(lang, 'דוח חודשי של מקדם/ת תעסוקה', "Coach's monthly report");
  const sum = (pickValue: (row: CoachReportRow) => number) => data.rows.reduce((n, row) => n + pickValue(row), 0);
  const rate = placementRate(data.rows);
  const status = (value: ParticipantStatus) => {
    const pair = STATUS_LABELS[value];
    return pair ? pick(lang, pair[0], pair[1]) : value;
  };
  return {
    lang,
    orientation: 'portrait',
    title,
    headerNote: data.centreName,
    body: (ctx) => [
      heading(ctx, `${title}: ${monthLabel(data.month)}`),
      keyValueBlock(ctx, [
        { key: pick(lang, 'מקדם/ת:', 'Coach:'), value: data.coachName },
        { key: pick(lang, 'משתתפים בחודש:', 'Participants this month:'), value: String(data.rows.length) },
        { key: pick(lang, 'אינטייקים חדשים:', 'New intakes:'), value: String(data.newIntakes) },
        { key: pick(lang, 'סיימו את התוכנית:', 'Left the programme:'), value: String(data.exits) },
        { key: pick(lang, 'פגישות שהתקיימו:', 'Meetings held:'), value: String(sum((row) => row.meetingsHeld)) },
        { key: pick(lang, 'אי-הגעות לפגישה:', 'Meeting no-shows:'), value: String(data.noShows) },
        {
          key: pick(lang, 'השתתפות בסדנאות ובאירועים:', 'Workshops and events attended:'),
          value: String(sum((row) => row.eventsAttended)),
        },
        { key: pick(lang, 'השמות שהתחילו בחודש:', 'Placements started:'), value: String(data.placementsStarted) },
        { key: pick(lang, 'שיעור השמה:', 'Placement rate:'), value: rate === null ? '—' : `${rate}%` },
        { key: pick(lang, 'הודפס ביום:', 'Printed on:'), value: formatDisplayDate(data.printedOn) },
      ]),
      heading(ctx, pick(lang, 'משתתפים', 'Participants'), 2),
      table(ctx, {
        columns: [
          { header: pick(lang, 'שם', 'Name'), width: '*' },
          { header: pick(lang, 'סטטוס', 'Status'), width: 50 },
          { header: pick(lang, 'הצטרפות', 'Joined'), width: 58 },
          { header: pick(lang, 'פגישות', 'Meetings'), width: 44 },
          { header: pick(lang, 'סדנאות', 'Workshops'), width: 50 },
          { header: pick(lang, 'קשר אחרון', 'Last contact'), width: 58 },
          { header: pick(lang, 'הושם/ה', 'Placed'), width: 40 },
        ],
        rows: data.rows.map((row) => [
          fullName(row),
          status(row.status),
          formatDisplayDate(row.enrolmentDate),
          { text: String(row.meetingsHeld), align: 'center' as const },
          { text: String(row.eventsAttended), align: 'center' as const },
          formatDisplayDate(row.lastContactDate),
          { text: row.placed ? pick(lang, 'כן', 'Yes') : '', align: 'center' as const },
        ]),
      }),
      heading(ctx, pick(lang, 'ללא קשר 90 יום ומעלה', 'No contact for 90 days or more'), 2),
      data.noContact.length
        ? table(ctx, {
            columns: [
              { header: pick(lang, 'שם', 'Name'), width: '*' },
              { header: pick(lang, 'קשר אחרון', 'Last contact'), width: 90 },
            ],
            rows: data.noContact.map((person) => [
              fullName(person),
              formatDisplayDate(person.lastContactDate) || pick(lang, 'אין', 'Never'),
            ]),
          })
        : paragraph(
            ctx,
            pick(
              lang,
              'אין: כל המשתתפים היו בקשר ב-90 הימים האחרונים.',
              'None: everyone was in contact within the last 90 days.',
            ),
          ),
      paragraph(
        ctx,
        pick(
          lang,
          'שיעור השמה: משתתפים שהתחילו עבודה מאז הצטרפותם, מתוך המשתתפים בחודש.',
          'Placement rate: participants who started a job since joining, out of the participants this month.',
        ),
      ),
    ],
  };
}
