import type { Content, ContentColumns, ContentStack, ContentTable, ContentText } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { bulletList, keyValueBlock, signatureLines } from '../../../electron/services/documents/blocks';
import { createContext } from '../../../electron/services/documents/context';
import { buildDocument, pageLabel } from '../../../electron/services/documents/document-layout';
import { fontkitReverses } from '../../../electron/services/documents/glyph-order';
import { resolveColumnWidths, table } from '../../../electron/services/documents/table';

const he = createContext({ dir: 'rtl', orientation: 'portrait' });
const en = createContext({ dir: 'ltr', orientation: 'portrait' });

/** What fontkit draws for one inline, left to right (see glyph-order.test.ts). */
function drawnInline(text: string): string {
  return text
    .split(/(?<= )/)
    .map((chunk) => (fontkitReverses(chunk) ? [...chunk].reverse().join('') : chunk))
    .join('');
}

/** The lines a cell or block shows, left to right as on the page. */
function drawn(node: unknown): string {
  const stack = ((node as ContentStack).stack as ContentText[]).filter((item) => 'text' in item);
  return stack
    .map((line) =>
      typeof line.text === 'string'
        ? drawnInline(line.text)
        : (line.text as { text: string }[]).map((piece) => drawnInline(piece.text)).join(''),
    )
    .join('\n');
}

describe('column widths', () => {
  it('shares what is left after padding, rules and fixed columns among the stars', () => {
    // 3 columns: 3 × 8 pt padding and 4 × 0.5 pt rules around them.
    expect(resolveColumnWidths(['*', 100, '2*'], 500)).toEqual([(500 - 26 - 100) / 3, 100, ((500 - 26 - 100) * 2) / 3]);
  });
});

describe('tables', () => {
  const spec = {
    columns: [
      { header: 'יעד', width: '*' as const },
      { header: 'תאריך', width: 70 },
      { header: 'אחראי', width: 90 },
    ],
    groupRows: [[{ text: 'יעדים', colSpan: 2 }, 'צוות']],
    rows: [['להשתלב בעבודה', '01/02/2026', 'יוסי לוי']],
  };

  it('puts the first column on the right in Hebrew, widths reversed with it', () => {
    const node = table(he, spec) as ContentTable;
    expect(node.table.widths).toEqual([90, 70, resolveColumnWidths(['*', 70, 90], he.contentWidth)[0]]);
    const header = node.table.body[1]!;
    expect(header.map(drawn)).toEqual(['יארחא', 'ךיראת', 'דעי']);
    expect(node.table.headerRows).toBe(2);
  });

  it('keeps a spanning cell first in its group when the columns are reversed', () => {
    const node = table(he, spec) as ContentTable;
    const group = node.table.body[0]!;
    expect(drawn(group[0])).toBe('תווצ');
    expect(group[1]).toMatchObject({ colSpan: 2 });
    expect(drawn(group[1])).toBe('םידעי');
    expect(group[2]).toEqual({});
  });

  it('keeps reading order left to right in English', () => {
    const node = table(en, { ...spec, groupRows: [] }) as ContentTable;
    expect(node.table.body[0]!.map(drawn)).toEqual(['דעי', 'ךיראת', 'יארחא']);
    expect(node.table.widths![0]).toBeGreaterThan(200);
  });

  it('refuses a row that does not cover the columns', () => {
    expect(() => table(he, { ...spec, rows: [['רק תא אחד']] })).toThrow(/covers 1 of 3/);
  });

  it('can keep rows whole and give them a minimum height', () => {
    const node = table(he, { ...spec, dontBreakRows: true, minRowHeight: 30 }) as ContentTable;
    expect(node.table.dontBreakRows).toBe(true);
    const heights = node.table.heights as (row: number) => number | 'auto';
    expect([heights(0), heights(1), heights(2)]).toEqual(['auto', 'auto', 30]);
  });
});

describe('blocks', () => {
  it('puts bullets on the right in Hebrew and on the left in English', () => {
    const hebrew = (bulletList(he, ['פריט']) as ContentStack).stack[0] as ContentColumns;
    expect((hebrew.columns[1] as ContentText).text).toBe('•');
    const english = (bulletList(en, ['item']) as ContentStack).stack[0] as ContentColumns;
    expect((english.columns[0] as ContentText).text).toBe('•');
  });

  it('puts the label at the start of the line', () => {
    const row = (keyValueBlock(he, [{ key: 'שם:', value: 'דנה כהן' }]) as ContentStack).stack[0] as ContentColumns;
    expect(drawn(row.columns[1])).toBe(':םש');
  });

  it('sets signature lines flush right in Hebrew, the first signatory rightmost', () => {
    const node = signatureLines(he, [{ label: 'המשתתף/ת' }, { label: 'הרכז/ת' }]) as ContentColumns;
    expect(node.columns[0]).toMatchObject({ width: '*' });
    expect(drawn(node.columns[2])).toContain('ת/ףתתשמה');
    const english = signatureLines(en, [{ label: 'Participant' }]) as ContentColumns;
    expect(english.columns.at(-1)).toMatchObject({ width: '*' });
  });
});

describe('page frame', () => {
  it('numbers pages in the document language', () => {
    expect(pageLabel('he', 2, 5)).toBe('עמוד 2 מתוך 5');
    expect(pageLabel('en', 2, 5)).toBe('Page 2 of 5');
  });

  it('writes "page X of Y" through the bidi layer, at the end side of a Hebrew page', () => {
    const definition = buildDocument({ lang: 'he', orientation: 'landscape', title: 'גיליון', body: () => [] });
    expect(definition.pageOrientation).toBe('landscape');
    const footer = (definition.footer as (page: number, count: number) => Content)(3, 12) as ContentStack;
    const line = footer.stack[0] as ContentText;
    expect(line.alignment).toBe('left');
    expect(drawn(footer)).toBe('12 ךותמ 3 דומע');
  });
});
