import messagesEn from '../../../electron/api/messages.en.json';
import messagesHe from '../../../electron/api/messages.he.json';
import en from './en.json';
import he from './he.json';
import caseloadEn from './features/caseload.en.json';
import caseloadHe from './features/caseload.he.json';
import frontdeskEn from './features/frontdesk.en.json';
import frontdeskHe from './features/frontdesk.he.json';
import homeEn from './features/home.en.json';
import homeHe from './features/home.he.json';
import meetingsEn from './features/meetings.en.json';
import meetingsHe from './features/meetings.he.json';
import plansEn from './features/plans.en.json';
import plansHe from './features/plans.he.json';
import attendanceEn from './features/attendance.en.json';
import attendanceHe from './features/attendance.he.json';
import placementsEn from './features/placements.en.json';
import placementsHe from './features/placements.he.json';
import workshopsEn from './features/workshops.en.json';
import workshopsHe from './features/workshops.he.json';
import exitsEn from './features/exits.en.json';
import exitsHe from './features/exits.he.json';
import documentKindsEn from './features/document-kinds.en.json';
import documentKindsHe from './features/document-kinds.he.json';
import documentsEn from './features/documents.en.json';
import documentsHe from './features/documents.he.json';
import crfExportEn from './features/crfExport.en.json';
import crfExportHe from './features/crfExport.he.json';
import reportsEn from './features/reports.en.json';
import reportsHe from './features/reports.he.json';
import importEn from './features/import.en.json';
import importHe from './features/import.he.json';
import lanEn from './features/lan.en.json';
import lanHe from './features/lan.he.json';

export type Tree = { [key: string]: string | Tree };

/**
 * The `errors.*` and `validation.*` texts live beside the main process that throws them (the
 * CLI reads them there too); the bundler inlines them here, so the renderer shows the same text.
 */
const messages = { he: messagesHe, en: messagesEn };

/**
 * Merges translation files into one tree. Features keep their strings in their own files so
 * work on different screens never edits the same file; a key defined twice is a mistake and
 * throws at start-up (and in the parity test) rather than silently winning.
 */
export function mergeTrees(...trees: Tree[]): Tree {
  const out: Tree = {};
  for (const tree of trees) merge(out, tree, '');
  return out;
}

function merge(target: Tree, source: Tree, prefix: string): void {
  for (const [key, value] of Object.entries(source)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const existing = target[key];
    if (typeof value === 'string') {
      if (existing !== undefined) throw new Error(`translation key defined twice: ${path}`);
      target[key] = value;
    } else {
      if (typeof existing === 'string') throw new Error(`translation key defined twice: ${path}`);
      const child = existing ?? {};
      target[key] = child;
      merge(child, value, path);
    }
  }
}

export const resources = {
  he: mergeTrees(
    he,
    messages.he,
    caseloadHe,
    frontdeskHe,
    homeHe,
    meetingsHe,
    plansHe,
    attendanceHe,
    placementsHe,
    workshopsHe,
    exitsHe,
    documentKindsHe,
    documentsHe,
    crfExportHe,
    reportsHe,
    importHe,
    lanHe,
  ),
  en: mergeTrees(
    en,
    messages.en,
    caseloadEn,
    frontdeskEn,
    homeEn,
    meetingsEn,
    plansEn,
    attendanceEn,
    placementsEn,
    workshopsEn,
    exitsEn,
    documentKindsEn,
    documentsEn,
    crfExportEn,
    reportsEn,
    importEn,
    lanEn,
  ),
};
