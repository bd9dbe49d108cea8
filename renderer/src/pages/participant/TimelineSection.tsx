import { Alert, Anchor, Loader, Text, Timeline } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../electron/api/contract';
import { describeApiError, useApiQuery } from '../../api';
import { codeLabel } from '../../codes';
import { formatDisplayDate } from '../../../../electron/domain/dates';
import { formatDateTime, isolate } from '../../format';
import { hrefFor } from '../../router';
import { useSession } from '../../session/SessionContext';

type TimelineEvent = MethodOutput<'participants.timeline'>[number];
type Directory = MethodOutput<'staff.directory'>;
type CaseworkEntry = MethodOutput<'timeline.casework'>[number];

/** Case work in the centre's words: the kind, then the code's label (meeting state, light, answer…). */
export function describeCasework(t: TFunction, entry: CaseworkEntry): string {
  return t(`day.timeline.${entry.kind}`, {
    code: entry.code ? t(`day.timeline.codes.${entry.code}`, { defaultValue: entry.code }) : '',
    n: entry.n ?? '',
  });
}

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

/** One timeline line: the record's own events (timestamped) and case work (dated), newest first. */
type Line =
  | { kind: 'event'; sortKey: string; event: TimelineEvent }
  | { kind: 'casework'; sortKey: string; entry: CaseworkEntry };

export function TimelineSection({ participantId }: { participantId: number }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const events = useApiQuery('participants.timeline', { id: participantId });
  // Case work is coaches' and coordinators' only; a navigator's timeline is the record's own.
  const seesCasework = session.role === 'coach' || session.role === 'coordinator';
  const casework = useApiQuery('timeline.casework', { id: participantId }, { enabled: seesCasework });
  const directory = useApiQuery('staff.directory', {});
  if (events.isPending || (seesCasework && casework.isPending))
    return <Loader size="sm" aria-label={t('common.loading')} />;
  const failed = events.error ?? casework.error;
  if (failed)
    return (
      <Alert color="red" variant="light" role="alert">
        {describeApiError(failed.apiError, t).message}
      </Alert>
    );
  const lines: Line[] = [
    ...(events.data ?? []).map((event): Line => ({ kind: 'event', sortKey: event.at, event })),
    // A dated entry sorts after that day's timestamped events: "T99" is later than any time.
    ...(casework.data ?? []).map((entry): Line => ({ kind: 'casework', sortKey: `${entry.date}T99`, entry })),
  ];
  // Newest first: the question is usually "what happened lately". A stable sort keeps each
  // source's own order within a day.
  const ordered = lines
    .map((line, i) => ({ line, i }))
    .sort((a, b) => (a.line.sortKey === b.line.sortKey ? b.i - a.i : a.line.sortKey < b.line.sortKey ? 1 : -1));
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="timeline">
      {ordered.map(({ line }) =>
        line.kind === 'event' ? (
          <Timeline.Item
            key={`e${line.event.id}`}
            title={describeEvent(t, line.event, directory.data ?? [])}
            data-kind={line.event.kind}
          >
            <Text fz="xs" c="dimmed">
              <span className="kesher-ltr">{formatDateTime(line.event.at)}</span>
              {' · '}
              {line.event.actorName ? <bdi>{line.event.actorName}</bdi> : t('participant.timeline.system')}
            </Text>
          </Timeline.Item>
        ) : (
          <Timeline.Item
            key={line.entry.key}
            title={
              line.entry.tab ? (
                <Anchor href={hrefFor(`/participants/${participantId}?tab=${line.entry.tab}`)} fw={600} fz="sm">
                  {describeCasework(t, line.entry)}
                </Anchor>
              ) : (
                describeCasework(t, line.entry)
              )
            }
            data-kind={line.entry.kind}
            data-testid="timeline-casework"
          >
            <Text fz="xs" c="dimmed">
              <span className="kesher-ltr">{formatDisplayDate(line.entry.date)}</span>
              {line.entry.actorName && (
                <>
                  {' · '}
                  <bdi>{line.entry.actorName}</bdi>
                </>
              )}
            </Text>
          </Timeline.Item>
        ),
      )}
    </Timeline>
  );
}
