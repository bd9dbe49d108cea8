import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { attendanceSheet, attendanceSheetsBatch } from '../../electron/services/documents/attendance-sheet';
import { attendanceSummary } from '../../electron/services/documents/attendance-summary';
import { coachReport } from '../../electron/services/documents/coach-report';
import type { DocumentLanguage, DocumentSpec } from '../../electron/services/documents/document-layout';
import { exitLetter } from '../../electron/services/documents/exit-letter';
import { referralLetter } from '../../electron/services/documents/referral-letter';
import { renderDocument } from '../../electron/services/documents/render';
import { workPlan } from '../../electron/services/documents/work-plan';
import {
  sampleCoachReport,
  sampleExit,
  sampleReferral,
  sampleSheet,
  sampleSummary,
  sampleWorkPlan,
} from '../fixtures/documents/sample-data';
import { missingInOrder, pdfPages, squeezed } from '../fixtures/documents/pdf-text';
import { makeTempDir } from '../fixtures/temp-dir';

/**
 * Each document with the phrases that must appear, in this order, in each language. A line of
 * separate cells (a table row, a label and its value) comes out of `pdftotext -layout` left to
 * right, so in Hebrew only one cell per line is listed: the order checked is top to bottom and
 * inside each cell's text.
 */
const catalogue: Record<
  string,
  { spec: (lang: DocumentLanguage) => DocumentSpec; pages: number; he: string[]; en: string[] }
> = {
  'work-plan': {
    spec: (lang) => workPlan(sampleWorkPlan, lang),
    pages: 1,
    he: [
      'תוכנית עבודה אישית',
      'דנה כהן',
      'גרסה 3, חתומה (12/03/2026)',
      'חזון תעסוקתי',
      'לעבוד במשרה מלאה כמנהלת משרד (Office manager) בחברה בינונית',
      'יעדים (SMART)',
      'להשלים קורס Excel מתקדם',
      'משימות',
      'לתאם סימולציית ראיון (30 דקות)',
      'חסמים ומי מטפל בהם',
      'מיומנויות דיגיטליות',
      'חוזקות',
      'תמהיל מתוכנן',
      "חזרה לעולם העבודה, אקסל למתקדמים, ג'וב קלאב",
      'חתימת המשתתף/ת',
      'עמוד 1 מתוך 1',
    ],
    en: [
      'Personal work plan',
      'Version 3, signed (12/03/2026)',
      'Employment vision',
      'SMART goals',
      'Tasks',
      'Barriers and who addresses them',
      'Digital skills',
      'Strengths',
      'Planned mix',
      'Back to the world of work, Excel, advanced, Job club',
      "Participant's signature",
      'Page 1 of 1',
    ],
  },
  'attendance-sheet': {
    spec: (lang) => attendanceSheet(sampleSheet(6), lang),
    pages: 1,
    he: [
      'דף נוכחות: חוזרים לעבודה',
      'מפגש 3 מתוך 8',
      '09:30-12:30',
      'חדר 2, רחוב הרצל 10',
      'מרים חדד',
      'ת"ז (4 ספרות אחרונות)',
      'רונית אברהם',
      'משה ביטון',
      'סאמר חורי',
      'יעל מזרחי',
      'נועה פרץ',
    ],
    en: ['Attendance sheet', 'session 3 of 8', 'Facilitator:', 'ID (last 4 digits)', 'Signature', 'Page 1 of 1'],
  },
  'attendance-summary': {
    spec: (lang) => attendanceSummary(sampleSummary, lang),
    pages: 1,
    he: ['סיכום נוכחות: חוזרים לעבודה', 'מרים חדד', 'שם', 'רונית אברהם', 'משה ביטון', 'נעדר/ת בהצדקה'],
    en: ['Attendance summary', 'Name', '03/03', '24/03', 'Attended', 'Completed', 'P = Present'],
  },
  'referral-letter': {
    spec: (lang) => referralLetter(sampleReferral, lang),
    pages: 1,
    he: [
      '15/03/2026',
      'לכבוד עמותת "אופק" לתעסוקה',
      'רחוב יפו 5, ירושלים',
      'הנדון: הפניית דנה כהן',
      'טלפון: 050-123-4567',
      'בהסכמתו/ה מיום 01/03/2026, בתוקף עד 31/12/2026',
      'סדנאות שהשלים/ה אצלנו: חזרה לעולם העבודה, Excel למתקדמים',
      'יוסי לוי',
    ],
    en: ['To עמותת', 'Re: referral of', 'Phone: 050-123-4567', 'Workshops completed with us', 'Kind regards'],
  },
  'exit-letter': {
    spec: (lang) => exitLetter(sampleExit, lang),
    pages: 1,
    he: [
      'לכבוד דנה כהן',
      'השתתפת בתוכנית מיום 10/01/2026 ועד 31/08/2026',
      'נפגשנו 14 פעמים',
      'להמשך הדרך הפנינו אותך אל עמותת "אופק" לתעסוקה',
      'סיכום ההשתתפות',
      'עובד/ת ושמר/ה על העבודה שישה חודשים',
      'סדנאות שהושלמו',
      'יעדים שהושגו',
      'להתחיל עבודה',
    ],
    en: [
      'Dear דנה',
      'from 10/01/2026 to 31/08/2026',
      'we met 14 times',
      'Participation in figures',
      'Employed and kept the job for six months',
      'Workshops completed',
      'Goals achieved',
    ],
  },
  'coach-report': {
    spec: (lang) => coachReport(sampleCoachReport, lang),
    pages: 1,
    he: [
      'דוח חודשי של מקדם/ת תעסוקה: 03/2026',
      'יוסי לוי',
      'שיעור השמה',
      'משתתפים',
      'רונית אברהם',
      'ללא קשר 90 יום ומעלה',
      'משה ביטון',
    ],
    en: ["Coach's monthly report: 03/2026", 'Placement rate: 50%', 'Participants', 'No contact for 90 days or more'],
  },
};

