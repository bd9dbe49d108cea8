/**
 * The printable programme report (Hebrew, A4 landscape): the tables the programme reports
 * (DOMAIN "The tables the programme reports"), one row per centre and the pooled total, then
 * what the bundle checks found. Built with the RTL document layer (docs/documents.md).
 */
import { endNote, heading, paragraph } from '../documents/blocks';
import type { DocumentContext } from '../documents/context';
import { renderDocument } from '../documents/render';
import { table, type CellInput } from '../documents/table';
import type { Indicators } from '../../domain/crf1/indicators';
import type { Programme } from './consolidate';

const pct = (x: number | null): string => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
const num = (x: number | null): string => (x === null ? '—' : x.toLocaleString('he-IL', { maximumFractionDigits: 2 }));
const meanSd = (s: { n: number; mean: number | null; sd: number | null }) =>
  s.mean === null ? '—' : `${num(s.mean)} ± ${num(s.sd)} (n=${s.n})`;

const problemText: Record<string, string> = {
  decrypt_failed: 'לא ניתן לפענח בזהות של המשרד המרכזי',
  not_a_zip: 'אינו קובץ ZIP',
  manifest_invalid: 'קובץ manifest.json חסר או פגום',
  file_missing: 'קובץ חסר',
  hash_mismatch: 'טביעת SHA-256 אינה תואמת',
  rows_mismatch: 'מספר השורות אינו תואם',
  sequence_gap: 'חסרים מספרי רצף',
  broken_chain: 'שרשרת שבורה: previousBundleSha256 אינו תואם לחבילה הקודמת',
  bad_supersedes: 'supersedes אינו מצביע על חבילה קודמת של אותה תקופה',
  duplicate_sequence: 'אותו מספר רצף פעמיים',
};

/** Recruitment sources by the names the centres' screens give them (codes.recruitmentSource), not the codes. */
const sourceName: Record<string, string> = {
  EMPLOYMENT_SERVICE: 'שירות התעסוקה',
  FRIEND_REFERRAL: 'חבר מביא חבר',
  EMPLOYMENT_CENTRE: 'מרכז תעסוקה עירוני',
  SOCIAL_MEDIA: 'רשתות חברתיות',
  MUNICIPAL: 'פרסום עירוני',
  PRESS: 'עיתונות',
  OTHER: 'אחר',
  UNKNOWN: 'לא ידוע',
};

type Row = { label: string; ind: Indicators };

/** Band names in words: '<=44' and '75+' would be mirrored and reordered in a right-to-left line. */
const band = (name: string): string =>
  name.startsWith('<=') ? `עד ${name.slice(2)}` : name.endsWith('+') ? `${name.slice(0, -1)} ומעלה` : name;

function rowsOf(programme: Programme): Row[] {
  return [
    ...programme.centres.map((c) => ({ label: `${c.name} (${c.code})`, ind: c.indicators })),
    { label: 'סה"כ התכנית', ind: programme.total },
  ];
}

function grid(ctx: DocumentContext, rows: Row[], headers: string[], cells: (ind: Indicators) => string[]) {
  return table(ctx, {
    columns: [{ header: 'מרכז', width: 120 }, ...headers.map((header) => ({ header, width: '*' as const }))],
    rows: rows.map((r, i): CellInput[] => [
      { text: r.label, bold: i === rows.length - 1 },
      ...cells(r.ind).map((text) => ({ text, align: 'center' as const, bold: i === rows.length - 1 })),
    ]),
    fontSize: 8.5,
  });
}

