import type { participantsContract } from '../contracts/participants';
import { requireRuntime } from '../context';
import { listParticipants } from '../../services/caseload/caseload-list';
import { completeIntake, reassign, reopenParticipant, scheduleIntake } from '../../services/caseload/intake';
import { openParticipant, participantView, timeline, updateParticipantRecord } from '../../services/caseload/records';
import { exitParticipant } from '../../services/caseload/exits';
import type { HandlerMap } from './types';

export const participantHandlers: HandlerMap<keyof typeof participantsContract> = {
  'participants.get': (input, ctx) => openParticipant(requireRuntime(ctx), input.id),
  'participants.update': (input, ctx) =>
    updateParticipantRecord(requireRuntime(ctx), input.id, input.patch, input.expectedUpdatedAt),
  'participants.timeline': (input, ctx) => timeline(requireRuntime(ctx), input.id),
  'participants.list': (input, ctx) => listParticipants(requireRuntime(ctx), input),
  'participants.reopen': (input, ctx) => {
    const runtime = requireRuntime(ctx);
    return participantView(runtime, reopenParticipant(runtime, input));
  },
  'participants.scheduleIntake': (input, ctx) => {
    const runtime = requireRuntime(ctx);
    return participantView(runtime, scheduleIntake(runtime, input));
  },
  'participants.completeIntake': (input, ctx) => {
    const runtime = requireRuntime(ctx);
    return participantView(runtime, completeIntake(runtime, input));
  },
  'participants.exit': (input, ctx) => {
    const runtime = requireRuntime(ctx);
    return participantView(runtime, exitParticipant(runtime, input));
  },
  'participants.reassign': (input, ctx) => ({
    moved: reassign(requireRuntime(ctx), input.fromCoachId, input.toCoachId),
  }),
};
