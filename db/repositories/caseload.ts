import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../open';
import { caseloadSortFields, type CaseloadSortField } from '../../electron/domain/caseload-sort';
import { AGE_ORDER_KEY, type participants } from '../schema/participants';
import { addDays, currentAge, daysBetween } from '../../electron/domain/dates';

/**
 * The caseload list: one page of participants, filtered and sorted, with the figures a coach
 * scans for (days since last contact, the 90-day flag, age). Filters and sort keys come from
 * fixed lists below, so the SQL is assembled from constants and every value is bound.
 */

type ParticipantRow = typeof participants.$inferSelect;
export type ParticipantStatus = ParticipantRow['status'];
export type Track = NonNullable<ParticipantRow['track']>;
export type TrafficLight = NonNullable<ParticipantRow['trafficLight']>;
export type ScreeningOutcome = NonNullable<ParticipantRow['screeningOutcome']>;

export { caseloadSortFields as CASELOAD_SORT_FIELDS, type CaseloadSortField };

export const CASELOAD_MAX_PAGE_SIZE = 100;
export const CASELOAD_DEFAULT_PAGE_SIZE = 50;
/** Stay in contact at least once a quarter; flag anyone active with no contact for longer (DOMAIN.md). */
export const NO_CONTACT_DAYS = 90;

