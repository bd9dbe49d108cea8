import { Alert, Badge, Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../electron/api/contract';
import type { ApiError } from '../../../../../electron/api/result';
import { formatDisplayDate, todayIso } from '../../../../../electron/domain/dates';
import { describeApiError, showSuccess, useApiAction, useApiQuery } from '../../../api';
import { DateField } from '../../../components/DateField';
import { FormError } from '../../../forms/FormError';
import { DialogActions } from '../../../forms/FormFrame';
import { occupationName } from './OccupationSelect';
import { emptyPlacement, PlacementForm, type PlacementFields, type PlacementFormValues } from './PlacementForm';

type Listing = MethodOutput<'placements.list'>;
type Placement = Listing['placements'][number];

const stateColours = {
  pending: 'gray',
  retry: 'yellow',
  same_job: 'teal',
  employed_elsewhere: 'blue',
  not_employed: 'red',
  unreachable: 'dark',
} as const;

const ltr = (iso: string | null) => <span className="kesher-ltr">{formatDisplayDate(iso)}</span>;

/** After a placement or follow-up changes: this list, the queue and the participant's timeline. */
export function usePlacementsChanged(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all(
      ['placements.list', 'followUps.queue', 'participants.timeline'].map((key) =>
        queryClient.invalidateQueries({ queryKey: [key] }),
      ),
    );
  }, [queryClient]);
}

function formValuesOf(p: Placement): PlacementFormValues {
  return {
    employer: p.employer ?? '',
    occupationCode: p.occupationCode,
    startDate: p.startDate,
    endDate: p.endDate,
    employmentType: p.employmentType,
    jobScopePct: p.jobScopePct ?? '',
    monthlySalaryNis: p.monthlySalaryNis ?? '',
    foundBy: p.foundBy,
    note: p.note ?? '',
  };
}

