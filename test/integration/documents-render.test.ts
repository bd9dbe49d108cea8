import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentWidthOf, PAGE_MARGINS } from '../../electron/services/documents/context';
import { heading, paragraph } from '../../electron/services/documents/blocks';
import { buildDocument } from '../../electron/services/documents/document-layout';
import { renderDocument, renderPdf } from '../../electron/services/documents/render';
import { pdfPages as plainText } from '../fixtures/documents/pdf-text';
import { SAMPLE_GOAL_ROWS, sampleDocument } from '../fixtures/documents/sample-document';
import { SIGN_IN_ROWS, sampleSignInSheet } from '../fixtures/documents/sample-sign-in-sheet';
import { makeTempDir } from '../fixtures/temp-dir';

const LEFT = PAGE_MARGINS[0];
const RIGHT = PAGE_MARGINS[0] + contentWidthOf('portrait');

interface TextLine {
  page: number;
  xMin: number;
  xMax: number;
  text: string;
}

/** Every line pdftotext finds, with its horizontal extent in points; words as drawn, left to right. */
function textLines(pdf: Buffer): TextLine[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', '-', '-'], { input: pdf, encoding: 'utf8' });
  const lines: TextLine[] = [];
  html.split('<page ').forEach((pageHtml, index) => {
    for (const match of pageHtml.matchAll(
      /<line xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([\s\S]*?)<\/line>/g,
    )) {
      const words = [...match[3]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((word) => word[1]);
      lines.push({ page: index, xMin: Number(match[1]), xMax: Number(match[2]), text: words.join(' ') });
    }
  });
  return lines;
}

const HEBREW = /[\u05d0-\u05ea]/;

/**
 * pdftotext rebuilds logical order itself and moves spaces and punctuation next to numbers and
 * Latin words; without spaces, a phrase still proves the words come in reading order.
 */
const squeezed = (text: string) => text.replace(/\s+/g, '');

describe('a multi-page document rendered to PDF', () => {
  let hebrew: Buffer;
  let english: Buffer;

  beforeAll(async () => {
    hebrew = await renderDocument(sampleDocument('he'));
    english = await renderPdf(buildDocument(sampleDocument('en')));
  });

  it('is a PDF made in memory', () => {
    expect(hebrew.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(english.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('reads in Hebrew in logical order, page by page, with "page X of Y"', () => {
    const pages = plainText(hebrew);
    expect(pages).toHaveLength(3);
    const all = pages.join('\n');
    for (const phrase of [
      'תוכנית עבודה אישית',
      'דנה רוצה להשתלב בעבודה משרדית במשרה מלאה תוך שנה',
      'בקורס "ניהול משרד"',
      'לעדכן קורות חיים עד 20/03/2026 ולשלוח לרכזת',
      'להשלים את קורס Excel המתקדם, כולל מבחן מסכם',
      'התוכנית נבנתה יחד עם המשתתפת ותיבחן מחדש בעוד שלושה חודשים.',
      'חתימת המשתתפת',
    ]) {
      expect(squeezed(all)).toContain(squeezed(phrase));
    }
    const order = ['דנה רוצה', 'משימות', 'יעדים', 'התוכנית נבנתה', 'חתימת המשתתפת'].map((p) => all.indexOf(p));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    pages.forEach((page, i) => expect(squeezed(page)).toContain(`עמוד${i + 1}מתוך3`));
  });

  it('repeats both header rows of the table on every page and never re-wraps a line', () => {
    const pages = plainText(hebrew);
    for (const page of pages) {
      expect(page).toMatch(/מעקב\s+פירוט/);
      expect(page).toMatch(/סטטוס\s+אחראי\/ת\s+תאריך יעד\s+יעד/);
    }
    // Each goal's first line holds the same words on every row: pdfmake broke none of them.
    const firstLines = pages.join('\n').match(/להשתלב בעבודה \)משרה חלקית\( בתחום/g) ?? [];
    expect(firstLines).toHaveLength(SAMPLE_GOAL_ROWS);
  });

  it('sets Hebrew lines flush right and keeps every line inside the margins', () => {
    const lines = textLines(hebrew);
    // Words as drawn: רוצה, ומתכננת and פגישת start the paragraph's first three lines.
    const paragraph = lines.filter((line) => /הצור|תננכתמו|תשיגפ|dana@example/.test(line.text));
    expect(paragraph).toHaveLength(4);
    for (const line of paragraph) expect(line.xMax).toBeCloseTo(RIGHT, 1);
    const signature = lines.find((line) => line.text.includes('תפתתשמה תמיתח'));
    expect(signature?.xMax).toBeCloseTo(RIGHT, 1);
    const footers = lines.filter((line) => /^\d+ ךותמ \d+ דומע$/.test(line.text));
    expect(footers).toHaveLength(3);
    for (const footer of footers) expect(footer.xMin).toBeCloseTo(LEFT, 1);
    for (const line of lines.filter((l) => HEBREW.test(l.text))) {
      expect(line.xMax).toBeLessThanOrEqual(RIGHT + 0.01);
      expect(line.xMin).toBeGreaterThanOrEqual(LEFT - 0.01);
    }
  });

  it('reads in English left to right through the same builders', () => {
    const pages = plainText(english);
    expect(pages).toHaveLength(3);
    const all = pages.join('\n');
    for (const phrase of [
      'Personal work plan',
      'Dana wants to work in an office full time within a year.',
      'Update the CV by 20/03/2026 and send it to the coordinator',
      'The plan was made together with the participant and will be reviewed in three months.',
    ]) {
      expect(all).toContain(phrase);
    }
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of 3`);
      expect(page).toMatch(/Goal\s+Target date\s+Owner\s+Status/);
    });
    const lines = textLines(english);
    const paragraph = lines.filter((line) => /^(Dana wants|management|The placement|questions to)/.test(line.text));
    expect(paragraph).toHaveLength(4);
    for (const line of paragraph) expect(line.xMin).toBeCloseTo(LEFT, 1);
    for (const footer of lines.filter((line) => line.text.startsWith('Page ')))
      expect(footer.xMax).toBeCloseTo(RIGHT, 1);
  });

  it('refuses to read any file or URL a definition names', async () => {
    for (const image of ['/etc/hostname', 'https://example.org/logo.png']) {
      await expect(renderPdf({ content: [{ image }] })).rejects.toThrow(/denied/);
    }
  });

  it('renders every page to an image', () => {
    const dir = makeTempDir('kesher-documents-');
    for (const [name, pdf] of [
      ['he', hebrew],
      ['en', english],
    ] as const) {
      const file = path.join(dir, `${name}.pdf`);
      writeFileSync(file, pdf);
      execFileSync('pdftoppm', ['-png', '-r', '80', file, path.join(dir, name)]);
    }
    const images = readdirSync(dir).filter((file) => file.endsWith('.png'));
    expect(images).toHaveLength(6);
    for (const image of images) expect(statSync(path.join(dir, image)).size).toBeGreaterThan(10_000);
  });
});

describe('a landscape sheet with fixed-height rows', () => {
  it('runs across pages in landscape, each row whole, the header on every page', async () => {
    const pdf = await renderPdf(buildDocument(sampleSignInSheet()));
    const pages = plainText(pdf);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toMatch(/חתימה\s+טלפון\s+ת"ז.*אחרונות.*\s+שם\s+#/);
    const rows = pages.join('\n').match(/^.*05\d-\d{7}.*$/gm) ?? [];
    expect(rows).toHaveLength(SIGN_IN_ROWS);
    const html = execFileSync('pdftotext', ['-bbox-layout', '-', '-'], { input: pdf, encoding: 'utf8' });
    expect(html).toContain('<page width="841.890000" height="595.280000">');
    const landscapeRight = PAGE_MARGINS[0] + contentWidthOf('landscape');
    const title = textLines(pdf).find((line) => line.text.endsWith(':תוחכונ ףד'));
    expect(title?.xMax).toBeCloseTo(landscapeRight, 1);
  });
});

describe('page breaks', () => {
  it('never leave a heading last on a page', async () => {
    // However many lines come before it, the heading lands at the bottom of page 1 in one of these.
    for (let before = 29; before <= 33; before += 1) {
      const pdf = await renderPdf(
        buildDocument({
          lang: 'he',
          orientation: 'portrait',
          title: 'בדיקה',
          body: (ctx) => [
            ...Array.from({ length: before }, (_, i) => paragraph(ctx, `שורה ${i + 1} של טקסט לפני הכותרת`)),
            heading(ctx, 'כותרת המשך', 2),
            paragraph(ctx, 'הפסקה שאחרי הכותרת'),
          ],
        }),
      );
      const pages = plainText(pdf);
      const headingPage = pages.findIndex((page) => page.includes('כותרת המשך'));
      expect(pages[headingPage], `${before} lines before`).toContain('הפסקה שאחרי הכותרת');
    }
  });
});
