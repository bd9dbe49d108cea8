/**
 * §5 retention, placement by tenure, found-by, current employment, age groups, recruitment
 * sources and data completeness, derived by hand in the comments. E = 2026-10-31.
 */
import { describe, expect, it } from 'vitest';
import { computeIndicators, evaluateIndicators } from '../../../../electron/domain/crf1/indicators';
import { job, person, records } from './builders';

const E = '2026-10-31';

describe('retention at 6, 12, 15 and 24 months', () => {
  const data = records({
    participants: [
      person('r1', '2025-01-01'),
      person('r2', '2025-01-01'),
      person('r3', '2024-01-01'),
      person('r4', '2026-06-01'),
      person('r5', '2025-10-01'),
    ],
    placements: [
      // r1: first 30 Apr 2025, ongoing. D6 = 30 Oct 2025, D12 = 30 Apr 2026, D15 = 30 Jul 2026,
      // D24 = 30 Apr 2027 > E. Employed and same job at 6, 12, 15.
      job('r1', '1', '2025-04-30'),
      // r2: first 31 Jan 2025 ended 30 Jun 2025; another job from 15 Jul 2025 ongoing.
      // D6 = 31 Jul, D12 = 31 Jan 2026, D15 = 30 Apr 2026 (clamped): employed, not the same job.
      job('r2', '1', '2025-01-31', { endDate: '2025-06-30' }),
      job('r2', '2', '2025-07-15'),
      // r3: first 1 May 2024, last day worked 1 Nov 2024 = D6: covers D6 (endDate ≥ D).
      // D12 = 1 May 2025, D15 = 1 Aug 2025, D24 = 1 May 2026: eligible, not employed.
      job('r3', '1', '2024-05-01', { endDate: '2024-11-01' }),
      // r4: D6 = 1 Dec 2026 > E: eligible nowhere.
      job('r4', '1', '2026-06-01'),
      // r5: first 31 Oct 2025: D12 = 31 Oct 2026 = E: eligible at 12 (D ≤ E), employed, same job.
      job('r5', '1', '2025-10-31'),
    ],
  });
  // Evaluated inside each test, not while the file is collected: Stryker switches a mutant on
  // only when the tests start, so a figure computed at collection never sees it.
  const evaluated = () => evaluateIndicators(data, E, 'TLV');

  it('counts eligible, employed and same job with sameJobRate over eligible', () => {
    const { indicators, members } = evaluated();
    expect(indicators.retention).toEqual([
      // 6: eligible r1 r2 r3 r5; employed all 4; same job r1 r3 r5.
      { months: 6, eligible: 4, employed: 4, employedRate: 1, sameJob: 3, sameJobRate: 0.75 },
      // 12: eligible r1 r2 r3 r5; employed r1 r2 r5; same job r1 r5.
      { months: 12, eligible: 4, employed: 3, employedRate: 0.75, sameJob: 2, sameJobRate: 0.5 },
      // 15: eligible r1 r2 r3 (r5's D15 = 31 Jan 2027); employed r1 r2; same job r1.
      { months: 15, eligible: 3, employed: 2, employedRate: 0.6667, sameJob: 1, sameJobRate: 0.3333 },
      // 24: eligible r3 only; not employed.
      { months: 24, eligible: 1, employed: 0, employedRate: 0, sameJob: 0, sameJobRate: 0 },
    ]);
    expect(members.get('retention.12.employed')).toEqual(['r1', 'r2', 'r5']);
    expect(members.get('retention.15.sameJob')).toEqual(['r1']);
  });

  it('breaks a first-placement tie by the smallest id as a string: "10" before "9"', () => {
    // Both start 1 Feb 2025. "10" < "9", so "10" is first; it ended 1 Mar, "9" is ongoing.
    // At D6 = 1 Aug 2025 the person is employed (by "9") but not in the same job.
    const tie = records({
      participants: [person('t', '2025-01-01')],
      placements: [job('t', '9', '2025-02-01'), job('t', '10', '2025-02-01', { endDate: '2025-03-01' })],
    });
    const six = computeIndicators(tie, E, 'TLV').retention[0]!;
    expect([six.eligible, six.employed, six.sameJob]).toEqual([1, 1, 0]);
  });

  it('breaks a current-placement tie by the largest id: "9" after "10"', () => {
    // Both cover E from the same start; the current placement is "9" (scope 100), not "10" (50).
    const tie = records({
      participants: [person('t', '2025-01-01')],
      placements: [
        job('t', '10', '2025-02-01', { jobScopePct: 50 }),
        job('t', '9', '2025-02-01', { jobScopePct: 100 }),
      ],
    });
    expect(computeIndicators(tie, E, 'TLV').currentEmployment.jobScope).toEqual({ n: 1, mean: 100, sd: 0 });
  });

  it('takes the latest covering start as the current placement', () => {
    const later = records({
      participants: [person('t', '2025-01-01')],
      placements: [job('t', 'b', '2025-02-01', { jobScopePct: 50 }), job('t', 'a', '2025-06-01', { jobScopePct: 80 })],
    });
    expect(computeIndicators(later, E, 'TLV').currentEmployment.jobScope.mean).toBe(80);
  });

  it('has null rates when nobody is eligible', () => {
    const none = computeIndicators(records({ participants: [person('x', '2026-10-01')] }), E, 'TLV');
    expect(none.retention.map((r) => [r.eligible, r.employedRate, r.sameJobRate])).toEqual([
      [0, null, null],
      [0, null, null],
      [0, null, null],
      [0, null, null],
    ]);
  });
});

