import i18next from 'i18next';
import { appLanguages } from '../../../electron/domain/languages';
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
import { mergeTrees } from './merge-trees';

/**
 * The strings of the signed-in screens. They come with the app's own chunk, not with the script
 * that draws the sign-in form (issue 12, start-up): the gate's strings are in gate-resources.
 */
export const featureResources = {
  he: mergeTrees(
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
  ),
  en: mergeTrees(
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
  ),
};

/** Adds the signed-in screens' strings beside the gate's; called once, when the app's chunk loads. */
export function addFeatureResources(): void {
  for (const language of appLanguages) {
    i18next.addResourceBundle(language, 'translation', featureResources[language], true, false);
  }
}
