/**
 * CRF-1 §5 indicators, with §7's clarifications, from plain record arrays. This is the one
 * implementation: the export writes its result as indicators.json (and recomputes it from the
 * CSVs it is about to write), the dashboards show it, and the central office pools bundles
 * through it. Pure: no database, no clock; the period end is given.
 *
 * Every count is the length of a member list (./tally), and `evaluateIndicators` returns both,
 * so a dashboard's drill-down list is exactly the people its number counted.
 */
import { recruitmentSources } from '../codes';
import type { IsoDate } from '../dates';
import { addMonths, ageAt, completedMonths } from './dates';
import { MeanSd, ratioOf, share, type Ratio } from './exact';
import {
  ageBands,
  ageGroups,
  retentionMonths,
  tenureMonths,
  timeToPlacementBands,
  type AgeBand,
  type AgeGroup,
  type IndicatorMembers,
  type Indicators,
  type SourceCode,
  type TimeToPlacementBand,
} from './indicator-types';
import { coachIndicators } from './coach-indicators';
import type { CentreRecords } from './records';
import { covers, employedAt, selectPeople, type Person } from './selection';
import { Tally } from './tally';
import { workshopIndicators } from './workshop-indicators';

export * from './indicator-types';

export function ageBandOf(age: number): AgeBand {
  if (age <= 44) return '<=44';
  if (age >= 75) return '75+';
  const low = 45 + 5 * Math.floor((age - 45) / 5);
  return `${low}-${low + 4}` as AgeBand;
}

export function timeToPlacementBandOf(months: number): TimeToPlacementBand {
  if (months <= 3) return '0-3';
  if (months <= 6) return '4-6';
  if (months <= 9) return '7-9';
  if (months <= 12) return '10-12';
  if (months <= 18) return '13-18';
  if (months <= 24) return '19-24';
  return '25+';
}

/** Age at E from a birth date; a birth date after E (a typing error) counts as unknown. */
function ageOf(person: Person, periodEnd: IsoDate): number | null {
  const birthDate = person.record.birthDate;
  return birthDate === null || birthDate > periodEnd ? null : ageAt(birthDate, periodEnd);
}

function stats(acc: MeanSd): { n: number; mean: number | null; sd: number | null } {
  return { n: acc.n, mean: acc.mean(), sd: acc.sd() };
}

/**
 * Tally paths named per person are looked up in these, not built: a string made afresh for
 * every person (250,000 in a programme's pooled records) is hashed afresh on every lookup.
 */
const pathsOf = <K extends string>(keys: readonly K[], path: (key: K) => string): Record<K, string> =>
  Object.fromEntries(keys.map((key) => [key, path(key)])) as Record<K, string>;
const AGE_BAND_PATH = pathsOf(ageBands, (band) => `age.bands.${band}`);
const TIME_BAND_PATH = pathsOf(timeToPlacementBands, (band) => `timeToFirstPlacement.${band}`);
const SOURCE_PATH = pathsOf([...recruitmentSources, 'UNKNOWN'], (s) => `recruitmentSources.${s}`);

function peopleFamilies(people: readonly Person[], periodEnd: IsoDate, tally: Tally) {
  const activeAges = new MeanSd();
  for (const band of ageBands) tally.open(`age.bands.${band}`);
  for (const band of timeToPlacementBands) tally.open(`timeToFirstPlacement.${band}`);
  for (const p of ['participants.total', 'participants.active', 'placement.placed', 'age.knownActive']) tally.open(p);
  for (const person of people) {
    tally.add('participants.total', person.pid);
    const age = ageOf(person, periodEnd);
    if (person.active) {
      tally.add('participants.active', person.pid);
      if (age !== null) {
        tally.add('age.knownActive', person.pid);
        tally.add(AGE_BAND_PATH[ageBandOf(age)], person.pid);
        activeAges.add(age);
      }
    }
    if (person.first === null) continue;
    tally.add('placement.placed', person.pid);
    const months = completedMonths(person.enrolmentDate, person.first.startDate);
    tally.add(TIME_BAND_PATH[timeToPlacementBandOf(months)], person.pid);
  }
  const known = tally.count('age.knownActive');
  const placed = tally.count('placement.placed');
  return {
    participants: { total: tally.count('participants.total'), active: tally.count('participants.active') },
    placement: { placed, rate: share(placed, tally.count('participants.total')) },
    age: {
      knownActive: known,
      meanActive: activeAges.mean(),
      bands: ageBands.map((band) => {
        const count = tally.count(`age.bands.${band}`);
        return { band, count, share: share(count, known) };
      }),
    },
    timeToFirstPlacement: timeToPlacementBands.map((band) => {
      const count = tally.count(`timeToFirstPlacement.${band}`);
      return { band, count, share: share(count, placed) };
    }),
  };
}