describe('placement by minimum time in the programme', () => {
  it('builds cohorts from enrolment + minMonths ≤ E, ignoring exit, placed by E', () => {
    const data = records({
      participants: [
        // 31 Jul + 3 months = 31 Oct = E: in the 3-month cohort only.
        person('t1', '2026-07-31'),
        // 1 Aug + 3 = 1 Nov > E: in no cohort.
        person('t2', '2026-08-01'),
        // 31 Oct 2024 + 24 = E: in every cohort though they left after a month.
        person('t3', '2024-10-31', { exitDate: '2024-12-01' }),
        // 30 Apr 2025 + 18 = 30 Oct 2026 ≤ E; + 24 > E. Placed in Oct 2026 — "by E", not "within".
        person('t4', '2025-04-30'),
      ],
      placements: [job('t4', '1', '2026-10-01'), job('t2', '1', '2026-10-01')],
    });
    expect(computeIndicators(data, E, 'TLV').placementByTenure).toEqual([
      { minMonths: 3, cohort: 3, placed: 1, rate: 0.3333 },
      { minMonths: 6, cohort: 2, placed: 1, rate: 0.5 },
      { minMonths: 9, cohort: 2, placed: 1, rate: 0.5 },
      { minMonths: 12, cohort: 2, placed: 1, rate: 0.5 },
      { minMonths: 18, cohort: 2, placed: 1, rate: 0.5 },
      { minMonths: 24, cohort: 1, placed: 0, rate: 0 },
    ]);
  });
});

