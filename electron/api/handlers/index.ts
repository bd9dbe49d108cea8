import type { MethodName } from '../contract';
import { auditHandlers } from './audit';
import { authHandlers } from './auth';
import { backupHandlers } from './backup';
import { callsHandlers } from './calls';
import { conferencesHandlers } from './conferences';
import { consentsHandlers } from './consents';
import { lanHandlers } from './lan';
import { printingHandlers } from './printing';
import { dashboardsHandlers } from './dashboards';
import { importsHandlers } from './imports';
import { decisionsHandlers } from './decisions';
import { eligibilityHandlers } from './eligibility';
import { exitsHandlers } from './exits';
import { homeHandlers } from './home';
import { timelineHandlers } from './timeline';
import { inquiriesHandlers } from './inquiries';
import { intakeHandlers } from './intake';
import { meetingsHandlers } from './meetings';
import { participantHandlers } from './participants';
import { plansHandlers } from './plans';
import { prefsHandlers } from './prefs';
import { attendanceHandlers } from './attendance';
import { facilitatorNotesHandlers } from './facilitatorNotes';
import { screeningHandlers } from './screening';
import { searchHandlers } from './search';
import { servicesHandlers } from './services';
import { settingsHandlers } from './settings';
import { setupHandlers } from './setup';
import { staffHandlers } from './staff';
import { systemHandlers } from './system';
import type { HandlerMap } from './types';
import { placementsHandlers } from './placements';
import { followUpsHandlers } from './followUps';
import { workshopsHandlers } from './workshops';
import { calendarHandlers } from './calendar';
import { documentsHandlers } from './documents';
import { crfExportHandlers } from './crfExport';

/**
 * Every handler, by method name; the type forces one handler per contract method. A handler
 * maps its input to a service call and the answer back: rules live in services or domain.
 */
export const handlers: HandlerMap<MethodName> = {
  ...systemHandlers,
  ...setupHandlers,
  ...authHandlers,
  ...staffHandlers,
  ...auditHandlers,
  ...settingsHandlers,
  ...backupHandlers,
  ...eligibilityHandlers,
  ...servicesHandlers,
  ...inquiriesHandlers,
  ...screeningHandlers,
  ...decisionsHandlers,
  ...conferencesHandlers,
  ...callsHandlers,
  ...participantHandlers,
  ...consentsHandlers,
  ...importsHandlers,
  ...intakeHandlers,
  ...searchHandlers,
  ...prefsHandlers,
  ...meetingsHandlers,
  ...plansHandlers,
  ...attendanceHandlers,
  ...facilitatorNotesHandlers,
  ...placementsHandlers,
  ...followUpsHandlers,
  ...workshopsHandlers,
  ...calendarHandlers,
  ...exitsHandlers,
  ...homeHandlers,
  ...timelineHandlers,
  ...documentsHandlers,
  ...printingHandlers,
  ...crfExportHandlers,
  ...dashboardsHandlers,
  ...lanHandlers,
};
