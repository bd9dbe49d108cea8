/**
 * What a CRF-1 migration bundle holds, as the import reads it (CRF-1 §3 with the identified
 * columns, §7 "Reading a migration bundle"): the migration format of the one column
 * definition (../crf1/columns) the export and its self-check use. An export-only column
 * (birthYear, ageAtPeriodEnd, formerPid) in a migration bundle is reported like any other
 * unknown column: a warning, not imported.
 */
import { columnsFor, crfFileNames, type Column, type CrfFileName } from '../crf1/columns';

export const importFiles = crfFileNames;
export type ImportFile = CrfFileName;

export interface FileFormat {
  /** Every column the import reads, by name, in the order of §3. */
  columns: ReadonlyMap<string, Column>;
  /**
   * Columns that must be in the header: those whose cells must hold a value, and those §7
   * names as required although some cells may be empty (participants.enrolmentDate).
   */
  requiredColumns: readonly string[];
}

function formatOf(file: ImportFile): FileFormat {
  const columns = columnsFor(file, 'migration');
  return {
    columns: new Map(columns.map((c) => [c.name, c])),
    requiredColumns: columns.filter((c) => c.required || c.headerRequired).map((c) => c.name),
  };
}

export const fileFormats: Readonly<Record<ImportFile, FileFormat>> = Object.fromEntries(
  importFiles.map((file) => [file, formatOf(file)]),
) as Record<ImportFile, FileFormat>;

/** A parsed table: cells by column name, spaces-only cells already empty (''). */
export interface ImportTable {
  /** Data records in file order; `row` is the spreadsheet row (the header is row 1). */
  records: { row: number; cells: Readonly<Record<string, string>> }[];
}