describe('found by, current employment, age groups, sources and completeness', () => {
  const data = records({
    participants: [
      person('e1', '2025-01-01', {
        birthDate: '1970-01-01',
        recruitmentSource: 'FRIEND_REFERRAL',
        previousOccupation: '2512',
      }),
      // Exited as employed and still works: counted as employed at E (§7).
      person('e2', '2025-01-01', {
        birthDate: '1960-06-15',
        exitDate: '2025-09-01',
        exitReason: 'EMPLOYED_6M',
        recruitmentSource: 'FRIEND_REFERRAL',
      }),
      person('e3', '2025-01-01', { birthDate: '1966-10-31', recruitmentSource: 'PRESS' }),
      person('e4', '2025-01-01'),
      person('e5', '2025-01-01', { birthDate: '1990-01-01' }),
      person('e6', '2025-06-01'),
      person('e7', '2025-01-01', { birthDate: '1950-03-01' }),
      person('n1', null, { recruitmentSource: 'PRESS', birthDate: '1970-01-01' }),
    ],
    placements: [
      job('e1', 'a', '2025-03-01', { foundBy: 'SELF', jobScopePct: 100, monthlySalaryNis: 8000 }),
      job('e2', 'b', '2025-02-01', { foundBy: 'PROGRAMME', jobScopePct: 50, monthlySalaryNis: 3000 }),
      job('e3', 'c', '2025-02-01', { endDate: '2025-12-31', monthlySalaryNis: 5000 }),
      job('e4', 'd', '2025-05-01', { foundBy: 'PROGRAMME', jobScopePct: 75 }),
      // Before e6's enrolment: not a programme placement, counted nowhere.
      job('e6', 'f', '2025-05-01', { foundBy: 'SELF', jobScopePct: 100, monthlySalaryNis: 9999 }),
      job('e7', 'g', '2025-03-01', { foundBy: 'PROGRAMME', jobScopePct: 30, monthlySalaryNis: 1000 }),
    ],
  });
  // Evaluated inside each test, not while the file is collected: Stryker switches a mutant on
  // only when the tests start, so a figure computed at collection never sees it.
  const evaluated = () => evaluateIndicators(data, E, 'TLV');

  it('splits programme placements by who found them; one with no foundBy stays in the total', () => {
    const { indicators } = evaluated();
    // a b c d g: self a; programme b d g; c has none. selfShare 1/5.
    expect(indicators.placementsFoundBy).toEqual({ total: 5, self: 1, programme: 3, selfShare: 0.2 });
  });

  it('summarises the current placements of everyone employed at E', () => {
    const { indicators, members } = evaluated();
    // Employed at E: e1 (a), e2 (b), e4 (d), e7 (g); c ended.
    // Scope 100, 50, 75, 30: mean 63.75; nΣx² − (Σx)² = 4·19025 − 255² = 11075; /16 = 692.1875;
    // √ = 26.309… → 26.31. Salary 8000, 3000, 1000 (d has none): mean 4000; squared deviations
    // 16e6 + 1e6 + 9e6 = 26e6, /3 = 8,666,666.67, √ = 2943.92…
    expect(indicators.currentEmployment).toEqual({
      employed: 4,
      jobScope: { n: 4, mean: 63.75, sd: 26.31 },
      salary: { n: 3, mean: 4000, sd: 2943.92 },
    });
    expect(members.get('currentEmployment.salary')).toEqual(['e1', 'e2', 'e7']);
  });

  it('splits the enrolled with a birth date at 60, exited included', () => {
    const { indicators } = evaluated();
    // ≤60: e1 (56), e3 (60 on E), e5 (36); employed e1: scope 100, salary 8000, FTE 8000.
    // >60: e2 (66), e7 (76); both employed: scope (50+30)/2 = 40, salary 2000,
    // FTE (3000·100/50 + 1000·100/30)/2 = (6000 + 3333.33…)/2 = 4666.666… → 4666.67.
    expect(indicators.byAgeGroup).toEqual([
      {
        group: '<=60',
        size: 3,
        employed: 1,
        employedRate: 0.3333,
        meanJobScope: 100,
        meanSalary: 8000,
        meanFteSalary: 8000,
      },
      {
        group: '>60',
        size: 2,
        employed: 2,
        employedRate: 1,
        meanJobScope: 40,
        meanSalary: 2000,
        meanFteSalary: 4666.67,
      },
    ]);
  });

  it('lists every recruitment source in §4 order, then UNKNOWN, for the enrolled only', () => {
    const { indicators } = evaluated();
    // n1 (PRESS) is not enrolled. Unknown: e4 e5 e6 e7.
    expect(indicators.recruitmentSources).toEqual([
      { source: 'EMPLOYMENT_SERVICE', count: 0 },
      { source: 'FRIEND_REFERRAL', count: 2 },
      { source: 'EMPLOYMENT_CENTRE', count: 0 },
      { source: 'SOCIAL_MEDIA', count: 0 },
      { source: 'MUNICIPAL', count: 0 },
      { source: 'PRESS', count: 1 },
      { source: 'OTHER', count: 0 },
      { source: 'UNKNOWN', count: 4 },
    ]);
  });

  it('gives the share of enrolled and of programme placements with each value known', () => {
    const { indicators, members } = evaluated();
    // Enrolled 7: birth date 5 (not e4, e6) = 0.714285… → 0.7143; source 3 → 0.4286;
    // occupation 1 → 0.1429. Programme placements 5: scope missing c → 0.8; salary missing d → 0.8.
    expect(indicators.dataCompleteness).toEqual({
      birthDate: 0.7143,
      recruitmentSource: 0.4286,
      previousOccupation: 0.1429,
      placementJobScope: 0.8,
      placementSalary: 0.8,
    });
    expect(members.get('dataCompleteness.birthDate.missing')).toEqual(['e4', 'e6']);
  });
});
