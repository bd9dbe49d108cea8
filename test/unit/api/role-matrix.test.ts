import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames, type MethodName } from '../../../electron/api/contract';
import { dispatch } from '../../../electron/api/dispatch';
import type { HandlerMap } from '../../../electron/api/handlers/types';
import { decideAccess } from '../../../electron/api/permissions';
import { roles, type Role } from '../../../electron/domain/roles';
import { createAppState } from '../../../electron/services/store/app-state';
import type { StoreRuntime } from '../../../electron/services/store/runtime';
import type { Session } from '../../../electron/services/store/session';
import { setLogSink } from '../../../electron/platform/logger';

/*
 * The role matrix written out by hand, from each role's job, to be read and signed by a
 * coordinator. Nothing here is computed from electron/api/permissions.ts: a wrong entry there
 * fails this test. A new method needs a row here (the test refuses a method without one).
 *
 *   navigator    the front desk: answers inquiries, screens, invites to conferences, makes calls;
 *                sees participants' contact details, not their case
 *   coach        carries cases after intake: intake, consents, exits
 *   coordinator  runs the centre: staff, settings, audit, backups, decisions, criteria
 *   facilitator  runs workshops: no participant records at all
 *
 *   public       before sign-in and while locked (setting up, signing in, unlocking)
 *   signedIn     every role, once signed in
 */
type Row = 'public' | 'signedIn' | { navigator: boolean; coach: boolean; coordinator: boolean; facilitator: boolean };

const Y = true;
const _ = false;
const staff = (navigator: boolean, coach: boolean, coordinator: boolean, facilitator: boolean): Row => ({
  navigator,
  coach,
  coordinator,
  facilitator,
});