const rendered = new Map<string, Buffer>();

beforeAll(async () => {
  for (const [name, entry] of Object.entries(catalogue))
    for (const lang of ['he', 'en'] as const) rendered.set(`${name}-${lang}`, await renderDocument(entry.spec(lang)));
}, 120_000);

describe('every document, rendered to PDF', () => {
  for (const [name, entry] of Object.entries(catalogue)) {
    for (const lang of ['he', 'en'] as const) {
      it(`${name} (${lang}) reads in logical order on ${entry.pages} page(s)`, () => {
        const pages = pdfPages(rendered.get(`${name}-${lang}`)!);
        expect(pages).toHaveLength(entry.pages);
        expect(missingInOrder(pages.join('\n'), entry[lang])).toEqual([]);
      });
    }
  }

  it('prints only the last four digits of an ID on the sign-in sheet, and five blank rows', () => {
    const text = squeezed(pdfPages(rendered.get('attendance-sheet-he')!).join('\n'));
    expect(text).not.toContain('039847562');
    expect(text).toContain('7562');
    const rows = pdfPages(rendered.get('attendance-sheet-en')!).join('\n').match(/^\d+$/gm) ?? [];
    expect(rows).toEqual(['7', '8', '9', '10', '11']);
  });

  it('lists the roster in name order whatever order it came in', async () => {
    const shuffled = { ...sampleSheet(6), roster: [...sampleSheet(6).roster].reverse() };
    const pages = pdfPages(await renderDocument(attendanceSheet(shuffled, 'he')));
    expect(missingInOrder(pages.join('\n'), ['אברהם', 'ביטון', 'חורי', 'מזרחי', 'פרץ', 'Petrov'])).toEqual([]);
  });

  it('makes one PDF of many sheets, each starting on its own page', async () => {
    const batch = attendanceSheetsBatch([sampleSheet(6, 0), sampleSheet(6, 1), sampleSheet(6, 2)], 'he');
    const pages = pdfPages(await renderDocument(batch));
    expect(pages).toHaveLength(3);
    pages.forEach((page, i) => expect(missingInOrder(page, [`קבוצה ${i + 1}`])).toEqual([]));
  });

  it('renders every page to an image', () => {
    const dir = makeTempDir('kesher-documents-catalogue-');
    for (const [name, pdf] of rendered) {
      const file = path.join(dir, `${name}.pdf`);
      writeFileSync(file, pdf);
      execFileSync('pdftoppm', ['-png', '-r', '60', file, path.join(dir, name)]);
    }
    const images = readdirSync(dir).filter((file) => file.endsWith('.png'));
    expect(images).toHaveLength(rendered.size);
    for (const image of images) expect(statSync(path.join(dir, image)).size).toBeGreaterThan(5_000);
  });
});
