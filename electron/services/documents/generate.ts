import { attendanceSheet, attendanceSheetsBatch } from './attendance-sheet';
import { attendanceSummary } from './attendance-summary';
import { coachReport } from './coach-report';
import type { DocumentLanguage, DocumentSpec } from './document-layout';
import { exitLetter } from './exit-letter';
import { withLetterhead } from './letterhead';
import { letterOptions } from '../letters/letter-options';
import { loadExitLetter, loadReferral, loadWorkPlan } from './load-casework';
import { loadCoachReport } from './load-coach-report';
import { loadAttendanceSheet, loadAttendanceSheets, loadAttendanceSummary } from './load-workshops';
import { referralLetter, type LetterOptions } from './referral-letter';
import { renderDocument } from './render';
import type { StoreRuntime } from '../store/runtime';
import { workPlan } from './work-plan';

/**
 * The documents as the app and the CLI make them: data read through the repositories with the
 * caller's access checked, the PDF made in memory, and an audit entry naming the document and
 * the record it is about (never its content). Nothing is written to disk here.
 */
export const documentKinds = [
  'work_plan',
  'attendance_sheet',
  'attendance_sheets',
  'attendance_summary',
  'referral_letter',
  'exit_letter',
  'coach_report',
] as const;
export type DocumentKind = (typeof documentKinds)[number];

export interface GeneratedDocument {
  pdf: Buffer;
  title: string;
}

async function generate(
  runtime: StoreRuntime,
  kind: DocumentKind,
  entityId: number,
  spec: DocumentSpec,
): Promise<GeneratedDocument> {
  const pdf = await renderDocument(spec);
  runtime.audit({ action: 'record_viewed', entity: `document_${kind}`, entityId });
  return { pdf, title: spec.title };
}

export function generateWorkPlan(
  runtime: StoreRuntime,
  input: { participantId: number; version?: number | undefined; lang: DocumentLanguage },
) {
  const data = loadWorkPlan(runtime, input.participantId, input.version);
  return generate(runtime, 'work_plan', input.participantId, workPlan(data, input.lang));
}

export function generateAttendanceSheet(runtime: StoreRuntime, input: { sessionId: number; lang: DocumentLanguage }) {
  const data = loadAttendanceSheet(runtime, input.sessionId);
  return generate(runtime, 'attendance_sheet', input.sessionId, attendanceSheet(data, input.lang));
}

/** Many sessions' sheets as one PDF; one audit entry per session. */
export async function generateAttendanceSheets(
  runtime: StoreRuntime,
  input: { sessionIds: readonly number[]; lang: DocumentLanguage },
): Promise<GeneratedDocument> {
  const sheets = loadAttendanceSheets(runtime, input.sessionIds);
  const spec = attendanceSheetsBatch(sheets, input.lang);
  const pdf = await renderDocument(spec);
  for (const sessionId of input.sessionIds)
    runtime.audit({ action: 'record_viewed', entity: 'document_attendance_sheets', entityId: sessionId });
  return { pdf, title: spec.title };
}

export function generateAttendanceSummary(
  runtime: StoreRuntime,
  input: { instanceId: number; lang: DocumentLanguage },
) {
  const data = loadAttendanceSummary(runtime, input.instanceId);
  return generate(runtime, 'attendance_summary', input.instanceId, attendanceSummary(data, input.lang));
}

export function generateReferralLetter(
  runtime: StoreRuntime,
  input: { participantId: number; organisationId: number; lang: DocumentLanguage },
  options: LetterOptions = letterOptions(runtime, 'referral', input.lang),
) {
  const data = loadReferral(runtime, input.participantId, input.organisationId);
  const spec = withLetterhead(referralLetter(data, input.lang, options), options.letterhead);
  return generate(runtime, 'referral_letter', input.participantId, spec);
}

export function generateExitLetter(
  runtime: StoreRuntime,
  input: { participantId: number; lang: DocumentLanguage },
  options: LetterOptions = letterOptions(runtime, 'exit', input.lang),
) {
  const data = loadExitLetter(runtime, input.participantId);
  const spec = withLetterhead(exitLetter(data, input.lang, options), options.letterhead);
  return generate(runtime, 'exit_letter', input.participantId, spec);
}

export function generateCoachReport(
  runtime: StoreRuntime,
  input: { coachId: number; month: string; lang: DocumentLanguage },
) {
  const data = loadCoachReport(runtime, input.coachId, input.month);
  return generate(runtime, 'coach_report', input.coachId, coachReport(data, input.lang));
}
