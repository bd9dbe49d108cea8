import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { MethodOutput } from '../../../../electron/api/contract';

export type Participant = MethodOutput<'participants.get'>;

export const participantKey = (id: number) => ['participants.get', { id }] as const;

/**
 * After a write that returns the record: show it at once, and refresh what depends on it
 * (its timeline, every caseload list). Everything stays in react-query's cache, which the
 * lock empties, so nothing of the participant outlives the session on screen.
 */
export function useRecordSaved(id: number): (saved?: Participant) => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(
    async (saved?: Participant) => {
      if (saved) queryClient.setQueryData(participantKey(id), saved);
      else await queryClient.invalidateQueries({ queryKey: participantKey(id) });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['participants.timeline', { id }] }),
        queryClient.invalidateQueries({ queryKey: ['participants.list'] }),
      ]);
    },
    [id, queryClient],
  );
}

/** Who may do what on this record, as the server decides it (the UI only mirrors it). */
export interface Abilities {
  /** Contact details: everyone with `canEdit` (navigators included). */
  editContact: boolean;
  /** The case itself (track, light, plan, notes): coordinators and the case's own coach. */
  editCase: boolean;
  /** Consents, intake completion and exit. */
  workCase: boolean;
}

export function abilitiesOf(participant: Participant, role: string): Abilities {
  const editCase = participant.canEdit && (role === 'coordinator' || role === 'coach');
  return { editContact: participant.canEdit, editCase, workCase: editCase };
}

/** The server names the fields of `participants.update` under `patch.`; the record's forms show them by their own name. */
export const patchPath = (path: string) => path.replace(/^patch\./, '');
