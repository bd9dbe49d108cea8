import type { conferencesContract } from '../contracts/conferences';
import { requireRuntime } from '../context';
import {
  conferenceDetail,
  inviteToConference,
  listConferenceSummaries,
  saveConferenceRecord,
  setInviteStatus,
} from '../../services/caseload/conferences';
import type { HandlerMap } from './types';

export const conferencesHandlers: HandlerMap<keyof typeof conferencesContract> = {
  'conferences.list': (input, ctx) => listConferenceSummaries(requireRuntime(ctx), input.from),
  'conferences.save': (input, ctx) => saveConferenceRecord(requireRuntime(ctx), input),
  'conferences.get': (input, ctx) => conferenceDetail(requireRuntime(ctx), input.id),
  'conferences.invite': (input, ctx) => ({
    invited: inviteToConference(requireRuntime(ctx), input.conferenceId, input.participantIds),
  }),
  'conferences.setInviteStatus': (input, ctx) =>
    setInviteStatus(requireRuntime(ctx), input.inviteId, input.status, input.reminded),
};
