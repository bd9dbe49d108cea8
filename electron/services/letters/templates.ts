import { AppError } from '../../domain/app-error';
import type { LetterKind } from '../../domain/documents';
import type { AppLanguage } from '../../domain/languages';
import { checkTemplate, renderTemplate, type TemplateProblem } from '../../domain/letter-templates';
import {
  currentTemplate,
  getTemplateVersion,
  insertTemplateVersion,
  listTemplateVersions,
  type TemplateRow,
} from '../../../db/repositories/document-templates';
import type { StoreRuntime } from '../store/runtime';
import { defaultTemplate, sampleFields, templateFields } from './catalogue';

export interface TemplateText {
  kind: LetterKind;
  language: AppLanguage;
  body: string;
}

/** Line endings as one; the text is otherwise kept exactly as the coordinator wrote it. */
function normalised(body: string): string {
  return body.replace(/\r\n?/g, '\n');
}

function versionView(row: Pick<TemplateRow, 'id' | 'version' | 'createdAt'>, createdBy: string | null) {
  return { id: row.id, version: row.version, createdAt: row.createdAt, createdBy };
}

export function listTemplates(runtime: StoreRuntime, kind: LetterKind, language: AppLanguage) {
  const db = runtime.db();
  const current = currentTemplate(db, kind, language);
  const builtIn = defaultTemplate(kind, language);
  return {
    body: current?.body ?? builtIn,
    builtIn: !current,
    defaultBody: builtIn,
    fields: [...templateFields(kind)],
    versions: listTemplateVersions(db, kind, language).map((row) => versionView(row, row.createdBy)),
  };
}

/** One saved version, old or new, to read or to restore. */
export function getTemplate(runtime: StoreRuntime, id: number) {
  const row = getTemplateVersion(runtime.db(), id);
  if (!row) throw new AppError('not_found', 'errors.templates.not_found');
  const author = listTemplateVersions(runtime.db(), row.kind, row.language).find((v) => v.id === id)?.createdBy;
  return { ...versionView(row, author ?? null), kind: row.kind, language: row.language, body: row.body };
}

/** What is wrong with a template for its letter, or null. */
export function templateProblem(input: TemplateText): TemplateProblem | null {
  return checkTemplate(normalised(input.body), templateFields(input.kind));
}

/**
 * Saves the text as the letter's newest version, unless it names a field the letter does not
 * have or uses a tag a logic-less letter must not (partials, new delimiters): then nothing is
 * saved and the problem comes back with the name it concerns.
 */
export function saveTemplate(runtime: StoreRuntime, input: TemplateText) {
  const problem = templateProblem(input);
  if (problem) return { saved: false as const, problem };
  const session = runtime.requireSession();
  const row = insertTemplateVersion(
    runtime.db(),
    { kind: input.kind, language: input.language, body: normalised(input.body), createdBy: session.userId },
    runtime.now(),
  );
  runtime.audit({ action: 'record_created', entity: 'document_template', entityId: row.id, fields: ['body'] });
  return { saved: true as const, version: versionView(row, session.displayName) };
}

/** Restoring an old version saves its text again as the newest: history is never rewritten. */
export function restoreTemplate(runtime: StoreRuntime, id: number) {
  const old = getTemplate(runtime, id);
  const result = saveTemplate(runtime, { kind: old.kind, language: old.language, body: old.body });
  // A version saved under an older field list may no longer pass; it is refused like any text.
  if (!result.saved) throw new AppError('conflict', 'errors.templates.restore_refused');
  return result.version;
}

/** The editor's live check: the letter's paragraphs for invented sample data, or the problem. */
export function checkTemplateText(input: TemplateText) {
  const problem = templateProblem(input);
  if (problem) return { paragraphs: [], problem };
  return {
    paragraphs: renderTemplate(normalised(input.body), sampleFields(input.kind, input.language)),
    problem: null,
  };
}

/**
 * The wording letters are generated with: the newest saved version, checked again (the field
 * list may have changed since it was saved), or undefined for the built-in wording.
 */
export function templateInUse(runtime: StoreRuntime, kind: LetterKind, language: AppLanguage): string | undefined {
  const row = currentTemplate(runtime.db(), kind, language);
  if (!row || templateProblem({ kind, language, body: row.body })) return undefined;
  return row.body;
}
