import type { workshopsContract } from '../contracts/workshops';
import { requireRuntime } from '../context';
import { catalogue, saveCentreTitle } from '../../services/workshops/catalogue';
import { enrol, forParticipant, reminderCalls, withdraw } from '../../services/workshops/enrolment';
import {
  instanceDetail,
  listInstanceSummaries,
  previewSchedule,
  saveInstance,
} from '../../services/workshops/instances';
import { addSessions, cancelSession, moveSession } from '../../services/workshops/sessions';
import type { HandlerMap } from './types';

export const workshopsHandlers: HandlerMap<keyof typeof workshopsContract> = {
  'workshops.catalogue': (_input, ctx) => catalogue(requireRuntime(ctx)),
  'workshops.saveTitle': (input, ctx) => saveCentreTitle(requireRuntime(ctx), input),
  'workshops.list': (input, ctx) => listInstanceSummaries(requireRuntime(ctx), input),
  'workshops.get': (input, ctx) => instanceDetail(requireRuntime(ctx), input.instanceId),
  'workshops.save': (input, ctx) => saveInstance(requireRuntime(ctx), input),
  'workshops.previewSchedule': (input, ctx) => previewSchedule(requireRuntime(ctx), input),
  'workshops.addSessions': (input, ctx) => addSessions(requireRuntime(ctx), input.instanceId, input.sessions),
  'workshops.moveSession': (input, ctx) => {
    const { sessionId, ...slot } = input;
    return moveSession(requireRuntime(ctx), sessionId, slot);
  },
  'workshops.cancelSession': (input, ctx) =>
    cancelSession(requireRuntime(ctx), input.sessionId, input.restore ?? false),
  'workshops.enrol': (input, ctx) => enrol(requireRuntime(ctx), input.instanceId, input.participantIds),
  'workshops.withdraw': (input, ctx) => withdraw(requireRuntime(ctx), input.instanceId, input.participantId),
  'workshops.forParticipant': (input, ctx) => forParticipant(requireRuntime(ctx), input.participantId),
  'workshops.reminderCalls': (input, ctx) => reminderCalls(requireRuntime(ctx), input.days),
};