// prettier-ignore
const matrix: Record<MethodName, Row> = {
  //                               navigator coach coordinator facilitator
  // Before anyone signs in
  'system.info':                   'public',
  'system.ping':                   'public',
  'setup.init':                    'public',
  'setup.openDemo':                'public',
  'setup.leaveDemo':               'public',
  'setup.recoverySheetPrinted':    'public',
  'auth.status':                   'public',
  'auth.signIn':                   'public',
  'auth.signOut':                  'public',
  'auth.unlock':                   'public',
  'auth.recover':                  'public',
  // One's own session and view
  'auth.lock':                     'signedIn',
  'auth.closing':                  'signedIn',
  'auth.changePassword':           'signedIn',
  'auth.setLanguage':              'signedIn',
  'prefs.get':                     'signedIn',
  'prefs.set':                     'signedIn',
  'staff.directory':               'signedIn',
  // Running the centre
  'staff.list':                    staff(_, _, Y, _),
  'staff.create':                  staff(_, _, Y, _),
  'staff.update':                  staff(_, _, Y, _),
  'staff.deactivate':              staff(_, _, Y, _),
  'staff.resetPassword':           staff(_, _, Y, _),
  'audit.list':                    staff(_, _, Y, _),
  'audit.verify':                  staff(_, _, Y, _),
  'imports.run':                   staff(_, _, Y, _),
  'settings.get':                  staff(_, _, Y, _),
  'settings.update':               staff(_, _, Y, _),
  'backup.list':                   staff(_, _, Y, _),
  'backup.run':                    staff(_, _, Y, _),
  'eligibility.setCriteria':       staff(_, _, Y, _),
  'services.save':                 staff(_, _, Y, _),
  'intake.setRequiredForms':       staff(_, _, Y, _),
  'decisions.queue':               staff(_, _, Y, _),
  'decisions.decide':              staff(_, _, Y, _),
  'participants.reassign':         staff(_, _, Y, _),
  'participants.reopen':           staff(_, _, Y, _),
  // The front desk: inquiries, screening, conferences, calls
  'eligibility.evaluate':          staff(Y, _, Y, _),
  'screening.record':              staff(Y, _, Y, _),
  'conferences.save':              staff(Y, _, Y, _),
  'conferences.invite':            staff(Y, _, Y, _),
  'conferences.setInviteStatus':   staff(Y, _, Y, _),
  'calls.toMake':                  staff(Y, _, Y, _),
  // Everyone who works with participants' records
  'inquiries.create':              staff(Y, Y, Y, _),
  'eligibility.getCriteria':       staff(Y, Y, Y, _),
  'services.list':                 staff(Y, Y, Y, _),
  'conferences.list':              staff(Y, Y, Y, _),
  'conferences.get':               staff(Y, Y, Y, _),
  'participants.get':              staff(Y, Y, Y, _),
  'participants.timeline':         staff(Y, Y, Y, _),
  'participants.list':             staff(Y, Y, Y, _),
  'participants.update':           staff(Y, Y, Y, _),
  'participants.scheduleIntake':   staff(Y, Y, Y, _),
  'intake.getRequiredForms':       staff(Y, Y, Y, _),
  'search.quick':                  staff(Y, Y, Y, _),
  // Who carries a case after intake
  'participants.completeIntake':   staff(_, Y, Y, _),
  'participants.exit':             staff(_, Y, Y, _),
  'consents.add':                  staff(_, Y, Y, _),
  'consents.withdraw':             staff(_, Y, Y, _),
  // Exits: proposals and the stored exit are case work (a coach's list is their own caseload)
  'exits.due':                     staff(_, Y, Y, _),
  'exits.get':                     staff(_, Y, Y, _),
  // Every role has a home page; the service returns only what the role acts on
  'home.day':                      'signedIn',
  // Case work on the timeline: navigators and facilitators see none of it
  'timeline.casework':             staff(_, Y, Y, _),
  // The personal work plan: the case's own work, not the front desk's nor a facilitator's
  'plans.get':                     staff(_, Y, Y, _),
  'plans.version':                 staff(_, Y, Y, _),
  'plans.compare':                 staff(_, Y, Y, _),
  'plans.saveDraft':               staff(_, Y, Y, _),
  'plans.sign':                    staff(_, Y, Y, _),
  'meetings.list':                 staff(_, Y, Y, _),
  'meetings.record':               staff(_, Y, Y, _),
  'meetings.book':                 staff(_, Y, Y, _),
  'meetings.update':               staff(_, Y, Y, _),
  'meetings.cancel':               staff(_, Y, Y, _),
  'meetings.reminders':            staff(_, Y, Y, _),
  'meetings.day':                  staff(_, Y, Y, _),
  // The personal work plan: the case's own work, not the front desk's nor a facilitator's
  // Workshop attendance: a facilitator at their own instances only (the service checks which)
  'attendance.mySessions':         staff(_, _, Y, Y),
  'attendance.session':            staff(_, _, Y, Y),
  'attendance.mark':               staff(_, _, Y, Y),
  'attendance.unmark':             staff(_, _, Y, Y),
  'attendance.markRestPresent':    staff(_, _, Y, Y),
  'attendance.walkInSearch':       staff(_, _, Y, Y),
  'attendance.addWalkIn':          staff(_, _, Y, Y),
  'attendance.addWalkInInquiry':   staff(_, _, Y, Y),
  'facilitatorNotes.add':          staff(_, _, Y, Y),
  // What the workshops tell a person's coach (the service keeps a coach to their own caseload)
  'attendance.forParticipant':     staff(_, Y, Y, _),
  'facilitatorNotes.forParticipant': staff(_, Y, Y, _),
  // Placements and retention follow-ups: the case owner's work; the employer is restricted
  'placements.list':               staff(_, Y, Y, _),
  'placements.save':               staff(_, Y, Y, _),
  'placements.end':                staff(_, Y, Y, _),
  'followUps.queue':               staff(_, Y, Y, _),
  'followUps.answer':              staff(_, Y, Y, _),
  // Workshops: the coordinator runs the catalogue, instances and sessions; case owners enrol;
  // the front desk phones reminders; facilitators get their rosters elsewhere, none of these
  'workshops.saveTitle':           staff(_, _, Y, _),
  'workshops.save':                staff(_, _, Y, _),
  'workshops.previewSchedule':     staff(_, _, Y, _),
  'workshops.addSessions':         staff(_, _, Y, _),
  'workshops.moveSession':         staff(_, _, Y, _),
  'workshops.cancelSession':       staff(_, _, Y, _),
  'workshops.catalogue':           staff(_, Y, Y, _),
  'workshops.list':                staff(_, Y, Y, _),
  'workshops.get':                 staff(_, Y, Y, _),
  'workshops.enrol':               staff(_, Y, Y, _),
  'workshops.withdraw':            staff(_, Y, Y, _),
  'workshops.forParticipant':      staff(_, Y, Y, _),
  'workshops.reminderCalls':       staff(Y, _, Y, _),
  // The centre calendar: everyone who works with participants (meetings shown are one's own)
  'calendar.week':                 staff(Y, Y, Y, _),
  // Printed documents: a case's papers for its coach and the coordinator; sign-in sheets and
  // attendance summaries for whoever runs the workshop; the navigator prints none of them
  'documents.workPlan':            staff(_, Y, Y, _),
  'documents.attendanceSheet':     staff(_, _, Y, Y),
  'documents.attendanceSummary':   staff(_, _, Y, Y),
  'documents.referralLetter':      staff(_, Y, Y, _),
  'documents.exitLetter':          staff(_, Y, Y, _),
  'documents.coachReport':         staff(_, Y, Y, _),
  // Printing and saving: anyone signed in asks; the wrapped document method decides (checked below)
  'printing.prepare':              'signedIn',
  // The week's sign-in sheets: whoever runs workshops (a facilitator gets their own sessions)
  'batches.weekAttendanceSheets':  staff(_, _, Y, Y),
  // Letter wording and the letterhead: the coordinator sets them for the centre
  'templates.list':                staff(_, _, Y, _),
  'templates.get':                 staff(_, _, Y, _),
  'templates.save':                staff(_, _, Y, _),
  'templates.restore':             staff(_, _, Y, _),
  'templates.check':               staff(_, _, Y, _),
  'templates.previewPdf':          staff(_, _, Y, _),
  'letterhead.get':                staff(_, _, Y, _),
  'letterhead.save':               staff(_, _, Y, _),
  // Invitations to a conference are the front desk's; meeting reminders the case's owner's
  'letters.conferenceInvitation':  staff(Y, _, Y, _),
  'letters.meetingReminder':       staff(_, Y, Y, _),
  // The CRF-1 export to the central office: the coordinator's alone
  'crfExport.settings':            staff(_, _, Y, _),
  'crfExport.setKey':              staff(_, _, Y, _),
  'crfExport.confirmKey':          staff(_, _, Y, _),
  'crfExport.setRecipient':        staff(_, _, Y, _),
  'crfExport.run':                 staff(_, _, Y, _),
  'crfExport.history':             staff(_, _, Y, _),
  'crfExport.download':            staff(_, _, Y, _),
  // The centre's tables: the coordinator all, a coach their own caseload; nobody else
  'dashboards.centre':             staff(_, Y, Y, _),
  'dashboards.members':            staff(_, Y, Y, _),
  'dashboards.coachReport':        staff(_, Y, Y, _),
  'dashboards.completeness':       staff(_, Y, Y, _),
  // Host mode: the coordinator shares the store and pairs or revokes PCs
  'lan.status':                    staff(_, _, Y, _),
  'lan.setEnabled':                staff(_, _, Y, _),
  'lan.startPairing':              staff(_, _, Y, _),
  'lan.devices':                   staff(_, _, Y, _),
  'lan.revokeDevice':              staff(_, _, Y, _),
  'lan.leave':                     staff(_, _, Y, _),
  // A PC's own "connect to the centre PC": nobody can be signed in on a PC without a store
  'lan.clientStatus':              'public',
  'lan.connect':                   'public',
  'lan.disconnect':                'public',
};

