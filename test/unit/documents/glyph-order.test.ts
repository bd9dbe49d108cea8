import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { layoutText } from '../../../electron/services/documents/bidi-lines';
import { loadFonts } from '../../../electron/services/documents/fonts';
import { fontkitReverses, piecesToDraw } from '../../../electron/services/documents/glyph-order';
import { createMeasurer } from '../../../electron/services/documents/measure';

const fonts = loadFonts();
const measure = createMeasurer(fonts);

/** The characters fontkit draws for `run`, left to right. */
function drawnByFontkit(run: string, font: fontkit.Font = fonts.regular.font): string {
  return font
    .layout(run)
    .glyphs.map((glyph) => String.fromCodePoint(...glyph.codePoints))
    .join('');
}

describe('fontkit glyph order (pinned: an upgrade that changes it must fail here)', () => {
  it.each([
    ['שלום', 'םולש'],
    ['ו-Excel', 'lecxE-ו'],
    ['(שלום)', ')םולש('],
    ['123ב', 'ב321'],
    ['"ניהול"', '"לוהינ"'],
  ])('reverses %s, whose first letter is Hebrew, to %s', (run, drawn) => {
    expect(drawnByFontkit(run)).toBe(drawn);
    expect(drawnByFontkit(run, fonts.bold.font)).toBe(drawn);
  });

  it.each(['Excel', 'Excel-ו', '12/03/2026', '050-1234567', '(3)', 'dana@example.org'])(
    'keeps %s, whose first letter is not Hebrew, in order',
    (run) => {
      expect(drawnByFontkit(run)).toBe(run);
    },
  );

  it('is predicted by fontkitReverses for every piece the layer can produce', () => {
    const runs = ['שלום', 'Excel', 'ו-Excel', 'Excel-ו', '123', '12ב', '-ב', '.', '(Kesher)', '"א"', '₪', '׳ה'];
    for (const run of runs) {
      const laidOut = fonts.regular.font.layout(run);
      expect(fontkitReverses(run), run).toBe(laidOut.direction === 'rtl');
    }
  });
});

describe('pieces sent to pdfmake', () => {
  const samples = [
    'נא להתקשר ל-050-1234567 עד 12/03/2026 (יום ה׳).',
    'ידע ב-Word ו-Excel, וגם Microsoft Teams או Zoom.',
    'מערכת קשר (Kesher) במרכז; שיעור השמה 45%.',
    'ת"ז 123456782, כתובת: dana@example.org',
    'Meeting with דנה כהן (ID 123456782) at 10:00.',
    'שָׁלוֹם עוֹלָם (ניקוד)',
  ];

  it.each(samples)('draw exactly the visual line: %s', (text) => {
    for (const dir of ['rtl', 'ltr'] as const) {
      for (const line of layoutText(text, { dir, width: 2000, face: 'regular', fontSize: 11, measure })) {
        // fontkit lays out each space-separated chunk of an inline on its own, as pdfkit does.
        const drawn = line.pieces
          .map((piece) =>
            piece
              .split(/(?<= )/)
              .map((chunk) => drawnByFontkit(chunk))
              .join(''),
          )
          .join('');
        expect(drawn).toBe(line.visual);
      }
    }
  });

  it('sends a reversed piece alone, without spaces', () => {
    expect(piecesToDraw('םלוע םולש')).toEqual(['עולם', ' ', 'שלום']);
    expect(piecesToDraw('Excel-ו 2026')).toEqual(['Excel-', 'ו', ' 2026']);
  });
});
