/**
 * A migration bundle's tables → the records to import, or the list of every defect (CRF-1 §7).
 * Pure: the caller parses the files and says which staff usernames exist and what day it is.
 */
import type { IsoDate } from '../dates';
import { fileFormats, importFiles, type ImportFile, type ImportTable } from './format';
import { IssueList } from './issues';
import { occupationMapper } from './occupation-map';
import type { ImportPlan, UnmappedOccupation } from './plan';
import { validateMeetings, validateParticipants, validatePlacements, type PeopleContext } from './validate-people';
import { validateWorkshopRecords } from './validate-workshops';

export interface ParsedBundle {
  /** Tables of the files that parsed, by file name; a file that did not parse is in `issues`. */
  tables: Partial<Record<ImportFile, ImportTable & { header: readonly string[] }>>;
  issues: IssueList;
}

export interface ValidateContext {
  today: IsoDate;
  staffByUsername: ReadonlyMap<string, number>;
}

/** Header checks: a missing required column is an error, an unknown one a warning. */
function checkHeaders(bundle: ParsedBundle): void {
  for (const file of importFiles) {
    const table = bundle.tables[file];
    if (!table) continue;
    const format = fileFormats[file];
    for (const column of format.requiredColumns)
      if (!table.header.includes(column)) bundle.issues.error(file, 1, column, 'missing_column');
    for (const column of table.header)
      if (!format.columns.has(column)) bundle.issues.warn(file, 1, column, 'unknown_column');
  }
}

export function validateBundle(bundle: ParsedBundle, context: ValidateContext): ImportPlan | null {
  const { issues, tables } = bundle;
  if (!tables['participants.csv'] && !issues.errors.some((e) => e.file === 'participants.csv'))
    issues.error('participants.csv', null, null, 'missing_file');
  checkHeaders(bundle);
  // A file missing a required column would report that column empty on every row: stop at the header.
  if (issues.errors.length > 0) return null;
  const unmapped: UnmappedOccupation[] = [];
  const ctx: PeopleContext = {
    issues,
    today: context.today,
    staffByUsername: context.staffByUsername,
    mapOccupation: occupationMapper(),
    unmapped,
  };
  const none: ImportTable = { records: [] };
  const participants = validateParticipants(ctx, tables['participants.csv'] ?? none);
  const pids = new Set(participants.map((p) => p.pid));
  const placements = validatePlacements(ctx, tables['placements.csv'] ?? none, pids);
  const meetings = validateMeetings(ctx, tables['meetings.csv'] ?? none, pids);
  const workshopRecords = validateWorkshopRecords(
    issues,
    {
      workshops: tables['workshops.csv'],
      sessions: tables['sessions.csv'],
      enrolments: tables['enrolments.csv'],
      attendance: tables['attendance.csv'],
    },
    pids,
  );
  if (issues.errors.length > 0) return null;
  return { participants, placements, meetings, ...workshopRecords, unmappedOccupations: unmapped };
}
