/** participants.csv, placements.csv and meetings.csv of a migration bundle (CRF-1 §3, §7). */
import type { IsoDate } from '../dates';
import { normaliseEmail } from '../email';
import { normaliseIsraeliId } from '../israeli-id';
import { normalisePhone } from '../phone';
import { CellReader } from './cells';
import type { ImportTable } from './format';
import type { IssueList } from './issues';
import type { OccupationCell } from './occupation-map';
import type { PlannedMeeting, PlannedParticipant, PlannedPlacement, UnmappedOccupation } from './plan';

export interface PeopleContext {
  issues: IssueList;
  today: IsoDate;
  /** Active staff by lower-cased username. */
  staffByUsername: ReadonlyMap<string, number>;
  mapOccupation: (value: string) => OccupationCell;
  unmapped: UnmappedOccupation[];
}

function staffId<R>(ctx: PeopleContext, cell: CellReader<R>, column: string): number | null {
  const username = cell.text(column);
  if (username === null) return null;
  return ctx.staffByUsername.get(username.toLowerCase()) ?? cell.fail(column, 'unknown_coach');
}

function occupation<R>(
  ctx: PeopleContext,
  cell: CellReader<R>,
  column: string,
  where: Omit<UnmappedOccupation, 'text'>,
): { code: string | null; text: string | null } {
  const value = cell.text(column);
  if (value === null) return { code: null, text: null };
  const mapped = ctx.mapOccupation(value);
  if (mapped.kind === 'unknown_code') {
    cell.fail(column, 'unknown_occupation_code');
    return { code: null, text: null };
  }
  if (mapped.kind === 'unmapped') {
    ctx.unmapped.push({ ...where, text: value });
    return { code: null, text: value };
  }
  return { code: mapped.code, text: mapped.text };
}

export function validateParticipants(ctx: PeopleContext, table: ImportTable): PlannedParticipant[] {
  const file = 'participants.csv';
  const out: PlannedParticipant[] = [];
  const pids = new Set<string>();
  const nationalIds = new Set<string>();
  for (const { row, cells } of table.records) {
    const cell = new CellReader<PlannedParticipant>(ctx.issues, file, row, cells);
    const pid = cell.value('pid');
    if (pid !== null && pids.has(pid)) cell.fail('pid', 'duplicate_key');
    if (pid !== null) pids.add(pid);
    const rawId = cell.text('nationalId');
    let nationalId: string | null = null;
    if (rawId !== null) {
      nationalId = normaliseIsraeliId(rawId);
      if (nationalId === null) cell.fail('nationalId', 'id_check_digit');
      else if (nationalIds.has(nationalId)) cell.fail('nationalId', 'duplicate_national_id');
      else nationalIds.add(nationalId);
    }
    const rawPhone = cell.text('phone');
    const phone = rawPhone === null ? null : normalisePhone(rawPhone, { restoreDroppedZero: true });
    if (rawPhone !== null && phone === null) cell.fail('phone', 'invalid_phone');
    const rawEmail = cell.text('email');
    const email = rawEmail === null ? null : normaliseEmail(rawEmail);
    if (rawEmail !== null && email === null) cell.fail('email', 'invalid_email');
    const enrolmentDate = cell.date('enrolmentDate', ctx.today);
    const exitDate = cell.date('exitDate', ctx.today);
    const exitReason = cell.code('exitReason');
    // The app's lifecycle: only an enrolled person exits, with a date and a reason, not before enrolment.
    if (exitDate !== null && enrolmentDate === null && cell.text('enrolmentDate') === null)
      cell.fail('exitDate', 'exit_without_enrolment');
    if (exitDate !== null && enrolmentDate !== null && exitDate < enrolmentDate)
      cell.fail('exitDate', 'exit_before_enrolment');
    if (exitDate !== null && exitReason === null && cell.text('exitReason') === null)
      cell.fail('exitReason', 'exit_reason_required');
    if (exitReason !== null && cell.text('exitDate') === null) cell.fail('exitReason', 'exit_reason_without_date');
    const firstName = cell.value('firstName');
    const lastName = cell.value('lastName');
    const record: PlannedParticipant = {
      row,
      pid: pid ?? '',
      nationalId,
      firstName: firstName ?? '',
      lastName: lastName ?? '',
      phone,
      email,
      gender: cell.code('gender'),
      birthDate: cell.date('birthDate', ctx.today),
      city: cell.text('city'),
      recruitmentSource: cell.code('recruitmentSource'),
      track: cell.code('track'),
      enrolmentDate,
      exitDate,
      exitReason,
      coachId: staffId(ctx, cell, 'coach'),
      trafficLight: cell.code('trafficLight'),
      populationTags: cell.codeList('populationTags'),
      previousOccupation: null,
      previousOccupationCode: null,
      yearsExperience: cell.integer('yearsExperience'),
    };
    const job = occupation(ctx, cell, 'previousOccupation', { file, row, key: record.pid });
    record.previousOccupation = job.text;
    record.previousOccupationCode = job.code;
    out.push(record);
  }
  return out;
}

