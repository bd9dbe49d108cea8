import type { z } from 'zod';
import { auditContract } from './contracts/audit';
import { authContract } from './contracts/auth';
import { backupContract } from './contracts/backup';
import { callsContract } from './contracts/calls';
import { conferencesContract } from './contracts/conferences';
import { consentsContract } from './contracts/consents';
import { lanContract } from './contracts/lan';
import { printingContract } from './contracts/printing';
import { dashboardsContract } from './contracts/dashboards';
import { importsContract } from './contracts/imports';
import { decisionsContract } from './contracts/decisions';
import { eligibilityContract } from './contracts/eligibility';
import { exitsContract } from './contracts/exits';
import { homeContract } from './contracts/home';
import { timelineContract } from './contracts/timeline';
import { inquiriesContract } from './contracts/inquiries';
import { intakeContract } from './contracts/intake';
import { meetingsContract } from './contracts/meetings';
import { participantsContract } from './contracts/participants';
import { plansContract } from './contracts/plans';
import { prefsContract } from './contracts/prefs';
import { attendanceContract } from './contracts/attendance';
import { facilitatorNotesContract } from './contracts/facilitatorNotes';
import { screeningContract } from './contracts/screening';
import { searchContract } from './contracts/search';
import { servicesContract } from './contracts/services';
import { settingsContract } from './contracts/settings';
import { setupContract } from './contracts/setup';
import { staffContract } from './contracts/staff';
import { systemContract } from './contracts/system';
import { placementsContract } from './contracts/placements';
import { followUpsContract } from './contracts/followUps';
import { workshopsContract } from './contracts/workshops';
import { calendarContract } from './contracts/calendar';
import { documentsContract } from './contracts/documents';
import { crfExportContract } from './contracts/crfExport';

/**
 * Every API method, declared once with a zod input and output schema. Both transports
 * (Electron IPC and loopback HTTP), the preload bridge and the renderer client are built
 * from this object, so a method cannot exist in one place and not another. One namespace, one
 * file: `contracts/<namespace>.ts`, answered by `handlers/<namespace>.ts`.
 */
export const contract = {
  ...systemContract,
  ...setupContract,
  ...authContract,
  ...staffContract,
  ...auditContract,
  ...settingsContract,
  ...backupContract,
  ...eligibilityContract,
  ...servicesContract,
  ...inquiriesContract,
  ...screeningContract,
  ...decisionsContract,
  ...conferencesContract,
  ...callsContract,
  ...participantsContract,
  ...consentsContract,
  ...intakeContract,
  ...searchContract,
  ...prefsContract,
  ...meetingsContract,
  ...plansContract,
  ...attendanceContract,
  ...facilitatorNotesContract,
  ...placementsContract,
  ...followUpsContract,
  ...workshopsContract,
  ...calendarContract,
  ...exitsContract,
  ...homeContract,
  ...timelineContract,
  ...documentsContract,
  ...printingContract,
  ...crfExportContract,
  ...dashboardsContract,
  ...importsContract,
  ...lanContract,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