export interface CaseloadQuery {
  status?: ParticipantStatus[];
  track?: Track[];
  trafficLight?: TrafficLight[];
  /** A coach's id, or null for participants without a coach. */
  coachId?: number | null;
  populationTag?: string;
  /** Only active participants whose last contact is over 90 days ago, or who have none recorded. */
  noContactOver90?: boolean;
  screeningOutcome?: ScreeningOutcome;
  /** Screened or invited, and eligible or approved by the coordinator: who may be invited to a conference. */
  invitable?: boolean;
  sort?: CaseloadSortField;
  direction?: 'asc' | 'desc';
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

export interface CaseloadRow {
  id: number;
  firstName: string;
  lastName: string;
  status: ParticipantStatus;
  track: Track | null;
  trafficLight: TrafficLight | null;
  coachId: number | null;
  coachName: string | null;
  enrolmentDate: string | null;
  lastContactDate: string | null;
  /** Whole days from the last contact to today; null when no contact is recorded. */
  daysSinceContact: number | null;
  /** Active and out of contact for over 90 days (or never contacted). */
  flaggedNoContact: boolean;
  /** From the birth date on `today`, else the age given at inquiry; null when neither is known. */
  age: number | null;
  city: string | null;
  /** Canonical national digits. */
  phone: string | null;
  populationTags: string[];
  screeningOutcome: ScreeningOutcome | null;
  decision: 'approved' | 'rejected' | null;
}

export interface CaseloadPage {
  rows: CaseloadRow[];
  total: number;
}

const STATUS_ORDER = sql.raw(`CASE p.status WHEN 'inquiry' THEN 0 WHEN 'screened' THEN 1 WHEN 'invited' THEN 2
  WHEN 'intake' THEN 3 WHEN 'active' THEN 4 ELSE 5 END`);
const TRAFFIC_ORDER = sql.raw(`CASE p.traffic_light WHEN 'GREEN' THEN 0 WHEN 'YELLOW' THEN 1 WHEN 'RED' THEN 2 END`);

/**
 * Sort keys, most significant first; the id always ends the list so equal keys keep a stable
 * order across pages. Plain columns let SQLite walk an index instead of sorting the table
 * (an index holds the row id after its columns, so "last_name, first_name, id" is its order).
 */
const SORT_KEYS: Record<CaseloadSortField, SQL[]> = {
  lastName: [sql.raw('p.last_name'), sql.raw('p.first_name')],
  firstName: [sql.raw('p.first_name'), sql.raw('p.last_name')],
  status: [STATUS_ORDER],
  enrolmentDate: [sql.raw('p.enrolment_date')],
  lastContactDate: [sql.raw('p.last_contact_date')],
  trafficLight: [TRAFFIC_ORDER],
  // The (estimated) birth date, which the participants_age index holds in order; youngest
  // first is the latest date first, so this key runs against the requested direction.
  age: [sql.raw(AGE_ORDER_KEY)],
  updatedAt: [sql.raw('p.updated_at')],
};
const REVERSED_KEYS: ReadonlySet<CaseloadSortField> = new Set(['age']);

const COLUMNS = sql.raw(`p.id, p.first_name AS firstName, p.last_name AS lastName, p.status, p.track,
  p.traffic_light AS trafficLight, p.coach_id AS coachId, s.display_name AS coachName,
  p.enrolment_date AS enrolmentDate, p.last_contact_date AS lastContactDate,
  p.birth_date AS birthDate, p.age_at_inquiry AS ageAtInquiry, p.created_at AS createdAt, p.city, p.phone,
  p.population_tags AS populationTags, p.screening_outcome AS screeningOutcome, p.decision`);

interface RawRow extends Omit<CaseloadRow, 'daysSinceContact' | 'flaggedNoContact' | 'age' | 'populationTags'> {
  birthDate: string | null;
  createdAt: string;
  ageAtInquiry: number | null;
  populationTags: string | null;
}

function toRow(raw: RawRow, today: string): CaseloadRow {
  const { birthDate, ageAtInquiry, createdAt, populationTags, ...rest } = raw;
  const daysSinceContact = raw.lastContactDate === null ? null : daysBetween(raw.lastContactDate, today);
  return {
    ...rest,
    daysSinceContact,
    flaggedNoContact: raw.status === 'active' && (daysSinceContact === null || daysSinceContact > NO_CONTACT_DAYS),
    age: currentAge({ birthDate, ageAtInquiry, inquiredOn: createdAt.slice(0, 10) }, today),
    populationTags: populationTags ? (JSON.parse(populationTags) as string[]) : [],
  };
}

function inList(column: string, values: readonly string[]): SQL {
  return sql`${sql.raw(column)} IN (${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )})`;
}

function conditions(query: CaseloadQuery, today: string): SQL[] {
  const where: SQL[] = [];
  if (query.status?.length) where.push(inList('p.status', query.status));
  if (query.track?.length) where.push(inList('p.track', query.track));
  if (query.trafficLight?.length) where.push(inList('p.traffic_light', query.trafficLight));
  if (query.coachId === null) where.push(sql`p.coach_id IS NULL`);
  else if (query.coachId !== undefined) where.push(sql`p.coach_id = ${query.coachId}`);
  if (query.populationTag !== undefined) {
    // The column is a JSON array of codes; a quoted code cannot match part of another code.
    // Saying "not the empty list" lets SQLite use the partial index of tagged participants.
    where.push(sql`p.population_tags <> '[]' AND instr(p.population_tags, ${JSON.stringify(query.populationTag)}) > 0`);
  }
  if (query.noContactOver90) {
    const cutoff = addDays(today, -NO_CONTACT_DAYS);
    where.push(sql`p.status = 'active' AND (p.last_contact_date IS NULL OR p.last_contact_date < ${cutoff})`);
  }
  if (query.screeningOutcome !== undefined) where.push(sql`p.screening_outcome = ${query.screeningOutcome}`);
  if (query.invitable) {
    where.push(
      sql`p.status IN ('screened', 'invited') AND (p.decision IS NULL OR p.decision = 'approved') AND (p.screening_outcome = 'eligible' OR p.decision = 'approved')`,
    );
  }
  return where;
}

/**
 * Sort orders with an index in that order and no filter correlated with it: names and age. When many
 * rows match, walking such an index and stopping after the page reads a few hundred rows,
 * where sorting every match reads them all.
 */
const WALKABLE_INDEX: Partial<Record<CaseloadSortField, string>> = {
  lastName: 'participants_last_name',
  age: 'participants_age',
};

/**
 * Walking visits about (offset + pageSize) × rows / total rows; sorting visits `total`. The
 * largest id stands in for the row count, which costs a count of its own.
 */
function shouldWalk(db: Db, total: number, depth: number): boolean {
  const rows = db.get<{ n: number | null }>(sql`SELECT max(id) AS n FROM participants`)?.n ?? total;
  return depth * rows < total * total;
}

/** `today` is the ISO calendar date the day counts and ages are computed for. */
export function listCaseload(db: Db, query: CaseloadQuery, today: string): CaseloadPage {
  const pageSize = Math.max(
    1,
    Math.min(Math.floor(query.pageSize ?? CASELOAD_DEFAULT_PAGE_SIZE), CASELOAD_MAX_PAGE_SIZE),
  );
  const page = Math.max(1, Math.floor(query.page ?? 1));
  const offset = (page - 1) * pageSize;
  const sort = query.sort ?? 'lastName';
  const descending = (query.direction === 'desc') !== REVERSED_KEYS.has(sort);
  const direction = sql.raw(descending ? 'DESC' : 'ASC');
  const sortKeys = [...SORT_KEYS[sort], sql.raw('p.id')];

  const filters = conditions(query, today);
  const where = filters.length > 0 ? sql`WHERE ${sql.join(filters, sql` AND `)}` : sql``;
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM participants p ${where}`)?.n ?? 0;
  if (total <= offset) return { rows: [], total };

  const walkIndex = WALKABLE_INDEX[sort];
  const from =
    walkIndex !== undefined && shouldWalk(db, total, offset + pageSize)
      ? sql.raw(`participants p INDEXED BY ${walkIndex}`)
      : sql.raw('participants p');
  const orderBy = sql.join(
    sortKeys.map((key) => sql`${key} ${direction}`),
    sql`, `,
  );
  // Ids first, so the sort touches only the columns it needs; then the page's rows in full.
  const ids = db
    .all<{ id: number }>(sql`SELECT p.id FROM ${from} ${where} ORDER BY ${orderBy} LIMIT ${pageSize} OFFSET ${offset}`)
    .map((row) => row.id);
  const byId = new Map(
    db
      .all<RawRow>(
        sql`SELECT ${COLUMNS} FROM participants p LEFT JOIN staff s ON s.id = p.coach_id
          WHERE p.id IN (${sql.join(
            ids.map((id) => sql`${id}`),
            sql`, `,
          )})`,
      )
      .map((row) => [row.id, row]),
  );
  return { rows: ids.map((id) => toRow(byId.get(id) as RawRow, today)), total };
}
