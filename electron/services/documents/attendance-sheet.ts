import type { Content } from 'pdfmake/interfaces';
import type { WorkshopType } from '../../domain/codes';
import { formatDisplayDate } from '../../domain/dates';
import { heading, keyValueBlock } from './blocks';
import { codeLabel, fullName, pick } from './code-labels';
import type { DocumentContext } from './context';
import type { DocumentLanguage, DocumentSpec } from './document-layout';
import { table } from './table';

export interface SheetPerson {
  firstName: string;
  lastName: string;
  nationalId: string | null;
}

export interface AttendanceSheetData {
  centreName: string;
  workshopTitle: string;
  workshopType: WorkshopType;
  /** The session's place among the instance's counted sessions, when it has one. */
  sessionNo: number | null;
  sessionCount: number;
  date: string;
  startTime: string | null;
  endTime: string | null;
  place: string | null;
  facilitatorName: string | null;
  roster: readonly SheetPerson[];
}

/** Empty rows under the roster for people who come without a place. */
export const WALK_IN_ROWS = 5;
const ROW_HEIGHT = 24;

/** Last name, then first name, in the document language's collation. */
export function inNameOrder<T extends { firstName: string; lastName: string }>(
  people: readonly T[],
  lang: DocumentLanguage,
): T[] {
  const collator = new Intl.Collator(lang === 'he' ? 'he' : 'en', { sensitivity: 'base', numeric: true });
  return [...people].sort(
    (a, b) => collator.compare(a.lastName, b.lastName) || collator.compare(a.firstName, b.firstName),
  );
}

/** The last four digits of an ID; nothing when it is not known. */
export function idTail(nationalId: string | null): string {
  return nationalId ? nationalId.slice(-4) : '';
}

function timeRange(data: AttendanceSheetData): string {
  if (data.startTime && data.endTime) return `${data.startTime}-${data.endTime}`;
  return data.startTime ?? '';
}

/** One session's sheet, as content: used alone and in the week's batch. */
function sheetContent(ctx: DocumentContext, data: AttendanceSheetData, lang: DocumentLanguage): Content[] {
  const roster = inNameOrder(data.roster, lang);
  const sessionPart =
    data.sessionNo === null
      ? ''
      : pick(
          lang,
          ` (מפגש ${data.sessionNo} מתוך ${data.sessionCount})`,
          ` (session ${data.sessionNo} of ${data.sessionCount})`,
        );
  const when = [formatDisplayDate(data.date), timeRange(data)].filter(Boolean).join(', ');
  return [
    heading(ctx, `${pick(lang, 'דף נוכחות', 'Attendance sheet')}: ${data.workshopTitle}${sessionPart}`),
    keyValueBlock(ctx, [
      { key: pick(lang, 'סוג הסדנה:', 'Workshop type:'), value: codeLabel('workshopType', data.workshopType, lang) },
      { key: pick(lang, 'מועד:', 'When:'), value: when },
      { key: pick(lang, 'מקום:', 'Place:'), value: data.place ?? '—' },
      { key: pick(lang, 'מנחה:', 'Facilitator:'), value: data.facilitatorName ?? '—' },
    ]),
    table(ctx, {
      columns: [
        { header: '#', width: 22 },
        { header: pick(lang, 'שם', 'Name'), width: '2*' },
        { header: pick(lang, 'ת"ז (4 ספרות אחרונות)', 'ID (last 4 digits)'), width: 110 },
        { header: pick(lang, 'חתימה', 'Signature'), width: '3*' },
      ],
      rows: [
        ...roster.map((person, i) => [String(i + 1), fullName(person), idTail(person.nationalId), '']),
        ...Array.from({ length: WALK_IN_ROWS }, (_, i) => [String(roster.length + i + 1), '', '', '']),
      ],
      dontBreakRows: true,
      minRowHeight: ROW_HEIGHT,
    }),
  ];
}

/** The sign-in sheet of one session: landscape, roster in name order, room for walk-ins. */
export function attendanceSheet(data: AttendanceSheetData, lang: DocumentLanguage): DocumentSpec {
  return {
    lang,
    orientation: 'landscape',
    title: pick(lang, 'דף נוכחות', 'Attendance sheet'),
    headerNote: data.centreName,
    body: (ctx) => sheetContent(ctx, data, lang),
  };
}

/**
 * Many sessions' sheets as ONE document (the week's printing), each starting on a new page.
 * Fonts are embedded once and the printer gets one job.
 */
export function attendanceSheetsBatch(sessions: readonly AttendanceSheetData[], lang: DocumentLanguage): DocumentSpec {
  return {
    lang,
    orientation: 'landscape',
    title: pick(lang, 'דפי נוכחות', 'Attendance sheets'),
    headerNote: sessions[0]?.centreName,
    body: (ctx) =>
      sessions.flatMap((data, i) => {
        const content = sheetContent(ctx, data, lang);
        return i === 0 ? content : [{ text: '', pageBreak: 'before' as const }, ...content];
      }),
  };
}
