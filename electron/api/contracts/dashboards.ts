import { z } from 'zod';
import { recruitmentSources, workshopTypes } from '../../domain/codes';
import {
  ageBands,
  ageGroups,
  retentionMonths,
  tenureMonths,
  timeToPlacementBands,
} from '../../domain/crf1/indicator-types';
import { isoDateSchema } from './audit';
import { id } from './fields';

const count = z.number().int().nonnegative();
const rate = z.number().nullable();
const literalOf = <T extends number>(values: readonly T[]) =>
  z.union(values.map((v) => z.literal(v)) as unknown as [z.ZodLiteral<T>, z.ZodLiteral<T>, ...z.ZodLiteral<T>[]]);
const stats = z.object({ n: count, mean: rate, sd: rate });

/** CRF-1 §5 indicators.json, field for field (electron/domain/crf1/indicator-types.ts). */
export const indicatorsSchema = z.object({
  format: z.literal('crf'),
  version: z.literal(1),
  centre: z.string(),
  periodEnd: z.string(),
  participants: z.object({ total: count, active: count }),
  placement: z.object({ placed: count, rate }),
  age: z.object({
    knownActive: count,
    meanActive: rate,
    bands: z.array(z.object({ band: z.enum(ageBands), count, share: rate })),
  }),
  timeToFirstPlacement: z.array(z.object({ band: z.enum(timeToPlacementBands), count, share: rate })),
  retention: z.array(
    z.object({
      months: literalOf(retentionMonths),
      eligible: count,
      employed: count,
      employedRate: rate,
      sameJob: count,
      sameJobRate: rate,
    }),
  ),
  placementByTenure: z.array(z.object({ minMonths: literalOf(tenureMonths), cohort: count, placed: count, rate })),
  placementsFoundBy: z.object({ total: count, self: count, programme: count, selfShare: rate }),
  currentEmployment: z.object({ employed: count, jobScope: stats, salary: stats }),
  byAgeGroup: z.array(
    z.object({
      group: z.enum(ageGroups),
      size: count,
      employed: count,
      employedRate: rate,
      meanJobScope: rate,
      meanSalary: rate,
      meanFteSalary: rate,
    }),
  ),
  recruitmentSources: z.array(z.object({ source: z.enum([...recruitmentSources, 'UNKNOWN']), count })),
  workshops: z.array(
    z.object({
      type: z.enum(workshopTypes),
      instances: count,
      enrolled: count,
      completed: count.nullable(),
      attendances: count,
      attendanceRate: rate,
    }),
  ),
  coaches: z.array(
    z.object({
      coach: z.string(),
      activeCaseload: count,
      meetingsInPeriod: count,
      placementRate: rate,
      noContact90: count,
    }),
  ),
  dataCompleteness: z.object({
    birthDate: rate,
    recruitmentSource: rate,
    previousOccupation: rate,
    placementJobScope: rate,
    placementSalary: rate,
  }),
});

/** An indicator path: dotted words, band labels and staff codes ('age.bands.<=44', 'coaches.S03.noContact90'). */
const indicatorPath = z
  .string()
  .max(80)
  .regex(/^[A-Za-z0-9_<>=+-]+(\.[A-Za-z0-9_<>=+-]+)*$/, { message: 'validation.dashboards.indicator_path' });

const name = { firstName: z.string(), lastName: z.string() };
const participantGaps = z.object({ total: count, rows: z.array(z.object({ participantId: id, ...name })) });
const placementGaps = z.object({
  total: count,
  rows: z.array(z.object({ participantId: id, placementId: id, startDate: z.string(), ...name })),
});

export const dashboardsContract = {
  'dashboards.centre': {
    input: z.object({ periodEnd: isoDateSchema, coachId: id.optional() }).strict(),
    output: z.object({ scope: z.enum(['centre', 'caseload']), coachId: id.nullable(), indicators: indicatorsSchema }),
  },
  'dashboards.members': {
    input: z
      .object({
        periodEnd: isoDateSchema,
        path: indicatorPath,
        coachId: id.optional(),
        offset: z.number().int().min(0).max(1_000_000).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    output: z.object({
      path: z.string(),
      total: count,
      offset: count,
      rows: z.array(z.object({ participantId: id, ...name, status: z.string(), coachName: z.string().nullable() })),
    }),
  },
  'dashboards.coachReport': {
    input: z
      .object({
        coachId: id,
        // A month of the programme's era: year 0000 has no calendar arithmetic the report can do.
        month: z.string().regex(/^(19\d\d|2\d{3})-(0[1-9]|1[0-2])$/, { message: 'validation.dashboards.month' }),
      })
      .strict(),
    output: z.object({
      coach: z.object({ id, displayName: z.string(), staffCode: z.string() }),
      month: z.string(),
      periodStart: z.string(),
      periodEnd: z.string(),
      activeCaseload: count,
      enrolled: count,
      placed: count,
      placementRate: rate,
      meetingsHeld: count,
      eventsAttended: count,
      noContact90: z.array(z.object({ participantId: id, ...name, lastContact: z.string() })),
    }),
  },
  'dashboards.completeness': {
    input: z.object({ periodEnd: isoDateSchema, coachId: id.optional() }).strict(),
    output: z.object({
      periodEnd: z.string(),
      shares: indicatorsSchema.shape.dataCompleteness,
      birthDate: participantGaps,
      recruitmentSource: participantGaps,
      previousOccupation: participantGaps,
      placementJobScope: placementGaps,
      placementSalary: placementGaps,
    }),
  },
} as const;
