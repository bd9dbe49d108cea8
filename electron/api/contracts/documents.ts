import { z } from 'zod';
import { id, monthSchema } from './fields';

/** The language a document is printed in; Hebrew unless asked otherwise. */
export const documentLanguageSchema = z.enum(['he', 'en']).default('he');

/** YYYY-MM of a real month. */
export { monthSchema };

/**
 * A generated PDF, made in memory and returned as base64; the caller shows or prints it and
 * never writes it to disk unasked. `title` names the document for the preview window.
 */
export const documentOutput = z.object({ pdfBase64: z.string(), title: z.string() });

export const documentsContract = {
  'documents.workPlan': {
    // Without a version, the current draft (else the latest signed version).
    input: z.object({ participantId: id, version: id.optional(), lang: documentLanguageSchema }).strict(),
    output: documentOutput,
  },
  'documents.attendanceSheet': {
    input: z.object({ sessionId: id, lang: documentLanguageSchema }).strict(),
    output: documentOutput,
  },
  'documents.attendanceSummary': {
    input: z.object({ instanceId: id, lang: documentLanguageSchema }).strict(),
    output: documentOutput,
  },
  'documents.referralLetter': {
    // organisationId is a service of the centre's directory (services.list).
    input: z.object({ participantId: id, organisationId: id, lang: documentLanguageSchema }).strict(),
    output: documentOutput,
  },
  'documents.exitLetter': {
    input: z.object({ participantId: id, lang: documentLanguageSchema }).strict(),
    output: documentOutput,
  },
  'documents.coachReport': {
    input: z.object({ coachId: id, month: monthSchema, lang: documentLanguageSchema }).strict(),
    output: documentOutput,
  },
} as const;
