import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import PdfmakeDocument from 'pdfmake/js/PDFDocument.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { workPlan } from '../../electron/services/documents/work-plan';
import { buildDocument } from '../../electron/services/documents/document-layout';
import { FONT_FAMILY, loadFonts } from '../../electron/services/documents/fonts';
import { renderPdf } from '../../electron/services/documents/render';
import { pdfPages, squeezed } from '../fixtures/documents/pdf-text';
import { sampleWorkPlan } from '../fixtures/documents/sample-data';

interface VirtualFileSystem {
  writeFileSync(name: string, content: Buffer): void;
}

/** The same Heebo files under other names: pdfmake opens those itself, parsing the file per document. */
const FROM_FILE = 'HeeboFromFile';

function definition(font: string): TDocumentDefinitions {
  return {
    info: { title: 't', creator: 'Kesher', producer: 'Kesher', creationDate: new Date(Date.UTC(2026, 0, 1)) },
    defaultStyle: { font, fontSize: 11 },
    content: [
      { text: 'תוכנית עבודה אישית, גרסה 3 (חתומה) Excel 12/03/2026', alignment: 'right' },
      { text: 'Bold words: Office manager', bold: true },
      { text: 'מילים מודגשות', bold: true },
    ],
  };
}

function newDocument(): InstanceType<typeof PdfmakeDocument> {
  const fonts = loadFonts();
  const vfs = (pdfmake as unknown as { virtualfs: unknown }).virtualfs;
  return new PdfmakeDocument(
    { [FONT_FAMILY]: { normal: fonts.regular.virtualName, bold: fonts.bold.virtualName } },
    {},
    {},
    {},
    { autoFirstPage: false, font: null },
    vfs,
  );
}

describe('fonts parsed once per process', () => {
  beforeAll(async () => {
    // The first document sets pdfmake up; the faces are shared from then on.
    await renderPdf(buildDocument(workPlan(sampleWorkPlan, 'he')));
    const fonts = loadFonts();
    const vfs = (pdfmake as unknown as { virtualfs: VirtualFileSystem }).virtualfs;
    vfs.writeFileSync(`${FROM_FILE}-regular.ttf`, Buffer.from(fonts.regular.bytes));
    vfs.writeFileSync(`${FROM_FILE}-bold.ttf`, Buffer.from(fonts.bold.bytes));
    pdfmake.addFonts({
      [FROM_FILE]: {
        normal: `${FROM_FILE}-regular.ttf`,
        bold: `${FROM_FILE}-bold.ttf`,
        italics: `${FROM_FILE}-regular.ttf`,
        bolditalics: `${FROM_FILE}-bold.ttf`,
      },
    });
  });

  it('gives every document the parsed face and one shaping cache, each with its own subset', () => {
    const fonts = loadFonts();
    const first = newDocument();
    const second = newDocument();
    const a = first.provideFont(FONT_FAMILY, false, false);
    const b = second.provideFont(FONT_FAMILY, false, false);
    expect(a.font).toBe(fonts.regular.font);
    expect(b.font).toBe(fonts.regular.font);
    expect(first.provideFont(FONT_FAMILY, true, false).font).toBe(fonts.bold.font);
    expect(a).not.toBe(b);
    expect(a.layoutCache).toBeDefined();
    expect(a.layoutCache).toBe(b.layoutCache);
    expect(first.provideFont(FONT_FAMILY, false, false)).toBe(a);
  });

  it('prints the same bytes as when pdfkit parses the font file itself', async () => {
    const shared = await renderPdf(definition(FONT_FAMILY));
    const fromFile = await renderPdf(definition(FROM_FILE));
    expect(pdfPages(shared).map(squeezed)).toEqual(pdfPages(fromFile).map(squeezed));
    // Plain pdfmake, no bidi layer: only the Latin line reads as written.
    expect(squeezed(pdfPages(shared)[0]!)).toContain(squeezed('Bold words: Office manager'));
    expect(shared.equals(fromFile)).toBe(true);
  });
});
