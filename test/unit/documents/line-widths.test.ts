import { describe, expect, it } from 'vitest';
import { layoutText, type Direction } from '../../../electron/services/documents/bidi-lines';
import type { FaceName } from '../../../electron/services/documents/fonts';
import { loadFonts } from '../../../electron/services/documents/fonts';
import { createMeasurer } from '../../../electron/services/documents/measure';
import { mulberry32 } from '../../../electron/services/demo/prng';

const measure = createMeasurer(loadFonts());

/** The demo's seeded generator, so a failure names a case that can be replayed. */
const random = mulberry32;

const WORDS = [
  'משתתף',
  'המשתתפת',
  'תוכנית',
  'עבודה',
  'אישית',
  'יעד',
  'לימודים',
  'ראיון',
  'מעסיק',
  'השמה',
  'בשבוע',
  'ו-Excel',
  'ב-Word',
  'Microsoft',
  'Teams',
  'Zoom',
  'ל-050-1234567',
  '03-5551234',
  '12/03/2026',
  'ב-01/02/2026',
  '123456782',
  'ת"ז',
  '(מפגש',
  'שני)',
  '"ניהול',
  'משרד"',
  '45%',
  '7.5',
  '09:30',
  'dana@example.org',
  '₪',
  '35',
  'תל-אביב',
  '[נספח',
  'א]',
  'www.kesher.org.il',
  'הכשרה,',
  'מקצועית.',
  'נוספת?',
  'ה׳',
  'Office',
  '365',
  'אבגדהוזחטיכלמנסעפצקרשתאבגדהוזחטיכלמנסעפצקרשת',
];

function paragraph(next: () => number, words: readonly string[] = WORDS): string {
  const count = 1 + Math.floor(next() * 40);
  return Array.from({ length: count }, () => words[Math.floor(next() * words.length)]!).join(' ');
}

/** Without the word longer than some columns, so every line break falls at a space. */
const FITTING_WORDS = WORDS.filter((word) => word.length < 20);

const lettersAndDigits = (text: string) => [...text.replace(/[^\p{L}\p{N}]/gu, '')].sort().join('');

describe('line widths', () => {
  it('never exceed their column, lose no letter and never start or end with a space', () => {
    const next = random(20260310);
    const faces: FaceName[] = ['regular', 'medium', 'bold'];
    let lineCount = 0;
    const failures: string[] = [];
    for (let i = 0; i < 300; i += 1) {
      const text = paragraph(next);
      const width = 30 + next() * 500;
      const fontSize = [8, 9, 10, 11, 14][Math.floor(next() * 5)]!;
      const face = faces[Math.floor(next() * faces.length)]!;
      const dir: Direction = next() < 0.8 ? 'rtl' : 'ltr';
      const lines = layoutText(text, { dir, width, face, fontSize, measure });
      const replay = `case ${i}: ${dir} ${face} ${fontSize}pt in ${width.toFixed(2)}pt: ${text}`;
      for (const line of lines) {
        const drawnWidth = line.pieces.reduce((sum, piece) => sum + measure(piece, face, fontSize), 0);
        if (Math.abs(drawnWidth - line.width) > 1e-9) failures.push(`width not of the drawn pieces, ${replay}`);
        if (line.width > width) failures.push(`${line.width} wider than ${replay}`);
        if (line.visual !== line.visual.trim()) failures.push(`space at an end, ${replay}`);
      }
      if (lettersAndDigits(lines.map((line) => line.visual).join('')) !== lettersAndDigits(text)) {
        failures.push(`letters lost, ${replay}`);
      }
      lineCount += lines.length;
    }
    expect(failures).toEqual([]);
    expect(lineCount).toBeGreaterThan(800);
  });

  it('fill the column: the next word would not have fitted', () => {
    const next = random(7);
    for (let i = 0; i < 100; i += 1) {
      const text = paragraph(next, FITTING_WORDS);
      const width = 120 + next() * 300;
      const lines = layoutText(text, { dir: 'rtl', width, face: 'regular', fontSize: 11, measure });
      const words = text.split(' ');
      let used = 0;
      for (const line of lines.slice(0, -1)) {
        const inLine = line.visual.split(' ').length;
        const nextWord = words[used + inLine];
        used += inLine;
        if (!nextWord) break;
        const withNext = measure(words.slice(used - inLine, used + 1).join(' '), 'regular', 11);
        expect(withNext, `${width}: ${text}`).toBeGreaterThan(width - 0.5);
      }
    }
  });
});