function allowedFor(row: Row, role: Role): boolean {
  return row === 'public' || row === 'signedIn' || row[role];
}

const sessionFor = (role: Role): Session => ({
  userId: 7,
  username: 'someone',
  displayName: 'Someone',
  role,
  staffCode: 'S07',
  mustChangePassword: false,
  language: 'he',
});

function contextAs(session: Session | null) {
  const runtime = {
    touch: () => undefined,
    activeSession: () => session,
    locked: false,
  } as unknown as StoreRuntime;
  return { app: createAppState({ version: 'test', runtime }), transport: 'http' as const };
}

const reached = Object.fromEntries(
  methodNames.map((m) => [m, () => ({ reached: m })]),
) as unknown as HandlerMap<MethodName>;

beforeAll(() => setLogSink(() => undefined));
afterAll(() => setLogSink(null));

describe('the role matrix, as written from each role’s job', () => {
  it('has a row for every method and no row for a method that does not exist', () => {
    expect(Object.keys(matrix).sort()).toEqual([...methodNames].sort());
  });

  it.each(methodNames)(
    '%s: exactly the roles of its row get through, and no one without a session unless public',
    async (method) => {
      const row = matrix[method];
      const got: Record<string, string> = {};
      const want: Record<string, string> = {};
      for (const role of roles) {
        want[role] = allowedFor(row, role) ? 'allow' : 'forbidden';
        got[role] = decideAccess(method, sessionFor(role));
        const result = await dispatch(method, {}, contextAs(sessionFor(role)), reached);
        const refused = !result.ok && result.error.code === 'forbidden';
        expect([role, refused ? 'forbidden' : 'allow']).toEqual([role, want[role]]);
      }
      want.signedOut = row === 'public' ? 'allow' : 'unauthenticated';
      got.signedOut = decideAccess(method, null);
      expect(got).toEqual(want);
    },
  );
});
