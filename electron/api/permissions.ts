import type { MethodName } from './contract';
import { roleGroups, type Role } from '../domain/roles';

/**
 * Who may call what: the single permission matrix. `public` methods work before sign-in
 * and while the session is locked; `signedIn` needs an unlocked staff session; a role list
 * names the roles allowed. The type forces an entry for every method, so a new method
 * cannot ship without a decision here.
 */
export type Access = 'public' | 'signedIn' | readonly Role[];

const { coordinator, caseStaff, frontDesk, caseOwners } = roleGroups;
/** Who takes attendance: a facilitator at their own instances (checked by the service), the coordinator at all. */
const workshopRunners = ['facilitator', 'coordinator'] as const satisfies readonly Role[];

export const permissions: Record<MethodName, Access> = {
  'system.info': 'public',
  'system.ping': 'public',
  'setup.init': 'public',
  'setup.openDemo': 'public',
  'setup.leaveDemo': 'public',
  'setup.recoverySheetPrinted': 'public',
  'auth.status': 'public',
  'auth.signIn': 'public',
  'auth.signOut': 'public',
  'auth.unlock': 'public',
  'auth.recover': 'public',
  'auth.lock': 'signedIn',
  'auth.closing': 'signedIn',
  'auth.changePassword': 'signedIn',
  'auth.setLanguage': 'signedIn',
  'staff.list': coordinator,
  'staff.create': coordinator,
  'staff.update': coordinator,
  'staff.deactivate': coordinator,
  'staff.resetPassword': coordinator,
  'audit.list': coordinator,
  'audit.verify': coordinator,
  'imports.run': coordinator,
  'settings.get': coordinator,
  'settings.update': coordinator,
  'backup.list': coordinator,
  'backup.run': coordinator,
  'eligibility.getCriteria': caseStaff,
  'eligibility.setCriteria': coordinator,
  'eligibility.evaluate': frontDesk,
  'services.list': caseStaff,
  'services.save': coordinator,
  'inquiries.create': caseStaff,
  'screening.record': frontDesk,
  'decisions.queue': coordinator,
  'decisions.decide': coordinator,
  'conferences.list': caseStaff,
  'conferences.get': caseStaff,
  'conferences.save': frontDesk,
  'conferences.invite': frontDesk,
  'conferences.setInviteStatus': frontDesk,
  'calls.toMake': frontDesk,
  'participants.get': caseStaff,
  'participants.timeline': caseStaff,
  'participants.list': caseStaff,
  'participants.update': caseStaff,
  'participants.scheduleIntake': caseStaff,
  'participants.completeIntake': caseOwners,
  'participants.exit': caseOwners,
  'participants.reassign': coordinator,
  'participants.reopen': coordinator,
  'consents.add': caseOwners,
  'consents.withdraw': caseOwners,
  'intake.getRequiredForms': caseStaff,
  'intake.setRequiredForms': coordinator,
  'search.quick': caseStaff,
  'prefs.get': 'signedIn',
  'prefs.set': 'signedIn',
  'staff.directory': 'signedIn',
  'exits.due': caseOwners,
  'exits.get': caseOwners,
  'home.day': 'signedIn',
  'timeline.casework': caseOwners,
  'plans.get': caseOwners,
  'plans.version': caseOwners,
  'plans.compare': caseOwners,
  'plans.saveDraft': caseOwners,
  'plans.sign': caseOwners,
  'meetings.list': caseOwners,
  'meetings.record': caseOwners,
  'meetings.book': caseOwners,
  'meetings.update': caseOwners,
  'meetings.cancel': caseOwners,
  'meetings.reminders': caseOwners,
  'meetings.day': caseOwners,
  'attendance.mySessions': workshopRunners,
  'attendance.session': workshopRunners,
  'attendance.mark': workshopRunners,
  'attendance.unmark': workshopRunners,
  'attendance.markRestPresent': workshopRunners,
  'attendance.walkInSearch': workshopRunners,
  'attendance.addWalkIn': workshopRunners,
  'attendance.addWalkInInquiry': workshopRunners,
  'facilitatorNotes.add': workshopRunners,
  'attendance.forParticipant': caseOwners,
  'facilitatorNotes.forParticipant': caseOwners,
  'placements.list': caseOwners,
  'placements.save': caseOwners,
  'placements.end': caseOwners,
  'followUps.queue': caseOwners,
  'followUps.answer': caseOwners,
  'workshops.catalogue': caseOwners,
  'workshops.saveTitle': coordinator,
  'workshops.list': caseOwners,
  'workshops.get': caseOwners,
  'workshops.save': coordinator,
  'workshops.previewSchedule': coordinator,
  'workshops.addSessions': coordinator,
  'workshops.moveSession': coordinator,
  'workshops.cancelSession': coordinator,
  'workshops.enrol': caseOwners,
  'workshops.withdraw': caseOwners,
  'workshops.forParticipant': caseOwners,
  'workshops.reminderCalls': frontDesk,
  'calendar.week': caseStaff,
  // Documents: the services check the record too (a coach's own cases and report, a facilitator's own instances).
  'documents.workPlan': caseOwners,
  'documents.attendanceSheet': workshopRunners,
  'documents.attendanceSummary': workshopRunners,
  'documents.referralLetter': caseOwners,
  'documents.exitLetter': caseOwners,
  'documents.coachReport': caseOwners,
  // The wrapped document method decides who may print it (printing.prepare calls it as the caller).
  'printing.prepare': 'signedIn',
  'templates.list': coordinator,
  'templates.get': coordinator,
  'templates.save': coordinator,
  'templates.restore': coordinator,
  'templates.check': coordinator,
  'templates.previewPdf': coordinator,
  'letterhead.get': coordinator,
  'letterhead.save': coordinator,
  'letters.conferenceInvitation': frontDesk,
  'letters.meetingReminder': caseOwners,
  // A facilitator prints their own week's sheets; the service narrows the week to their sessions.
  'batches.weekAttendanceSheets': workshopRunners,
  'crfExport.settings': coordinator,
  'crfExport.setKey': coordinator,
  'crfExport.confirmKey': coordinator,
  'crfExport.setRecipient': coordinator,
  'crfExport.run': coordinator,
  'crfExport.history': coordinator,
  'crfExport.download': coordinator,
  // The dashboards: a coach sees their own caseload's tables (checked by the service), never a facilitator or navigator.
  'dashboards.centre': caseOwners,
  'dashboards.members': caseOwners,
  'dashboards.coachReport': caseOwners,
  'dashboards.completeness': caseOwners,
  // Host mode: only the coordinator shares the store and pairs or revokes PCs.
  'lan.status': coordinator,
  'lan.setEnabled': coordinator,
  'lan.startPairing': coordinator,
  'lan.devices': coordinator,
  'lan.revokeDevice': coordinator,
  // Unpairing a PC takes it away from everyone at the centre, as revoking it does: the coordinator's, signed in at that PC.
  'lan.leave': coordinator,
  // A PC without a store has nobody to sign in yet; the service refuses on a PC with its own store.
  // connect is refused once the PC is paired; disconnect is decided by the centre PC (lan.leave, coordinator).
  'lan.clientStatus': 'public',
  'lan.connect': 'public',
  'lan.disconnect': 'public',
};

export type AccessDecision = 'allow' | 'unauthenticated' | 'locked' | 'forbidden' | 'password_change_required';

/** What a user holding a temporary password may still do: change it, or leave. */
const allowedBeforePasswordChange = new Set<MethodName>(['auth.lock', 'auth.changePassword', 'auth.setLanguage']);

/** The part of a session the matrix looks at. */
export interface Caller {
  role: Role;
  mustChangePassword: boolean;
}

export function decideAccess(method: MethodName, session: Caller | null, locked = false): AccessDecision {
  const access = permissions[method];
  if (access === 'public') return 'allow';
  if (!session) return locked ? 'locked' : 'unauthenticated';
  if (session.mustChangePassword && !allowedBeforePasswordChange.has(method)) return 'password_change_required';
  if (access === 'signedIn') return 'allow';
  return access.includes(session.role) ? 'allow' : 'forbidden';
}
