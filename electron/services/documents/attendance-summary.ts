import type { AttendanceStatus, WorkshopType } from '../../domain/codes';
import { formatDisplayDate } from '../../domain/dates';
import { heading, keyValueBlock, paragraph } from './blocks';
import { codeLabel, fullName, pick } from './code-labels';
import type { DocumentLanguage, DocumentSpec } from './document-layout';
import { inNameOrder } from './attendance-sheet';
import { table } from './table';

export interface AttendanceSummaryData {
  centreName: string;
  workshopTitle: string;
  workshopType: WorkshopType;
  facilitatorName: string | null;
  place: string | null;
  /** Counted (not cancelled) sessions, in date order. */
  sessions: readonly { id: number; date: string }[];
  participants: readonly {
    firstName: string;
    lastName: string;
    /** Session id → mark; a session without a mark is left blank. */
    marks: ReadonlyMap<number, AttendanceStatus>;
    /** From the domain's completion rule (electron/domain/completion.ts). */
    attended: number;
    held: number;
    completed: boolean | null;
  }[];
  printedOn: string;
}

/** One letter per mark, the same in both languages; the legend says what each means. */
export const MARK_LETTERS: Record<AttendanceStatus, string> = { PRESENT: 'P', LATE: 'L', ABSENT: 'A', EXCUSED: 'E' };

function legend(lang: DocumentLanguage): string {
  return (Object.keys(MARK_LETTERS) as AttendanceStatus[])
    .map((status) => `${MARK_LETTERS[status]} = ${codeLabel('attendance', status, lang)}`)
    .join(' · ');
}

/** Participants × sessions for one workshop instance, with attended counts and completion. */
export function attendanceSummary(data: AttendanceSummaryData, lang: DocumentLanguage): DocumentSpec {
  const title = pick(lang, 'סיכום נוכחות', 'Attendance summary');
  const people = inNameOrder(data.participants, lang);
  const completion = (value: boolean | null) =>
    value === null ? '—' : value ? pick(lang, 'כן', 'Yes') : pick(lang, 'לא', 'No');
  // Many sessions make narrow columns: the day and month are enough under a dated header.
  const sessionHeader = (day: string) => formatDisplayDate(day).slice(0, 5);
  return {
    lang,
    orientation: 'landscape',
    title,
    headerNote: data.centreName,
    body: (ctx) => [
      heading(ctx, `${title}: ${data.workshopTitle}`),
      keyValueBlock(ctx, [
        { key: pick(lang, 'סוג הסדנה:', 'Workshop type:'), value: codeLabel('workshopType', data.workshopType, lang) },
        { key: pick(lang, 'מנחה:', 'Facilitator:'), value: data.facilitatorName ?? '—' },
        { key: pick(lang, 'מקום:', 'Place:'), value: data.place ?? '—' },
        {
          key: pick(lang, 'מפגשים:', 'Sessions:'),
          value: data.sessions.length
            ? `${data.sessions.length} (${formatDisplayDate(data.sessions[0]!.date)} - ${formatDisplayDate(data.sessions.at(-1)!.date)})`
            : '0',
        },
        { key: pick(lang, 'הודפס ביום:', 'Printed on:'), value: formatDisplayDate(data.printedOn) },
      ]),
      table(ctx, {
        columns: [
          { header: pick(lang, 'שם', 'Name'), width: 130 },
          ...data.sessions.map((session) => ({ header: sessionHeader(session.date), width: '*' as const })),
          { header: pick(lang, 'נכח/ה', 'Attended'), width: 46 },
          { header: pick(lang, 'סיים/ה', 'Completed'), width: 50 },
        ],
        rows: people.map((person) => [
          fullName(person),
          ...data.sessions.map((session) => {
            const mark = person.marks.get(session.id);
            return { text: mark ? MARK_LETTERS[mark] : '', align: 'center' as const };
          }),
          { text: `${person.attended}/${person.held}`, align: 'center' as const },
          { text: completion(person.completed), align: 'center' as const },
        ]),
        fontSize: data.sessions.length > 14 ? ctx.fontSize * 0.75 : undefined,
      }),
      paragraph(ctx, legend(lang)),
    ],
  };
}
