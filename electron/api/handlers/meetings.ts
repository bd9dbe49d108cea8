import type { meetingsContract } from '../contracts/meetings';
import { requireRuntime } from '../context';
import {
  cancelMeeting,
  dayMeetings,
  listPersonMeetings,
  reminders,
  updateMeetingRecord,
} from '../../services/meetings/lists';
import { bookMeeting, recordMeeting } from '../../services/meetings/record';
import type { HandlerMap } from './types';

export const meetingsHandlers: HandlerMap<keyof typeof meetingsContract> = {
  'meetings.list': (input, ctx) => listPersonMeetings(requireRuntime(ctx), input.participantId),
  'meetings.record': (input, ctx) => recordMeeting(requireRuntime(ctx), input),
  'meetings.book': (input, ctx) => bookMeeting(requireRuntime(ctx), input),
  'meetings.update': (input, ctx) =>
    updateMeetingRecord(requireRuntime(ctx), input.id, input.patch, input.expectedUpdatedAt),
  'meetings.cancel': (input, ctx) => cancelMeeting(requireRuntime(ctx), input.id),
  'meetings.reminders': (input, ctx) => reminders(requireRuntime(ctx), input.date),
  'meetings.day': (input, ctx) => dayMeetings(requireRuntime(ctx), input.date, input.staffId),
};