function retentionFamily(people: readonly Person[], periodEnd: IsoDate, tally: Tally) {
  return retentionMonths.map((months) => {
    const path = pathsOf(['eligible', 'employed', 'sameJob'], (field) => `retention.${months}.${field}`);
    for (const field of Object.values(path)) tally.open(field);
    for (const person of people) {
      if (person.first === null) continue;
      const day = addMonths(person.first.startDate, months);
      if (day > periodEnd) continue;
      tally.add(path.eligible, person.pid);
      if (employedAt(person, day)) tally.add(path.employed, person.pid);
      if (covers(person.first, day)) tally.add(path.sameJob, person.pid);
    }
    const eligible = tally.count(path.eligible);
    const employed = tally.count(path.employed);
    const sameJob = tally.count(path.sameJob);
    return {
      months,
      eligible,
      employed,
      employedRate: share(employed, eligible),
      sameJob,
      sameJobRate: share(sameJob, eligible),
    };
  });
}

function tenureFamily(people: readonly Person[], periodEnd: IsoDate, tally: Tally) {
  // addMonths(enrolment, m) ≤ E exactly when m ≤ completedMonths(enrolment, E) (addMonths grows
  // with m): one date computation per person instead of one per person and cohort.
  const tenure = people.map((person) => completedMonths(person.enrolmentDate, periodEnd));
  return tenureMonths.map((minMonths) => {
    const path = pathsOf(['cohort', 'placed'], (field) => `placementByTenure.${minMonths}.${field}`);
    tally.open(path.cohort);
    tally.open(path.placed);
    people.forEach((person, i) => {
      // The cohort ignores exit (§7): someone who left after a month stays in the 24-month cohort.
      if (tenure[i]! < minMonths) return;
      tally.add(path.cohort, person.pid);
      if (person.first !== null) tally.add(path.placed, person.pid);
    });
    const cohort = tally.count(path.cohort);
    const placed = tally.count(path.placed);
    return { minMonths, cohort, placed, rate: share(placed, cohort) };
  });
}

/** Current employment and the age groups: every enrolled participant, exited ones included (§7). */
function employmentFamilies(people: readonly Person[], periodEnd: IsoDate, tally: Tally) {
  const scope = new MeanSd();
  const salary = new MeanSd();
  const groups = new Map<AgeGroup, { scope: MeanSd; salary: MeanSd; fte: MeanSd }>(
    ageGroups.map((g) => [g, { scope: new MeanSd(), salary: new MeanSd(), fte: new MeanSd() }]),
  );
  for (const field of ['employed', 'jobScope', 'salary']) tally.open(`currentEmployment.${field}`);
  for (const g of ageGroups) for (const f of ['size', 'employed']) tally.open(`byAgeGroup.${g}.${f}`);
  for (const person of people) {
    const current = person.current;
    if (current !== null) {
      tally.add('currentEmployment.employed', person.pid);
      if (current.jobScopePct !== null) {
        tally.add('currentEmployment.jobScope', person.pid);
        scope.add(current.jobScopePct);
      }
      if (current.monthlySalaryNis !== null) {
        tally.add('currentEmployment.salary', person.pid);
        salary.add(current.monthlySalaryNis);
      }
    }
    const age = ageOf(person, periodEnd);
    if (age === null) continue;
    const group: AgeGroup = age <= 60 ? '<=60' : '>60';
    const acc = groups.get(group)!;
    tally.add(`byAgeGroup.${group}.size`, person.pid);
    if (current === null) continue;
    tally.add(`byAgeGroup.${group}.employed`, person.pid);
    if (current.jobScopePct !== null) acc.scope.add(current.jobScopePct);
    if (current.monthlySalaryNis !== null) acc.salary.add(current.monthlySalaryNis);
    if (current.jobScopePct !== null && current.monthlySalaryNis !== null && current.jobScopePct !== 0) {
      const s = ratioOf(current.monthlySalaryNis);
      const j = ratioOf(current.jobScopePct);
      const fte: Ratio = { num: s.num * 100n * j.den, den: s.den * j.num };
      acc.fte.add(fte.den < 0n ? { num: -fte.num, den: -fte.den } : fte);
    }
  }
  return {
    currentEmployment: {
      employed: tally.count('currentEmployment.employed'),
      jobScope: stats(scope),
      salary: stats(salary),
    },
    byAgeGroup: ageGroups.map((group) => {
      const acc = groups.get(group)!;
      const size = tally.count(`byAgeGroup.${group}.size`);
      const employed = tally.count(`byAgeGroup.${group}.employed`);
      return {
        group,
        size,
        employed,
        employedRate: share(employed, size),
        meanJobScope: acc.scope.mean(),
        meanSalary: acc.salary.mean(),
        meanFteSalary: acc.fte.mean(),
      };
    }),
  };
}

