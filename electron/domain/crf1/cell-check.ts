/**
 * One CRF-1 cell against its column (./columns): the reason it is wrong, or null. The export
 * checks every cell it is about to write with this; the migration importer can check what it
 * reads with the same rules (its text-to-occupation mapping comes on top, see §7).
 * Reasons are short codes; callers turn them into translated messages.
 */
import { isIsoDate } from '../dates';
import { normaliseIsraeliId } from '../israeli-id';
import { isOccupationCode } from '../occupations';
import { EXPORT_PID, STAFF_CODE, type Column, type CrfFormat } from './columns';

export type CellProblem =
  | 'required'
  | 'must_be_empty'
  | 'unknown_code'
  | 'date'
  | 'integer'
  | 'out_of_range'
  | 'decimal'
  | 'pid'
  | 'staff_code'
  | 'national_id'
  | 'occupation_code'
  | 'line_break';

function checkInteger(value: string, min?: number, max?: number): CellProblem | null {
  if (!/^-?\d+$/.test(value)) return 'integer';
  const n = Number(value);
  if ((min !== undefined && n < min) || (max !== undefined && n > max)) return 'out_of_range';
  return null;
}

export function checkCell(column: Column, value: string, format: CrfFormat): CellProblem | null {
  if (value === '') {
    const required = format === 'export' ? column.exportRequired : column.required;
    return required ? 'required' : null;
  }
  if (format === 'export' && column.exportEmpty) return 'must_be_empty';
  const kind = column.kind;
  switch (kind.type) {
    case 'code':
      return kind.codes.includes(value) ? null : 'unknown_code';
    case 'codeList':
      return value.split(';').every((code) => kind.codes.includes(code)) ? null : 'unknown_code';
    case 'date':
      return isIsoDate(value) ? null : 'date';
    case 'integer':
      return checkInteger(value, kind.min, kind.max);
    case 'decimal':
      return /^-?\d+(\.\d+)?$/.test(value) ? null : 'decimal';
    case 'pid':
      return format === 'export' && !EXPORT_PID.test(value) ? 'pid' : null;
    case 'staff':
      return format === 'export' && !STAFF_CODE.test(value) ? 'staff_code' : null;
    case 'nationalId':
      return normaliseIsraeliId(value) === null ? 'national_id' : null;
    case 'occupation':
      // The migration format may carry an older system's text; the importer maps it (§7).
      return format === 'export' && !isOccupationCode(value) ? 'occupation_code' : null;
    case 'key':
      return format === 'export' && /[\r\n]/.test(value) ? 'line_break' : null;
    case 'text':
      return null;
  }
}