export function programmePdf(programme: Programme): Promise<Buffer> {
  const rows = rowsOf(programme);
  const first = programme.total;
  return renderDocument({
    lang: 'he',
    orientation: 'landscape',
    title: `דוח התכנית — ${programme.period.end.split('-').reverse().join('/')}`,
    headerNote: `${programme.centres.length} מרכזים`,
    body: (ctx) => [
      heading(ctx, 'משתתפים והשמה'),
      grid(ctx, rows, ['משתתפים', 'פעילים', 'הושמו', 'שיעור השמה', 'גיל ממוצע (פעילים)'], (i) => [
        num(i.participants.total),
        num(i.participants.active),
        num(i.placement.placed),
        pct(i.placement.rate),
        num(i.age.meanActive),
      ]),
      heading(ctx, 'משתתפים פעילים לפי קבוצת גיל', 2),
      grid(
        ctx,
        rows,
        first.age.bands.map((b) => band(b.band)),
        (i) => i.age.bands.map((b) => `${b.count} (${pct(b.share)})`),
      ),
      heading(ctx, 'זמן מהקליטה להשמה הראשונה (חודשים)', 2),
      grid(
        ctx,
        rows,
        first.timeToFirstPlacement.map((b) => band(b.band)),
        (i) => i.timeToFirstPlacement.map((b) => `${b.count} (${pct(b.share)})`),
      ),
      heading(ctx, 'התמדה בעבודה: מועסקים / באותה עבודה', 2),
      grid(
        ctx,
        rows,
        first.retention.map((r) => `${r.months} ח׳`),
        (i) => i.retention.map((r) => `${pct(r.employedRate)} / ${pct(r.sameJobRate)} (${r.eligible})`),
      ),
      heading(ctx, 'שיעור השמה לפי ותק מינימלי בתכנית', 2),
      grid(
        ctx,
        rows,
        first.placementByTenure.map((r) => `${r.minMonths} ח׳`),
        (i) => i.placementByTenure.map((r) => `${pct(r.rate)} (${r.cohort})`),
      ),
      heading(ctx, 'תעסוקה נוכחית, שכר והיקף משרה', 2),
      grid(ctx, rows, ['מועסקים כעת', 'היקף משרה %', 'שכר חודשי ₪', 'מצאו בעצמם', 'באמצעות התכנית'], (i) => [
        num(i.currentEmployment.employed),
        meanSd(i.currentEmployment.jobScope),
        meanSd(i.currentEmployment.salary),
        `${i.placementsFoundBy.self} (${pct(i.placementsFoundBy.selfShare)})`,
        num(i.placementsFoundBy.programme),
      ]),
      heading(ctx, 'לפי קבוצת גיל (עד 60 / מעל 60)', 2),
      grid(
        ctx,
        rows,
        ['עד 60: מועסקים', 'עד 60: שכר ממוצע', 'מעל 60: מועסקים', 'מעל 60: שכר ממוצע', 'מעל 60: שכר למשרה מלאה'],
        (i) => {
          const [young, old] = i.byAgeGroup;
          return [
            young ? `${young.employed}/${young.size} (${pct(young.employedRate)})` : '—',
            num(young?.meanSalary ?? null),
            old ? `${old.employed}/${old.size} (${pct(old.employedRate)})` : '—',
            num(old?.meanSalary ?? null),
            num(old?.meanFteSalary ?? null),
          ];
        },
      ),
      heading(ctx, 'מקורות גיוס', 2),
      grid(
        ctx,
        rows,
        first.recruitmentSources.map((s) => sourceName[s.source] ?? s.source),
        (i) => i.recruitmentSources.map((s) => num(s.count)),
      ),
      heading(ctx, 'בדיקת החבילות', 2),
      paragraph(
        ctx,
        programme.problems.length === 0
          ? 'כל החבילות אומתו: טביעות, מספרי שורות ושרשרת הרצף תקינים.'
          : programme.problems
              .map(
                (p) =>
                  `${p.centre ?? ''} ${p.sequence === null ? '' : `#${p.sequence}`} ${p.file}: ${problemText[p.problem] ?? p.problem}${p.detail ? ` (${p.detail})` : ''}`,
              )
              .join('\n'),
      ),
      endNote(
        ctx,
        `הסה"כ מחושב מהרשומות המאוחדות של כל המרכזים; משתתף/ת המופיע/ה ביותר ממרכז אחד נספר/ת פעם אחת (${programme.peopleInSeveralCentres}).`,
      ),
    ],
  });
}
