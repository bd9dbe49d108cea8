/** participants.csv, placements.csv and meetings.csv of a migration bundle (CRF-1 §3, §7). */
import {
  employmentTypes,
  exitReasons,
  foundByCodes,
  genders,
  meetingModes,
  meetingStatuses,
  populationTags,
  recruitmentSources,
  tracks,
  trafficLights,
  type PopulationTag,
} from '../codes';
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

function staffId(ctx: PeopleContext, cell: CellReader, column: string): number | null {
  const username = cell.text(column);
  if (username === null) return null;
  return ctx.staffByUsername.get(username.toLowerCase()) ?? cell.fail(column, 'unknown_coach');
}

function occupation(
  ctx: PeopleContext,
  cell: CellReader,
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

function tags(cell: CellReader, column: string): PopulationTag[] {
  const value = cell.text(column);
  if (value === null) return [];
  const parts = value.split(';').map((part) => part.trim());
  if (parts.some((part) => !(populationTags as readonly string[]).includes(part))) {
    cell.fail(column, 'unknown_code');
    return [];
  }
  return [...new Set(parts as PopulationTag[])];
}

export function validateParticipants(ctx: PeopleContext, table: ImportTable): PlannedParticipant[] {
  const file = 'participants.csv';
  const out: PlannedParticipant[] = [];
  const pids = new Set<string>();
  const nationalIds = new Set<string>();
  for (const { row, cells } of table.records) {
    const cell = new CellReader(ctx.issues, file, row, cells);
    const pid = cell.required('pid');
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
    const exitReason = cell.code('exitReason', exitReasons);
    // The app's lifecycle: only an enrolled person exits, with a date and a reason, not before enrolment.
    if (exitDate !== null && enrolmentDate === null && cell.text('enrolmentDate') === null)
      cell.fail('exitDate', 'exit_without_enrolment');
    if (exitDate !== null && enrolmentDate !== null && exitDate < enrolmentDate)
      cell.fail('exitDate', 'exit_before_enrolment');
    if (exitDate !== null && exitReason === null && cell.text('exitReason') === null)
      cell.fail('exitReason', 'exit_reason_required');
    if (exitReason !== null && cell.text('exitDate') === null) cell.fail('exitReason', 'exit_reason_without_date');
    const firstName = cell.required('firstName');
    const lastName = cell.required('lastName');
    const record: PlannedParticipant = {
      row,
      pid: pid ?? '',
      nationalId,
      firstName: firstName ?? '',
      lastName: lastName ?? '',
      phone,
      email,
      gender: cell.code('gender', genders),
      birthDate: cell.date('birthDate', ctx.today),
      city: cell.text('city'),
      recruitmentSource: cell.code('recruitmentSource', recruitmentSources),
      track: cell.code('track', tracks),
      enrolmentDate,
      exitDate,
      exitReason,
      coachId: staffId(ctx, cell, 'coach'),
      trafficLight: cell.code('trafficLight', trafficLights),
      populationTags: tags(cell, 'populationTags'),
      previousOccupation: null,
      previousOccupationCode: null,
      yearsExperience: cell.wholeNumber('yearsExperience'),
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
    const cell = new CellReader(ctx.issues, file, row, cells);
    const pid = cell.required('pid');
    if (pid !== null && !pids.has(pid)) cell.fail('pid', 'unknown_pid');
    const placementId = cell.required('placementId');
    if (placementId !== null && keys.has(placementId)) cell.fail('placementId', 'duplicate_key');
    if (placementId !== null) keys.add(placementId);
    const startDate = cell.text('startDate') === null ? cell.fail('startDate', 'required') : cell.date('startDate');
    const endDate = cell.date('endDate');
    if (startDate !== null && endDate !== null && endDate < startDate) cell.fail('endDate', 'end_before_start');
    const scope = cell.text('jobScopePct');
    let jobScopePct: number | null = null;
    if (scope !== null) {
      jobScopePct = /^\d{1,3}$/.test(scope) && Number(scope) >= 1 && Number(scope) <= 100 ? Number(scope) : null;
      if (jobScopePct === null) cell.fail('jobScopePct', 'job_scope_range');
    }
    const job = occupation(ctx, cell, 'occupationCode', { file, row, key: placementId ?? '' });
    out.push({
      row,
      pid: pid ?? '',
      placementId: placementId ?? '',
      startDate: startDate ?? '',
      endDate,
      employmentType: cell.code('employmentType', employmentTypes),
      jobScopePct,
      monthlySalaryNis: cell.wholeNumber('monthlySalaryNis', 'salary_not_whole'),
      occupationCode: job.code,
      occupationText: job.text,
      employer: cell.text('employer'),
      foundBy: cell.code('foundBy', foundByCodes),
    });
  }
  return out;
}

export function validateMeetings(ctx: PeopleContext, table: ImportTable, pids: ReadonlySet<string>): PlannedMeeting[] {
  const file = 'meetings.csv';
  const out: PlannedMeeting[] = [];
  const keys = new Set<string>();
  for (const { row, cells } of table.records) {
    const cell = new CellReader(ctx.issues, file, row, cells);
    const pid = cell.required('pid');
    if (pid !== null && !pids.has(pid)) cell.fail('pid', 'unknown_pid');
    const meetingId = cell.required('meetingId');
    if (meetingId !== null && keys.has(meetingId)) cell.fail('meetingId', 'duplicate_key');
    if (meetingId !== null) keys.add(meetingId);
    const date = cell.text('date') === null ? cell.fail('date', 'required') : cell.date('date');
    const status =
      cell.text('status') === null ? cell.fail('status', 'required') : cell.code('status', meetingStatuses);
    out.push({
      row,
      pid: pid ?? '',
      meetingId: meetingId ?? '',
      date: date ?? '',
      staffId: staffId(ctx, cell, 'coach'),
      mode: cell.code('mode', meetingModes),
      status: status ?? 'ATTENDED',
    });
  }
  return out;
}
