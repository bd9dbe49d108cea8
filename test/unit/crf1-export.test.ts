import { describe, expect, it } from 'vitest';
import { checkCell } from '../../electron/domain/crf1/cell-check';
import { columnsFor, crfColumns, headerFor } from '../../electron/domain/crf1/columns';
import { buildBundle, bundleFileName } from '../../electron/services/reports/bundle';
import { exportCsvFiles, readCsv, writeCsv } from '../../electron/services/reports/crf-csv';
import { dueMonth, monthEnd } from '../../electron/services/reports/export';
import { identifyingMatcher } from '../../electron/services/reports/self-check';
import { pseudonym, pseudonymMessage } from '../../electron/services/reports/pseudonyms';

describe('CRF-1 CSV dialect (§3)', () => {
  it('writes a BOM, CRLF after every record, and quotes a comma, a quote and a line break', () => {
    const bytes = writeCsv(
      ['workshopId', 'type', 'title', 'facilitator'],
      [
        { workshopId: '1', type: 'OTHER', title: 'אקסל, מתקדמים', facilitator: null },
        { workshopId: '2', type: 'OTHER', title: 'סדנת "קו"ח"', facilitator: null },
        { workshopId: '3', type: 'OTHER', title: 'שורה\nשנייה', facilitator: null },
      ],
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(
      'workshopId,type,title,facilitator\r\n' +
        '1,OTHER,"אקסל, מתקדמים",\r\n' +
        '2,OTHER,"סדנת ""קו""ח""",\r\n' +
        '3,OTHER,"שורה\nשנייה",\r\n',
    );
    // Three data records although the file has four line breaks inside records' ends.
    expect(readCsv(bytes).rows).toHaveLength(3);
  });

  it('writes export headers without the migration-only columns and with the export-only ones', () => {
    expect(headerFor('participants.csv', 'export')).toEqual([
      'pid',
      'gender',
      'birthYear',
      'ageAtPeriodEnd',
      'city',
      'recruitmentSource',
      'track',
      'enrolmentDate',
      'exitDate',
      'exitReason',
      'coach',
      'trafficLight',
      'populationTags',
      'previousOccupation',
      'yearsExperience',
    ]);
    expect(headerFor('participants.csv', 'migration')).toContain('nationalId');
    expect(headerFor('participants.csv', 'migration')).not.toContain('birthYear');
    expect(headerFor('participants.csv', 'export', { formerPid: true }).at(-1)).toBe('formerPid');
    expect(headerFor('placements.csv', 'export')).not.toContain('employer');
    for (const columns of Object.values(crfColumns)) expect(columns.length).toBeGreaterThan(0);
  });

  it('checks cells by kind', () => {
    const [pid, , , , , , gender] = crfColumns['participants.csv'];
    expect(checkCell(pid!, '', 'export')).toBe('required');
    expect(checkCell(pid!, 'ABC', 'export')).toBe('pid');
    expect(checkCell(pid!, 'ABC', 'migration')).toBeNull();
    expect(checkCell(gender!, 'f', 'export')).toBe('unknown_code');
    const occupation = columnsFor('placements.csv', 'export').find((c) => c.name === 'occupationCode')!;
    expect(checkCell(occupation, 'נהג', 'export')).toBe('occupation_code');
    expect(checkCell(occupation, '8322', 'export')).toBeNull();
    const scope = columnsFor('placements.csv', 'export').find((c) => c.name === 'jobScopePct')!;
    expect(checkCell(scope, '101', 'export')).toBe('out_of_range');
    expect(checkCell(scope, '50.5', 'export')).toBe('integer');
  });
});

describe('pseudonyms (§6, §7)', () => {
  const key = Buffer.from('00'.repeat(32), 'hex');
  it('pads the national ID to 9 digits and falls back to the local id', () => {
    expect(pseudonymMessage('18', 'TLV', 5)).toBe('id:000000018');
    expect(pseudonymMessage(null, 'TLV', 5)).toBe('local:TLV:5');
    // HMAC-SHA256 with a zero key of 'id:000000018', first 16 hex characters (computed with openssl).
    expect(pseudonym(key, 'id:000000018')).toMatch(/^[0-9a-f]{16}$/);
    expect(pseudonym(key, 'id:000000018')).toBe(pseudonym(key, pseudonymMessage('000000018', 'HFA', 9)));
  });
});

describe('bundles', () => {
  it('give the same bytes for the same content', async () => {
    const input = {
      manifest: {
        format: 'crf' as const,
        version: 1 as const,
        centre: { code: 'TLV', name: 'מרכז' },
        period: { start: '2026-10-01', end: '2026-10-31' },
        sequence: 1,
        supersedes: null,
        previousBundleSha256: null,
        generatedAt: '2026-11-01T08:00:00Z',
        generator: { name: 'Kesher', version: '1' },
        pseudonymisation: { method: 'HMAC-SHA256/16' as const, keyId: 'abcdef01' },
      },
      indicators: { a: 1 },
      csv: exportCsvFiles(
        { participants: [], placements: [], meetings: [], workshops: [], sessions: [], enrolments: [], attendance: [] },
        '2026-10-31',
        new Map(),
      ),
    };
    const first = await buildBundle(input);
    const second = await buildBundle(structuredClone(input));
    expect(first.zip.equals(second.zip)).toBe(true);
    expect(first.manifest.files.map((f) => f.rows)).toEqual([null, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('are named by month, or by day on demand', () => {
    expect(bundleFileName('TLV', '2026-10-31', true, false)).toBe('crf1_TLV_2026-10.zip');
    expect(bundleFileName('TLV', '2026-10-15', false, true)).toBe('crf1_TLV_2026-10-15.zip.age');
    expect(monthEnd('2028-02')).toBe('2028-02-29');
  });
});

describe('the month due', () => {
  it('is the month just ended, from the first working day after it until exported', () => {
    // 1 Nov 2026 is a Sunday: due that day.
    expect(dueMonth('2026-10-31', new Set())).toBe('2026-09');
    expect(dueMonth('2026-11-01', new Set())).toBe('2026-10');
    expect(dueMonth('2026-11-01', new Set(['2026-10-31']))).toBeNull();
    // 1 Aug 2026 is a Saturday: not due until Sunday 2 Aug.
    expect(dueMonth('2026-08-01', new Set(['2026-06-30']))).toBeNull();
    expect(dueMonth('2026-08-02', new Set())).toBe('2026-07');
  });
});

describe('the identifying-value scan', () => {
  const matches = identifyingMatcher({
    names: [{ first: 'אילת', last: 'ברקוביץ' }],
    ids: ['000000018'],
    phones: ['0521234567'],
    emails: ['a.b@example.org'],
    other: ['מאפיית השכונה'],
  });
  it('finds names, IDs, phones, e-mails and employers, however written', () => {
    expect(matches('ברקוביץ')).toBe(true);
    expect(matches('סדנה של אילת ברקוביץ')).toBe(true);
    expect(matches('18')).toBe(false);
    expect(matches('ת"ז 000000018')).toBe(true);
    expect(matches('+972-52-123-4567')).toBe(true);
    expect(matches('052 1234567')).toBe(true);
    expect(matches('כתבו ל-A.B@example.org')).toBe(true);
    expect(matches('מאפיית השכונה')).toBe(true);
  });
  it('leaves a city that is also a first name alone', () => {
    expect(matches('אילת')).toBe(false);
    expect(matches('2026-10-31')).toBe(false);
  });
});
