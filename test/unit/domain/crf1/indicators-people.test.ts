/**
 * §5 participant, age, placement and time-to-placement families, derived by hand in the
 * comments. E = 2026-10-31 unless a test says otherwise.
 */
import { describe, expect, it } from 'vitest';
import { computeIndicators, evaluateIndicators } from '../../../../electron/domain/crf1/indicators';
import { job, person, records } from './builders';

const E = '2026-10-31';

describe('participants, placement rate and age', () => {
  const data = records({
    participants: [
      // Born 1 Nov 1980: 45 on E (46 the day after) → band 45-49.
      person('p1', '2026-01-10', { birthDate: '1980-11-01' }),
      // Enrolled on E itself: enrolled and active. 60 on E exactly → 60-64.
      person('p2', E, { birthDate: '1966-10-31' }),
      // Enrolled the day after E: not counted anywhere.
      person('p3', '2026-11-01', { birthDate: '1990-01-01' }),
      // Exit on E: enrolled but not active (active needs exitDate > E); no age band.
      person('p4', '2025-05-01', { exitDate: E, birthDate: '1950-01-01' }),
      // Exit the day after E: still active; no birth date → not in knownActive.
      person('p5', '2025-05-01', { exitDate: '2026-11-01' }),
      // No enrolment date: an inquiry, never counted.
      person('p6', null, { birthDate: '1970-01-01' }),
      // Born 29 Feb 1956: 70 on 28 Feb 2026 → 70 on E → 70-74.
      person('p7', '2024-02-29', { birthDate: '1956-02-29' }),
    ],
    placements: [
      job('p1', 'a', '2026-01-09'), // starts the day before enrolment: not a programme placement
      job('p2', 'b', E), // starts on E: counts
      job('p5', 'c', '2026-11-01'), // starts after E: ignored
      job('p4', 'd', '2025-09-01'), // exited since, still placed: 4 completed months → 4-6
      job('p6', 'e', '2026-01-01'), // not enrolled: ignored
    ],
  });
  // Evaluated inside each test, not while the file is collected: Stryker switches a mutant on
  // only when the tests start, so a figure computed at collection never sees it.
  const evaluated = () => evaluateIndicators(data, E, 'TLV');

  it('counts enrolled (total) and active with the boundaries on E', () => {
    const { indicators, members } = evaluated();
    // Enrolled: p1, p2, p4, p5, p7 = 5. Active: p1, p2, p5, p7 = 4.
    expect(indicators.participants).toEqual({ total: 5, active: 4 });
    expect(members.get('participants.active')).toEqual(['p1', 'p2', 'p5', 'p7']);
  });

  it('counts as placed only programme placements started by E', () => {
    const { indicators, members } = evaluated();
    // p2 (start on E) and p4 (exited, placed earlier): 2 of 5 = 0.4.
    expect(indicators.placement).toEqual({ placed: 2, rate: 0.4 });
    expect(members.get('placement.placed')).toEqual(['p2', 'p4']);
  });

  it('bands the active with a birth date and takes the mean of whole years', () => {
    const { indicators, members } = evaluated();
    // Ages 45, 60, 70: mean 175/3 = 58.333… → 58.33; each band 1 of 3 = 0.3333.
    expect(indicators.age.knownActive).toBe(3);
    expect(indicators.age.meanActive).toBe(58.33);
    const bands = Object.fromEntries(indicators.age.bands.map((b) => [b.band, [b.count, b.share]]));
    expect(bands).toEqual({
      '<=44': [0, 0],
      '45-49': [1, 0.3333],
      '50-54': [0, 0],
      '55-59': [0, 0],
      '60-64': [1, 0.3333],
      '65-69': [0, 0],
      '70-74': [1, 0.3333],
      '75+': [0, 0],
    });
    expect(members.get('age.bands.70-74')).toEqual(['p7']);
  });

  it('bands the completed months from enrolment to the first placement', () => {
    const { indicators } = evaluated();
    // p2: 0 months → 0-3; p4: 1 May → 1 Sep = 4 months → 4-6. Shares of placed (2).
    const bands = Object.fromEntries(indicators.timeToFirstPlacement.map((b) => [b.band, [b.count, b.share]]));
    expect(bands).toEqual({
      '0-3': [1, 0.5],
      '4-6': [1, 0.5],
      '7-9': [0, 0],
      '10-12': [0, 0],
      '13-18': [0, 0],
      '19-24': [0, 0],
      '25+': [0, 0],
    });
  });

  it('uses the clamped month end for time to placement', () => {
    // Enrolled 31 Jan; a start on 28 Feb is one completed month (→ 0-3 either way), so band
    // edges are checked at 3 → 4: 31 Jan + 4 months = 31 May; a start on 30 May is 3 months.
    const edge = records({
      participants: [person('x', '2026-01-31'), person('y', '2026-01-31')],
      placements: [job('x', '1', '2026-05-30'), job('y', '1', '2026-05-31')],
    });
    const bands = computeIndicators(edge, E, 'TLV').timeToFirstPlacement;
    expect(bands.find((b) => b.band === '0-3')?.count).toBe(1);
    expect(bands.find((b) => b.band === '4-6')?.count).toBe(1);
  });

  it('ages a 29 February birthday on 28 February of a common year, on the 29th in a leap year', () => {
    const bandOn = (birthDate: string, periodEnd: string): string | undefined =>
      computeIndicators(
        records({ participants: [person('z', '2020-01-01', { birthDate })] }),
        periodEnd,
        'TLV',
      ).age.bands.find((b) => b.count === 1)?.band;
    // 29 Feb 1960 + 66 years = 28 Feb 2026 (clamped): 66 on 28 Feb 2026 → 65-69; 65 on the 27th → 65-69 too,
    // so the band edge is checked where it moves: born 29 Feb 1976, 50 on 28 Feb 2026 → 50-54, 49 on the 27th.
    expect(bandOn('1960-02-29', '2026-02-28')).toBe('65-69');
    expect(bandOn('1976-02-29', '2026-02-28')).toBe('50-54');
    expect(bandOn('1976-02-29', '2026-02-27')).toBe('45-49');
    // 2024 is a leap year: born 29 Feb 1964 is 59 on 28 Feb 2024 and 60 on the 29th.
    expect(bandOn('1964-02-29', '2024-02-28')).toBe('55-59');
    expect(bandOn('1964-02-29', '2024-02-29')).toBe('60-64');
  });

  it('has null rates and means when nobody is enrolled', () => {
    const none = computeIndicators(records({ participants: [person('q', null)] }), E, 'TLV');
    expect(none.participants).toEqual({ total: 0, active: 0 });
    expect(none.placement).toEqual({ placed: 0, rate: null });
    expect(none.age.meanActive).toBeNull();
    expect(none.age.bands.every((b) => b.count === 0 && b.share === null)).toBe(true);
    expect(none.timeToFirstPlacement.every((b) => b.share === null)).toBe(true);
    expect(none.dataCompleteness).toEqual({
      birthDate: null,
      recruitmentSource: null,
      previousOccupation: null,
      placementJobScope: null,
      placementSalary: null,
    });
    expect(none.currentEmployment.jobScope).toEqual({ n: 0, mean: null, sd: null });
  });

  it('writes the header fields and every family in §5 order', () => {
    const { indicators } = evaluated();
    expect(Object.keys(indicators)).toEqual([
      'format',
      'version',
      'centre',
      'periodEnd',
      'participants',
      'placement',
      'age',
      'timeToFirstPlacement',
      'retention',
      'placementByTenure',
      'placementsFoundBy',
      'currentEmployment',
      'byAgeGroup',
      'recruitmentSources',
      'workshops',
      'coaches',
      'dataCompleteness',
    ]);
    expect([indicators.format, indicators.version, indicators.centre, indicators.periodEnd]).toEqual([
      'crf',
      1,
      'TLV',
      E,
    ]);
  });
});
