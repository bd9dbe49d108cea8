import { Alert, Loader, Text, Timeline } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../electron/api/contract';
import { describeApiError, useApiQuery } from '../../api';
import { codeLabel } from '../../codes';
import { formatDateTime, isolate } from '../../format';

type TimelineEvent = MethodOutput<'participants.timeline'>[number];
type Directory = MethodOutput<'staff.directory'>;

/** Field names the person reading knows; internal bookkeeping columns are left out. */
function fieldList(t: TFunction, detail: TimelineEvent['detail']): string {
  const raw = typeof detail?.fields === 'string' ? detail.fields : '';
  return raw
    .split(',')
    .filter(Boolean)
    .map((field) => t(`participant.fields.${field}`, { defaultValue: '' }))
    .filter(Boolean)
    .join(', ');
}

/** One line per event, in the centre's words; ids in the detail become names or labels. */
export function describeEvent(t: TFunction, event: TimelineEvent, directory: Directory): string {
  const status = (value: string | null) => (value ? codeLabel(t, 'status', value) : '');
  const staffName = (id: unknown) =>
    isolate(directory.find((member) => member.id === id)?.displayName ?? t('participant.timeline.unknownStaff'));
  const detail = event.detail ?? {};
  switch (event.kind) {
    case 'created':
      return t('participant.timeline.created', { status: status(event.toStatus) });
    case 'status':
      // The move itself says what changed; the fields it took along would only repeat it.
      return t('participant.timeline.status', { from: status(event.fromStatus), to: status(event.toStatus) });
    case 'screening':
      return t('participant.timeline.screening', { outcome: codeLabel(t, 'screeningOutcome', String(detail.outcome)) });
    case 'decision':
      return t('participant.timeline.decision', { decision: codeLabel(t, 'decision', String(detail.decision)) });
    case 'invited':
      return t('participant.timeline.invited');
    case 'reassigned':
      return t('participant.timeline.reassigned', {
        from: staffName(detail.fromCoachId),
        to: staffName(detail.toCoachId),
      });
    case 'updated': {
      const fields = fieldList(t, event.detail);
      return fields ? t('participant.timeline.updated', { fields }) : t('participant.timeline.other');
    }
    default:
      return t('participant.timeline.other');
  }
}

export function TimelineSection({ participantId }: { participantId: number }) {
  const { t } = useTranslation();
  const events = useApiQuery('participants.timeline', { id: participantId });
  const directory = useApiQuery('staff.directory', {});
  if (events.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (events.isError)
    return (
      <Alert color="red" variant="light" role="alert">
        {describeApiError(events.error.apiError, t).message}
      </Alert>
    );
  // Newest first: the question is usually "what happened lately".
  const ordered = [...events.data].reverse();
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="timeline">
      {ordered.map((event) => (
        <Timeline.Item key={event.id} title={describeEvent(t, event, directory.data ?? [])} data-kind={event.kind}>
          <Text fz="xs" c="dimmed">
            <span className="kesher-ltr">{formatDateTime(event.at)}</span>
            {' · '}
            {event.actorName ? <bdi>{event.actorName}</bdi> : t('participant.timeline.system')}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
