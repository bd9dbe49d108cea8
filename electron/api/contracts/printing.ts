import { z } from 'zod';
import { letterKinds } from '../../domain/documents';
import { appLanguageSchema } from '../../domain/languages';
import { letterheadSchema } from '../../domain/letter-templates';
import { isoDateSchema } from '../../domain/dates';
import { documentLanguageSchema, documentOutput } from './documents';
import { id } from './fields';

/**
 * The API methods whose value is a PDF (base64) and may therefore be printed or saved.
 * `printing.prepare` calls the named method itself, with the caller's own session and its
 * permission, so printing can never reach a document the caller could not generate.
 */
export const printableMethods = [
  'documents.workPlan',
  'documents.attendanceSheet',
  'documents.attendanceSummary',
  'documents.referralLetter',
  'documents.exitLetter',
  'documents.coachReport',
  'letters.conferenceInvitation',
  'letters.meetingReminder',
  'batches.weekAttendanceSheets',
  'templates.previewPdf',
] as const;
export type PrintableMethod = (typeof printableMethods)[number];

const letterKind = z.enum(letterKinds);

const templateVersion = z.object({
  id: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});

const templateProblem = z.discriminatedUnion('reason', [
  z.object({ reason: z.literal('unknown_field'), name: z.string() }),
  z.object({ reason: z.literal('partial'), name: z.string() }),
  z.object({ reason: z.literal('delimiters') }),
  z.object({ reason: z.literal('syntax') }),
  z.object({ reason: z.literal('empty') }),
]);

const MAX_TEMPLATE = 20_000;

export const printingContract = {
  'printing.prepare': {
    input: z
      .object({
        method: z.enum(printableMethods),
        input: z.record(z.string(), z.unknown()),
        /** print: a preview whose viewer prints; save: "save as", after the unencrypted-file warning. */
        purpose: z.enum(['print', 'save']),
      })
      .strict(),
    /** Browser mode: the one-time URL to fetch. Electron: null (the shell showed or saved it). */
    output: z.object({ url: z.string().nullable(), saved: z.boolean() }),
  },
  'templates.list': {
    input: z.object({ kind: letterKind, language: appLanguageSchema }).strict(),
    output: z.object({
      /** The wording in use: the newest version, or the built-in one when none was saved. */
      body: z.string(),
      builtIn: z.boolean(),
      defaultBody: z.string(),
      fields: z.array(z.string()),
      versions: z.array(templateVersion),
    }),
  },
  'templates.get': {
    input: z.object({ id }).strict(),
    output: templateVersion.extend({ kind: letterKind, language: appLanguageSchema, body: z.string() }),
  },
  'templates.save': {
    input: z.object({ kind: letterKind, language: appLanguageSchema, body: z.string().max(MAX_TEMPLATE) }).strict(),
    /** A refused template is named, not thrown, so the editor can show the field it names. */
    output: z.discriminatedUnion('saved', [
      z.object({ saved: z.literal(true), version: templateVersion }),
      z.object({ saved: z.literal(false), problem: templateProblem }),
    ]),
  },
  'templates.restore': {
    input: z.object({ id }).strict(),
    output: templateVersion,
  },
  'templates.check': {
    input: z.object({ kind: letterKind, language: appLanguageSchema, body: z.string().max(MAX_TEMPLATE) }).strict(),
    /** The letter's paragraphs for sample data, or what is wrong with the text. */
    output: z.object({ paragraphs: z.array(z.string()), problem: templateProblem.nullable() }),
  },
  'templates.previewPdf': {
    input: z.object({ kind: letterKind, language: appLanguageSchema, body: z.string().max(MAX_TEMPLATE) }).strict(),
    output: documentOutput,
  },
  'letterhead.get': {
    input: z.object({}).strict(),
    output: letterheadSchema.nullable(),
  },
  'letterhead.save': {
    input: letterheadSchema.strict(),
    output: letterheadSchema,
  },
  'letters.conferenceInvitation': {
    input: z.object({ inviteId: id, lang: documentLanguageSchema }).strict(),
    output: documentOutput,
  },
  'letters.meetingReminder': {
    input: z.object({ meetingId: id, lang: documentLanguageSchema }).strict(),
    output: documentOutput,
  },
  /** "Print this week's attendance sheets": every session of the working week holding `date`, one PDF. */
  'batches.weekAttendanceSheets': {
    input: z.object({ date: isoDateSchema.optional(), lang: documentLanguageSchema }).strict(),
    output: documentOutput,
  },
} as const;
