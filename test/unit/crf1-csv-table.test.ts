/**
 * The hand-written CSV writer and reader (electron/services/reports/csv-table.ts) against the
 * libraries they replace on the export's hot path: csv-stringify with the options the export
 * wrote with, csv-parse with the options it read with. Same bytes, same records, same errors.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsvTable, writeCsvTable } from '../../electron/services/reports/csv-table';
import { compareCodePoints } from '../../electron/domain/crf1/dates';

const referenceBytes = (header: string[], rows: string[][]): Buffer =>
  Buffer.from(stringify([header, ...rows], { bom: true, record_delimiter: '\r\n', quoted_match: /[\r\n]/ }), 'utf8');

function referenceRecords(bytes: Buffer): { records?: string[][]; error?: boolean } {
  try {
    return { records: parse(bytes, { bom: true, relax_column_count: false, skip_empty_lines: false }) as string[][] };
  } catch {
    return { error: true };
  }
}

function ourRecords(bytes: Buffer): { records?: string[][]; error?: boolean } {
  try {
    const { header, rows } = readCsvTable(bytes);
    return { records: header.length === 0 && rows.length === 0 ? [] : [header, ...rows] };
  } catch {
    return { error: true };
  }
}

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
  it('reads back what the writer wrote, as csv-parse does', () => {
    fc.assert(
      fc.property(table, ([header, rows]) => {
        const bytes = writeCsvTable(header, rows, (row) => row);
        expect(ourRecords(bytes)).toEqual(referenceRecords(bytes));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with csv-parse on LF files, missing final line ends and malformed text', () => {
    const text = fc
      .array(fc.constantFrom('a', 'ב', ',', '"', '""', '\r', '\n', '\r\n', ' ', 'x"y', '\uFEFF'), { maxLength: 20 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.boolean(), (body, bom) => {
        const bytes = Buffer.from(`${bom ? '\uFEFF' : ''}${body}`, 'utf8');
        expect(ourRecords(bytes)).toEqual(referenceRecords(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees on the cases named in the dialect', () => {
    const cases = [
      '',
      '\uFEFF',
      'a,b\r\n1,2\r\n',
      'a,b\n1,2\n',
      'a,b\r\n1,2',
      'a,b\r\n1,2\n3,4\r\n',
      'a,b\r\n1\r\n',
      'a,b\r\n\r\n1,2\r\n',
      'a,b\r\n"1\r\nx",2\r\n',
      'a,b\r\n"1""x",2\r\n',
      'a,b\r\n"1"x,2\r\n',
      'a,b\r\n1"x,2\r\n',
      'a,b\r\n"open,2\r\n',
      'a,b\r\n1,2,\r\n',
      'a,b,\r\n1,2,\r\n',
      'a,b\r1,2\r',
    ];
    for (const text of cases) {
      const bytes = Buffer.from(text, 'utf8');
      expect(ourRecords(bytes), JSON.stringify(text)).toEqual(referenceRecords(bytes));
    }
    // Bytes that are not UTF-8 go to csv-parse.
    const invalid = Buffer.concat([Buffer.from('a,b\r\n'), Buffer.from([0xff, 0x2c, 0x31, 0x0d, 0x0a])]);
    expect(ourRecords(invalid)).toEqual(referenceRecords(invalid));
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
