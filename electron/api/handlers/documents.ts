import type { documentsContract } from '../contracts/documents';
import { requireRuntime } from '../context';
import {
  generateAttendanceSheet,
  generateAttendanceSummary,
  generateCoachReport,
  generateExitLetter,
  generateReferralLetter,
  generateWorkPlan,
  type GeneratedDocument,
} from '../../services/documents/generate';
import type { HandlerMap } from './types';

const toOutput = async (document: Promise<GeneratedDocument>) => {
  const { pdf, title } = await document;
  return { pdfBase64: pdf.toString('base64'), title };
};

export const documentsHandlers: HandlerMap<keyof typeof documentsContract> = {
  'documents.workPlan': (input, ctx) => toOutput(generateWorkPlan(requireRuntime(ctx), input)),
  'documents.attendanceSheet': (input, ctx) => toOutput(generateAttendanceSheet(requireRuntime(ctx), input)),
  'documents.attendanceSummary': (input, ctx) => toOutput(generateAttendanceSummary(requireRuntime(ctx), input)),
  'documents.referralLetter': (input, ctx) => toOutput(generateReferralLetter(requireRuntime(ctx), input)),
  'documents.exitLetter': (input, ctx) => toOutput(generateExitLetter(requireRuntime(ctx), input)),
  'documents.coachReport': (input, ctx) => toOutput(generateCoachReport(requireRuntime(ctx), input)),
};