/** A person's jobs, the form that records one, and the retention follow-ups they set. */
export function PlacementsTab({ participantId }: { participantId: number }) {
  const { t } = useTranslation();
  const listing = useApiQuery('placements.list', { participantId });
  const [editing, setEditing] = useState<Placement | 'new' | null>(null);
  const [ending, setEnding] = useState<Placement | null>(null);
  const save = useApiAction('placements.save');
  const changed = usePlacementsChanged();

  if (listing.isPending) return <Text>{t('common.loading')}</Text>;
  if (listing.isError) {
    return (
      <Alert color="red" variant="light" role="alert">
        {describeApiError(listing.error.apiError, t).message}
      </Alert>
    );
  }
  const { placements, followUps, canEdit } = listing.data;
  const current = editing === 'new' ? null : editing;

  const onSave = async (fields: PlacementFields): Promise<ApiError | void> => {
    const result = await save.run({
      participantId,
      ...fields,
      ...(current ? { placementId: current.id, expectedUpdatedAt: current.updatedAt } : {}),
    });
    if (!result.ok) return result.error;
    setEditing(null);
    await changed();
    showSuccess(t('placements.saved'));
  };

  return (
    <Stack gap="lg" data-testid="placements-tab">
      <Group justify="space-between">
        <Title order={2} fz="h4">
          {t('placements.title')}
        </Title>
        {canEdit && editing === null && (
          <Button onClick={() => setEditing('new')} data-testid="placement-add">
            {t('placements.add')}
          </Button>
        )}
      </Group>
      {placements.length === 0 ? (
        <Text c="dimmed">{t('placements.none')}</Text>
      ) : (
        <PlacementsTable
          placements={placements}
          canEdit={canEdit && editing === null}
          onEdit={setEditing}
          onEnd={setEnding}
        />
      )}
      {editing !== null && (
        <Card withBorder padding="md">
          <Title order={3} fz="h5" mb="md">
            {t(current ? 'placements.editTitle' : 'placements.addTitle')}
          </Title>
          <PlacementForm
            key={current?.id ?? 'new'}
            initial={current ? formValuesOf(current) : emptyPlacement}
            onSave={onSave}
            onCancel={() => setEditing(null)}
            submitLabel={t('placements.save')}
            testId="placement-form"
            pending={save.pending}
          />
        </Card>
      )}
      <Title order={2} fz="h4">
        {t('placements.followUpsTitle')}
      </Title>
      {followUps.length === 0 ? (
        <Text c="dimmed">{t('placements.followUpsNone')}</Text>
      ) : (
        <Table verticalSpacing="xs" data-testid="placement-follow-ups" maw={640}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('followUps.months')}</Table.Th>
              <Table.Th>{t('placements.due')}</Table.Th>
              <Table.Th>{t('placements.state')}</Table.Th>
              <Table.Th>{t('placements.attempts')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {followUps.map((f) => (
              <Table.Tr key={f.id}>
                <Table.Td>{t('placements.months', { count: f.months })}</Table.Td>
                <Table.Td>{ltr(f.state === 'retry' ? f.nextTryDate : f.dueDate)}</Table.Td>
                <Table.Td>
                  <Badge color={stateColours[f.state]} variant="light">
                    {t(`followUps.states.${f.state}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{f.attempts}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {ending && <EndModal placement={ending} onClose={() => setEnding(null)} onEnded={changed} />}
    </Stack>
  );
}

function PlacementsTable({
  placements,
  canEdit,
  onEdit,
  onEnd,
}: {
  placements: Placement[];
  canEdit: boolean;
  onEdit: (p: Placement) => void;
  onEnd: (p: Placement) => void;
}) {
  const { t, i18n } = useTranslation();
  const missing = (
    <Text span c="dimmed" fz="sm">
      {t('placements.missing')}
    </Text>
  );
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="xs" data-testid="placements-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('placements.occupation')}</Table.Th>
            <Table.Th>{t('placements.employer')}</Table.Th>
            <Table.Th>{t('placements.dates')}</Table.Th>
            <Table.Th>{t('placements.scopeAndSalary')}</Table.Th>
            <Table.Th>{t('placements.foundBy')}</Table.Th>
            {canEdit && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {placements.map((p) => (
            <Table.Tr key={p.id} data-testid={`placement-${p.id}`}>
              <Table.Td>
                <Text fz="sm">{occupationName(p.occupationCode, i18n.language) ?? p.occupationText ?? '—'}</Text>
                <Group gap={4}>
                  {p.occupationCode && (
                    <Text span fz="xs" c="dimmed" className="kesher-ltr">
                      {p.occupationCode}
                    </Text>
                  )}
                  {p.programme ? (
                    <Badge size="xs" variant="light" color="teal">
                      {t('placements.programme')}
                    </Badge>
                  ) : (
                    <Badge size="xs" variant="light" color="gray" title={t('placements.beforeEnrolmentHint')}>
                      {t('placements.beforeEnrolment')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{p.employer ? <bdi>{p.employer}</bdi> : missing}</Table.Td>
              <Table.Td>
                {ltr(p.startDate)} –{' '}
                {p.endDate ? (
                  ltr(p.endDate)
                ) : (
                  <Badge size="sm" variant="light" color="teal">
                    {t('placements.ongoing')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text fz="sm">
                  {p.jobScopePct !== null ? <span className="kesher-ltr">{p.jobScopePct}%</span> : missing}
                  {' · '}
                  {p.monthlySalaryNis !== null ? (
                    <span className="kesher-ltr">₪{p.monthlySalaryNis.toLocaleString('en-US')}</span>
                  ) : (
                    missing
                  )}
                </Text>
                {p.employmentType && (
                  <Text fz="xs" c="dimmed">
                    {t(`placements.employmentTypes.${p.employmentType}`)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{p.foundBy ? t(`placements.foundByCodes.${p.foundBy}`) : missing}</Table.Td>
              {canEdit && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-sm" variant="subtle" onClick={() => onEdit(p)}>
                      {t('placements.edit')}
                    </Button>
                    {!p.endDate && (
                      <Button size="compact-sm" variant="subtle" color="red" onClick={() => onEnd(p)}>
                        {t('placements.end')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function EndModal({
  placement,
  onClose,
  onEnded,
}: {
  placement: Placement;
  onClose: () => void;
  onEnded: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const end = useApiAction('placements.end');
  const [date, setDate] = useState<string | null>(todayIso());
  const [problem, setProblem] = useState<ApiError | null>(null);
  const run = async () => {
    if (!date) return;
    const result = await end.run({ placementId: placement.id, endDate: date });
    if (!result.ok) return setProblem(result.error);
    await onEnded();
    showSuccess(t('placements.ended'));
    onClose();
  };
  return (
    <Modal opened onClose={onClose} title={t('placements.endTitle')}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <Stack gap="md">
          <FormError error={problem} />
          <DateField label={t('placements.endText')} value={date} onChange={setDate} minDate={placement.startDate} />
          <DialogActions onCancel={onClose} loading={end.pending} submitLabel={t('placements.endConfirm')} />
        </Stack>
      </form>
    </Modal>
  );
}