export function validatePlacements(
  ctx: PeopleContext,
  table: ImportTable,
  pids: ReadonlySet<string>,
): PlannedPlacement[] {
  const file = 'placements.csv';
  const out: PlannedPlacement[] = [];
  const keys = new Set<string>();
  for (const { row, cells } of table.records) {
    const cell = new CellReader<PlannedPlacement>(ctx.issues, file, row, cells);
    const pid = cell.value('pid');
    if (pid !== null && !pids.has(pid)) cell.fail('pid', 'unknown_pid');
    const placementId = cell.value('placementId');
    if (placementId !== null && keys.has(placementId)) cell.fail('placementId', 'duplicate_key');
    if (placementId !== null) keys.add(placementId);
    const startDate = cell.date('startDate');
    const endDate = cell.date('endDate');
    if (startDate !== null && endDate !== null && endDate < startDate) cell.fail('endDate', 'end_before_start');
    const jobScopePct = cell.integer('jobScopePct', { notWhole: 'job_scope_range', outOfRange: 'job_scope_range' });
    const job = occupation(ctx, cell, 'occupationCode', { file, row, key: placementId ?? '' });
    out.push({
      row,
      pid: pid ?? '',
      placementId: placementId ?? '',
      startDate: startDate ?? '',
      endDate,
      employmentType: cell.code('employmentType'),
      jobScopePct,
      monthlySalaryNis: cell.integer('monthlySalaryNis', { notWhole: 'salary_not_whole' }),
      occupationCode: job.code,
      occupationText: job.text,
      employer: cell.text('employer'),
      foundBy: cell.code('foundBy'),
    });
  }
  return out;
}

export function validateMeetings(ctx: PeopleContext, table: ImportTable, pids: ReadonlySet<string>): PlannedMeeting[] {
  const file = 'meetings.csv';
  const out: PlannedMeeting[] = [];
  const keys = new Set<string>();
  for (const { row, cells } of table.records) {
    const cell = new CellReader<PlannedMeeting>(ctx.issues, file, row, cells);
    const pid = cell.value('pid');
    if (pid !== null && !pids.has(pid)) cell.fail('pid', 'unknown_pid');
    const meetingId = cell.value('meetingId');
    if (meetingId !== null && keys.has(meetingId)) cell.fail('meetingId', 'duplicate_key');
    if (meetingId !== null) keys.add(meetingId);
    const date = cell.date('date');
    const status = cell.code('status');
    out.push({
      row,
      pid: pid ?? '',
      meetingId: meetingId ?? '',
      date: date ?? '',
      staffId: staffId(ctx, cell, 'coach'),
      mode: cell.code('mode'),
      status: status ?? 'ATTENDED',
    });
  }
  return out;
}