function placementAndCompleteness(people: readonly Person[], tally: Tally) {
  const paths = ['total', 'self', 'programme'].map((f) => `placementsFoundBy.${f}`);
  const missing = ['birthDate', 'recruitmentSource', 'previousOccupation', 'placementJobScope', 'placementSalary'];
  for (const p of [...paths, ...missing.map((m) => `dataCompleteness.${m}.missing`)]) tally.open(p);
  const sources: SourceCode[] = [...recruitmentSources, 'UNKNOWN'];
  for (const s of sources) tally.open(`recruitmentSources.${s}`);
  let placements = 0;
  for (const person of people) {
    const r = person.record;
    tally.add(SOURCE_PATH[r.recruitmentSource ?? 'UNKNOWN'], person.pid);
    if (r.birthDate === null) tally.add('dataCompleteness.birthDate.missing', person.pid);
    if (r.recruitmentSource === null) tally.add('dataCompleteness.recruitmentSource.missing', person.pid);
    if (r.previousOccupation === null) tally.add('dataCompleteness.previousOccupation.missing', person.pid);
    for (const p of person.placements) {
      placements += 1;
      tally.add('placementsFoundBy.total', person.pid);
      if (p.foundBy === 'SELF') tally.add('placementsFoundBy.self', person.pid);
      if (p.foundBy === 'PROGRAMME') tally.add('placementsFoundBy.programme', person.pid);
      if (p.jobScopePct === null) tally.add('dataCompleteness.placementJobScope.missing', person.pid);
      if (p.monthlySalaryNis === null) tally.add('dataCompleteness.placementSalary.missing', person.pid);
    }
  }
  const total = tally.count('placementsFoundBy.total');
  const self = tally.count('placementsFoundBy.self');
  const known = (field: string, of: number): number | null =>
    share(of - tally.count(`dataCompleteness.${field}.missing`), of);
  return {
    recruitmentSources: sources.map((source) => ({ source, count: tally.count(`recruitmentSources.${source}`) })),
    placementsFoundBy: {
      total,
      self,
      programme: tally.count('placementsFoundBy.programme'),
      selfShare: share(self, total),
    },
    dataCompleteness: {
      birthDate: known('birthDate', people.length),
      recruitmentSource: known('recruitmentSource', people.length),
      previousOccupation: known('previousOccupation', people.length),
      placementJobScope: known('placementJobScope', placements),
      placementSalary: known('placementSalary', placements),
    },
  };
}

/** The §5 object and the members behind each of its counts, from one pass of the same code. */
export function evaluateIndicators(
  records: CentreRecords,
  periodEnd: IsoDate,
  centreCode: string,
): { indicators: Indicators; members: IndicatorMembers } {
  return evaluate(records, periodEnd, centreCode, new Tally());
}

function evaluate(
  records: CentreRecords,
  periodEnd: IsoDate,
  centreCode: string,
  tally: Tally,
): { indicators: Indicators; members: IndicatorMembers } {
  const selection = selectPeople(records, periodEnd);
  const { people } = selection;
  const basics = peopleFamilies(people, periodEnd, tally);
  const retention = retentionFamily(people, periodEnd, tally);
  const placementByTenure = tenureFamily(people, periodEnd, tally);
  const { placementsFoundBy, recruitmentSources: sources, dataCompleteness } = placementAndCompleteness(people, tally);
  const employment = employmentFamilies(people, periodEnd, tally);
  const workshops = workshopIndicators(records, periodEnd, new Set(selection.byPid.keys()), tally);
  const coaches = coachIndicators(selection, records.meetings, tally);
  const indicators: Indicators = {
    format: 'crf',
    version: 1,
    centre: centreCode,
    periodEnd,
    ...basics,
    timeToFirstPlacement: basics.timeToFirstPlacement,
    retention,
    placementByTenure,
    placementsFoundBy,
    currentEmployment: employment.currentEmployment,
    byAgeGroup: employment.byAgeGroup,
    recruitmentSources: sources,
    workshops,
    coaches,
    dataCompleteness,
  };
  return { indicators, members: tally.members };
}

/** CRF-1 §5 indicators.json for a centre at period end E. */
export function computeIndicators(records: CentreRecords, periodEnd: IsoDate, centreCode: string): Indicators {
  // The same code counting without keeping who: nobody asks for the members here.
  return evaluate(records, periodEnd, centreCode, new Tally(false)).indicators;
}

/** The pids behind each count, by path ('placement.placed', 'coaches.S03.noContact90', …). */
export function indicatorMembers(records: CentreRecords, periodEnd: IsoDate): IndicatorMembers {
  return evaluateIndicators(records, periodEnd, '').members;
}
