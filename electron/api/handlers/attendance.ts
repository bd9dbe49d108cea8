import type { attendanceContract } from '../contracts/attendance';
import { requireRuntime } from '../context';
import { attendanceForParticipant } from '../../services/attendance/participant-workshops';
import { markAttendance, markRestPresent, unmarkAttendance } from '../../services/attendance/marks';
import { mySessions, sessionView } from '../../services/attendance/sessions';
import { addWalkIn, addWalkInInquiry, walkInSearch } from '../../services/attendance/walk-ins';
import type { HandlerMap } from './types';

export const attendanceHandlers: HandlerMap<keyof typeof attendanceContract> = {
  'attendance.mySessions': (input, ctx) => mySessions(requireRuntime(ctx), input),
  'attendance.session': (input, ctx) => sessionView(requireRuntime(ctx), input.sessionId),
  'attendance.mark': (input, ctx) => markAttendance(requireRuntime(ctx), input),
  'attendance.unmark': (input, ctx) => unmarkAttendance(requireRuntime(ctx), input),
  'attendance.markRestPresent': (input, ctx) => markRestPresent(requireRuntime(ctx), input.sessionId),
  'attendance.walkInSearch': (input, ctx) => walkInSearch(requireRuntime(ctx), input),
  'attendance.addWalkIn': (input, ctx) => addWalkIn(requireRuntime(ctx), input),
  'attendance.addWalkInInquiry': (input, ctx) => addWalkInInquiry(requireRuntime(ctx), input),
  'attendance.forParticipant': (input, ctx) => attendanceForParticipant(requireRuntime(ctx), input.participantId),
};
