import type { facilitatorNotesContract } from '../contracts/facilitatorNotes';
import { requireRuntime } from '../context';
import { addFacilitatorNote, facilitatorNotesFor } from '../../services/attendance/notes';
import type { HandlerMap } from './types';

export const facilitatorNotesHandlers: HandlerMap<keyof typeof facilitatorNotesContract> = {
  'facilitatorNotes.add': (input, ctx) => addFacilitatorNote(requireRuntime(ctx), input),
  'facilitatorNotes.forParticipant': (input, ctx) => facilitatorNotesFor(requireRuntime(ctx), input.participantId),
};
