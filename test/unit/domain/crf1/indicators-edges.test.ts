/**
 * §5 band edges, the age rules at E, the full-time-equivalent salary's exclusions and the
 * drill-down lists behind counts of zero. E = 2026-10-31; derivations in the comments.
 */
import { describe, expect, it } from 'vitest';
import { recruitmentSources } from '../../../../electron/domain/codes';
import {
  ageBands,
  ageGroups,
  computeIndicators,
  evaluateIndicators,
  indicatorMembers,
  retentionMonths,
  tenureMonths,
  timeToPlacementBands,
} from '../../../../electron/domain/crf1/indicators';
import { job, person, records } from './builders';

const E = '2026-10-31';

const bandCounts = (bands: readonly { band: string; count: number }[]) =>
  Object.fromEntries(bands.map((b) => [b.band, b.count]));

describe('band edges', () => {
  it('puts 44 in <=44, 45 and 74 in their five-year bands and 75 in 75+', () => {
    const data = records({
      participants: [
        // Each birthday falls on E, so the age on E is exactly the one named.
        person('a44', '2026-01-01', { birthDate: '1982-10-31' }),
        person('a45', '2026-01-01', { birthDate: '1981-10-31' }),
        person('a74', '2026-01-01', { birthDate: '1952-10-31' }),
        person('a75', '2026-01-01', { birthDate: '1951-10-31' }),
      ],
    });
    expect(bandCounts(computeIndicators(data, E, 'TLV').age.bands)).toEqual({
      '<=44': 1,
      '45-49': 1,
      '50-54': 0,
      '55-59': 0,
      '60-64': 0,
      '65-69': 0,
      '70-74': 1,
      '75+': 1,
    });
  });

  it('bands time to first placement at both edges of every band', () => {
    // Enrolled 1 Jan 2024; the first job starts exactly m months later, so m months completed.
    const months = [3, 4, 6, 7, 9, 10, 12, 13, 18, 19, 24, 25];
    const start = (m: number) => `${2024 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`;
    const data = records({
      participants: months.map((m) => person(`m${m}`, '2024-01-01')),
      placements: months.map((m) => job(`m${m}`, '1', start(m))),
    });
    const { indicators, members } = evaluateIndicators(data, E, 'TLV');
    expect(bandCounts(indicators.timeToFirstPlacement)).toEqual({
      '0-3': 1,
      '4-6': 2,
      '7-9': 2,
      '10-12': 2,
      '13-18': 2,
      '19-24': 2,
      '25+': 1,
    });
    expect(members.get('timeToFirstPlacement.19-24')).toEqual(['m19', 'm24']);
    expect(members.get('timeToFirstPlacement.25+')).toEqual(['m25']);
  });
});

describe('age at E', () => {
  it('counts a birth date on E as age 0 and one after E as unknown', () => {
    const data = records({
      participants: [
        person('born-on-e', '2026-01-01', { birthDate: E }),
        person('born-after', '2026-01-01', { birthDate: '2026-11-01' }),
      ],
    });
    const { indicators, members } = evaluateIndicators(data, E, 'TLV');
    expect(indicators.age.knownActive).toBe(1);
    expect(members.get('age.bands.<=44')).toEqual(['born-on-e']);
    // The age groups leave the unknown age out too.
    expect(indicators.byAgeGroup.map((g) => [g.group, g.size])).toEqual([
      ['<=60', 1],
      ['>60', 0],
    ]);
  });
});

describe('full-time-equivalent salary', () => {
  it('takes only current jobs with both a scope and a salary, and never divides by a zero scope', () => {
    const data = records({
      participants: ['f1', 'f2', 'f3', 'f4'].map((pid) => person(pid, '2025-01-01', { birthDate: '1980-01-01' })),
      placements: [
        // 5000 at 50 % = 10000 full time: the only job the FTE mean takes.
        job('f1', '1', '2025-02-01', { jobScopePct: 50, monthlySalaryNis: 5000 }),
        // A zero scope (refused on entry, 1–100) would divide by zero.
        job('f2', '1', '2025-02-01', { jobScopePct: 0, monthlySalaryNis: 1000 }),
        job('f3', '1', '2025-02-01', { jobScopePct: 80 }),
        job('f4', '1', '2025-02-01', { monthlySalaryNis: 3000 }),
      ],
    });
    const { indicators, members } = evaluateIndicators(data, E, 'TLV');
    expect(indicators.byAgeGroup[0]).toMatchObject({
      group: '<=60',
      employed: 4,
      // Scopes 50, 0, 80: mean 43.33; salaries 5000, 1000, 3000: mean 3000.
      meanJobScope: 43.33,
      meanSalary: 3000,
      meanFteSalary: 10000,
    });
    expect(members.get('currentEmployment.jobScope')).toEqual(['f1', 'f2', 'f3']);
    expect(members.get('currentEmployment.salary')).toEqual(['f1', 'f2', 'f4']);
  });
});

describe('drill-down lists', () => {
  it('has a list, empty, behind every count of a centre with nobody enrolled', () => {
    const members = indicatorMembers(records({ participants: [person('q', null)] }), E);
    const expected = [
      ...ageBands.map((b) => `age.bands.${b}`),
      ...timeToPlacementBands.map((b) => `timeToFirstPlacement.${b}`),
      ...['participants.total', 'participants.active', 'placement.placed', 'age.knownActive'],
      ...retentionMonths.flatMap((m) => ['eligible', 'employed', 'sameJob'].map((f) => `retention.${m}.${f}`)),
      ...tenureMonths.flatMap((m) => [`placementByTenure.${m}.cohort`, `placementByTenure.${m}.placed`]),
      ...['total', 'self', 'programme'].map((f) => `placementsFoundBy.${f}`),
      ...['birthDate', 'recruitmentSource', 'previousOccupation', 'placementJobScope', 'placementSalary'].map(
        (f) => `dataCompleteness.${f}.missing`,
      ),
      ...[...recruitmentSources, 'UNKNOWN'].map((s) => `recruitmentSources.${s}`),
      ...['employed', 'jobScope', 'salary'].map((f) => `currentEmployment.${f}`),
      ...ageGroups.flatMap((g) => [`byAgeGroup.${g}.size`, `byAgeGroup.${g}.employed`]),
    ];
    expect([...members.keys()].sort()).toEqual([...expected].sort());
    expect([...members.values()].every((list) => list.length === 0)).toBe(true);
  });

  it('gives the same lists as the evaluation that computes the figures', () => {
    const data = records({
      participants: [person('p', '2025-01-01', { birthDate: '1970-05-05' })],
      placements: [job('p', '1', '2025-03-01', { foundBy: 'SELF' })],
    });
    expect(indicatorMembers(data, E)).toEqual(evaluateIndicators(data, E, '').members);
    expect(indicatorMembers(data, E).get('placementsFoundBy.self')).toEqual(['p']);
  });
});
