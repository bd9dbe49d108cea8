/**
 * The hand-written CSV writer (electron/services/reports/csv-table.ts) against csv-stringify with
 * the options the export wrote with (same bytes), and the reader reading them back: its own
 * pass over text in the dialect held to csv-parse's records, csv-parse for anything else.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsvTable, readDialect, writeCsvTable } from '../../electron/services/reports/csv-table';
import { compareCodePoints } from '../../electron/domain/crf1/dates';

const referenceBytes = (header: string[], rows: string[][]): Buffer =>
  Buffer.from(stringify([header, ...rows], { bom: true, record_delimiter: '\r\n', quoted_match: /[\r\n]/ }), 'utf8');

// Cells built from the characters that matter to the dialect, plus Hebrew and astral ones.
const cell = fc
  .array(fc.constantFrom('a', 'ב', '1', ' ', ',', '"', '\r', '\n', '\r\n', '-', '😀', '\uFEFF', ''), { maxLength: 6 })
  .map((parts) => parts.join(''));

const table = fc
  .integer({ min: 1, max: 5 })
  .chain((width) =>
    fc.tuple(
      fc.array(cell, { minLength: width, maxLength: width }),
      fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 }),
    ),
  );

describe('the CRF-1 CSV writer', () => {
  it('gives csv-stringify’s bytes', () => {
    fc.assert(
      fc.property(table, ([header, rows]) => {
        expect(writeCsvTable(header, rows, (row) => row).equals(referenceBytes(header, rows))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the CRF-1 CSV reader', () => {
  it('reads back exactly the header and rows the writer wrote', () => {
    fc.assert(
      fc.property(table, ([header, rows]) => {
        expect(readCsvTable(writeCsvTable(header, rows, (row) => row))).toEqual({ header, rows });
      }),
      { numRuns: 500 },
    );
  });

  it('refuses text that is not CSV of one width', () => {
    for (const text of ['a,b\r\n"open,2\r\n', 'a,b\r\n"1"x,2\r\n', 'a,b\r\n1\r\n'])
      expect(() => readCsvTable(Buffer.from(text, 'utf8')), JSON.stringify(text)).toThrow();
    expect(readCsvTable(Buffer.alloc(0))).toEqual({ header: [], rows: [] });
  });
});

describe('the hand-written dialect reader', () => {
  const reference = (text: string): string[][] =>
    parse(Buffer.from(`\uFEFF${text}`, 'utf8'), { bom: true, relax_column_count: false, skip_empty_lines: false });
  const bomless = (bytes: Buffer): string => bytes.toString('utf8').slice(1);

  it('reads whatever the writer writes as csv-parse does', () => {
    fc.assert(
      fc.property(table, ([header, rows]) => {
        const text = bomless(writeCsvTable(header, rows, (row) => row));
        const read = readDialect(text);
        expect(read).not.toBeNull();
        expect(read).toEqual(reference(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('on any text, either answers as csv-parse does or leaves it to csv-parse', () => {
    const text = fc
      .array(fc.constantFrom('a', 'ב', ',', '"', '""', '\r', '\n', '\r\n', '😀', ''), { maxLength: 14 })
      .map((parts) => parts.join(''));
    let answered = 0;
    fc.assert(
      fc.property(text, (t) => {
        const read = readDialect(t);
        if (read === null) return;
        answered += 1;
        expect(read).toEqual(reference(t));
      }),
      { numRuns: 3000 },
    );
    // The property is not vacuous: well-formed texts do come up and are answered by hand.
    expect(answered).toBeGreaterThan(50);
  });

  it('leaves malformed text to csv-parse', () => {
    for (const text of ['a,b\r\n"open,2\r\n', 'a,b\r\n"1"x,2\r\n', 'a,b\r\n1\r\n', 'a\nb\n', 'a,b', 'a"b\r\n'])
      expect(readDialect(text), JSON.stringify(text)).toBeNull();
  });
});

describe('code point order', () => {
  const reference = (a: string, b: string): number => {
    const [x, y] = [Array.from(a, (c) => c.codePointAt(0)!), Array.from(b, (c) => c.codePointAt(0)!)];
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
    return x.length - y.length;
  };
  it('orders well-formed strings as comparing their code points does', () => {
    const text = fc.string({
      unit: fc.constantFrom('1', '9', 'a', 'ת', '\uE000', '\uFF61', '\uFFFF', '😀', '\u{10000}'),
    });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(Math.sign(compareCodePoints(a, b))).toBe(Math.sign(reference(a, b)));
      }),
      { numRuns: 3000 },
    );
  });
});
