import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../electron/api/contract';
import { followUpAnswers, type FollowUpAnswer } from '../../../../electron/domain/casework';
import type { QueueScope } from '../../../../electron/domain/follow-ups';
import { formatDisplayDate } from '../../../../electron/domain/dates';
import { describeApiError, useApiQuery } from '../../api';
import { displayPhone } from '../../format';
import { hrefFor } from '../../router';
import { useSession } from '../../session/SessionContext';
import { AnswerModal } from './AnswerModal';

export type QueueItem = MethodOutput<'followUps.queue'>['items'][number];

const scopes: readonly QueueScope[] = ['week', 'overdue', 'all'];
const answerColours: Record<FollowUpAnswer, string> = {
  same_job: 'teal',
  employed_elsewhere: 'blue',
  not_employed: 'red',
  no_answer: 'gray',
};

/**
 * `/follow-ups`: the retention calls due this week, overdue, or all open ones, with the
 * person's phone. Each answer is two actions: its button on the row, then confirm (the
 * confirmation asks only what the answer needs: the end date, or the new job prefilled).
 */
export function FollowUpsPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const [scope, setScope] = useState<QueueScope>('week');
  const [coachId, setCoachId] = useState<string | null>(null);
  const [answering, setAnswering] = useState<{ item: QueueItem; answer: FollowUpAnswer } | null>(null);
  const queue = useApiQuery('followUps.queue', { scope, ...(coachId ? { coachId: Number(coachId) } : {}) });

  return (
    <Stack gap="lg">
      <Title order={1} fz="h2">
        {t('followUps.title')}
      </Title>
      <Text c="dimmed">{t('followUps.intro')}</Text>
      <Group gap="md" align="flex-end">
        <SegmentedControl
          value={scope}
          onChange={(value) => setScope(value as QueueScope)}
          data={scopes.map((value) => ({ value, label: t(`followUps.scope.${value}`) }))}
          data-testid="follow-ups-scope"
        />
        {session.role === 'coordinator' && <CoachFilter value={coachId} onChange={setCoachId} />}
      </Group>
      {queue.isPending && <Text>{t('common.loading')}</Text>}
      {queue.isError && (
        <Alert color="red" variant="light" role="alert">
          {describeApiError(queue.error.apiError, t).message}
        </Alert>
      )}
      {queue.isSuccess && queue.data.items.length === 0 && <Text c="dimmed">{t('followUps.none')}</Text>}
      {queue.isSuccess && queue.data.items.length > 0 && (
        <QueueTable
          items={queue.data.items}
          showCoach={session.role === 'coordinator'}
          onAnswer={(item, answer) => setAnswering({ item, answer })}
        />
      )}
      {queue.isSuccess && queue.data.truncated && <Text c="dimmed">{t('followUps.truncated')}</Text>}
      {answering && <AnswerModal {...answering} onClose={() => setAnswering(null)} />}
    </Stack>
  );
}

function CoachFilter({ value, onChange }: { value: string | null; onChange: (v: string | null) => void }) {
  const { t } = useTranslation();
  const staff = useApiQuery('staff.list', {});
  const coaches = (staff.data ?? []).filter((s) => s.role === 'coach' && s.active);
  return (
    <Select
      label={t('followUps.coach')}
      placeholder={t('followUps.allCoaches')}
      data={coaches.map((c) => ({ value: String(c.id), label: c.displayName }))}
      value={value}
      onChange={onChange}
      clearable
      w={220}
      data-testid="follow-ups-coach"
    />
  );
}

function QueueTable({
  items,
  showCoach,
  onAnswer,
}: {
  items: QueueItem[];
  showCoach: boolean;
  onAnswer: (item: QueueItem, answer: FollowUpAnswer) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table verticalSpacing="xs" data-testid="follow-ups-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('followUps.person')}</Table.Th>
            <Table.Th>{t('followUps.phone')}</Table.Th>
            {showCoach && <Table.Th>{t('followUps.coach')}</Table.Th>}
            <Table.Th>{t('followUps.months')}</Table.Th>
            <Table.Th>{t('followUps.callDate')}</Table.Th>
            <Table.Th>{t('followUps.state')}</Table.Th>
            <Table.Th>{t('followUps.answer')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} data-testid={`follow-up-${item.id}`}>
              <Table.Td>
                <Anchor href={hrefFor(`/participants/${item.participantId}?tab=placements`)}>
                  <bdi>{item.name}</bdi>
                </Anchor>
              </Table.Td>
              <Table.Td>
                {item.phone && (
                  <Anchor href={`tel:${item.phone}`} className="kesher-ltr">
                    {displayPhone(item.phone)}
                  </Anchor>
                )}
              </Table.Td>
              {showCoach && <Table.Td>{item.coachName && <bdi>{item.coachName}</bdi>}</Table.Td>}
              <Table.Td>{t('placements.months', { count: item.months })}</Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <span className="kesher-ltr">{formatDisplayDate(item.callDate)}</span>
                  {item.overdue && (
                    <Badge size="sm" color="red" variant="light">
                      {t('followUps.overdue')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text fz="sm">{t(`followUps.states.${item.state}`)}</Text>
                {item.attempts > 0 && (
                  <Text fz="xs" c="dimmed">
                    {t('followUps.tries', { count: item.attempts + 1 })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  {followUpAnswers.map((answer) => (
                    <Button
                      key={answer}
                      size="compact-sm"
                      variant="light"
                      color={answerColours[answer]}
                      onClick={() => onAnswer(item, answer)}
                      aria-label={t('followUps.answerFor', {
                        answer: t(`followUps.answers.${answer}`),
                        name: item.name,
                      })}
                      data-testid={`answer-${answer}-${item.id}`}
                    >
                      {t(`followUps.answers.${answer}`)}
                    </Button>
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
