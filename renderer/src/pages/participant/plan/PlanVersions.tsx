import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../electron/api/contract';
import { formatDisplayDate } from '../../../../../electron/domain/dates';
import { describeApiError, useApiQuery } from '../../../api';
import { codeLabel } from '../../../codes';
import { PlanDisplay, type ItemMark, type PlanMarks } from './PlanDisplay';

type Summary = MethodOutput<'plans.get'>['versions'][number];
type Changes = MethodOutput<'plans.compare'>['changes'];

const ltrDate = (iso: string | null) => (iso ? <span className="kesher-ltr">{formatDisplayDate(iso)}</span> : '—');

/** Every version, each readable in full, and any two compared side by side. */
export function PlanVersions({ participantId, versions }: { participantId: number; versions: Summary[] }) {
  const { t } = useTranslation();
  const [viewing, setViewing] = useState<Summary | null>(null);
  const numbers = versions.map((v) => String(v.version));
  const [from, setFrom] = useState<string | null>(numbers.at(-2) ?? null);
  const [to, setTo] = useState<string | null>(numbers.at(-1) ?? null);
  const [compared, setCompared] = useState<{ from: number; to: number } | null>(null);
  if (versions.length === 0) return null;

  return (
    <Stack gap="md">
      <Title order={2} fz="h4">
        {t('plans.versions.title')}
      </Title>
      <Table verticalSpacing="xs" data-testid="plan-versions" maw={760}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('plans.versions.version')}</Table.Th>
            <Table.Th>{t('plans.versions.status')}</Table.Th>
            <Table.Th>{t('plans.versions.participantSigned')}</Table.Th>
            <Table.Th>{t('plans.versions.coachSigned')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.map((v) => (
            <Table.Tr key={v.id} data-testid="plan-version-row">
              <Table.Td>{v.version}</Table.Td>
              <Table.Td>
                <Badge color={v.status === 'signed' ? 'teal' : 'gray'} variant="light">
                  {codeLabel(t, 'planStatus', v.status)}
                </Badge>
              </Table.Td>
              <Table.Td>{ltrDate(v.participantSignedDate)}</Table.Td>
              <Table.Td>{ltrDate(v.coachSignedDate)}</Table.Td>
              <Table.Td>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  onClick={() => setViewing(v)}
                  aria-label={t('plans.versions.viewVersion', { version: v.version })}
                >
                  {t('plans.versions.view')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {versions.length > 1 && (
        <Group align="flex-end" gap="sm">
          <Select
            label={t('plans.versions.from')}
            data={numbers}
            value={from}
            onChange={setFrom}
            w={150}
            data-testid="compare-from"
          />
          <Select
            label={t('plans.versions.to')}
            data={numbers}
            value={to}
            onChange={setTo}
            w={150}
            data-testid="compare-to"
          />
          <Button
            variant="light"
            disabled={!from || !to}
            onClick={() => from && to && setCompared({ from: Number(from), to: Number(to) })}
            data-testid="compare-run"
          >
            {t('plans.versions.compare')}
          </Button>
        </Group>
      )}
      {compared && <PlanCompare participantId={participantId} fromVersion={compared.from} toVersion={compared.to} />}
      {viewing && <VersionModal planId={viewing.id} version={viewing.version} onClose={() => setViewing(null)} />}
    </Stack>
  );
}

function VersionModal({ planId, version, onClose }: { planId: number; version: number; onClose: () => void }) {
  const { t } = useTranslation();
  const query = useApiQuery('plans.version', { planId });
  return (
    <Modal opened onClose={onClose} size="xl" title={t('plans.versions.viewVersion', { version })}>
      {query.isPending && <Loader size="sm" />}
      {query.isError && <Alert color="red">{describeApiError(query.error.apiError, t).message}</Alert>}
      {query.data && <PlanDisplay plan={query.data} />}
    </Modal>
  );
}

/** Marks for one side: the newer side shows what was added, the older what was removed. */
function marksFor(changes: Changes, side: 'from' | 'to'): PlanMarks {
  const items = new Map<string, ItemMark>();
  for (const change of [...changes.goals, ...changes.tasks, ...changes.barriers]) {
    if (change.change === 'changed' || (change.change === 'added') === (side === 'to'))
      items.set(change.itemKey, change);
  }
  return { fields: new Set(changes.fields), items };
}

function PlanCompare({
  participantId,
  fromVersion,
  toVersion,
}: {
  participantId: number;
  fromVersion: number;
  toVersion: number;
}) {
  const { t } = useTranslation();
  const query = useApiQuery('plans.compare', { participantId, fromVersion, toVersion });
  if (query.isPending) return <Loader size="sm" />;
  if (query.isError) return <Alert color="red">{describeApiError(query.error.apiError, t).message}</Alert>;
  const { from, to, changes } = query.data;
  const none = changes.fields.length + changes.goals.length + changes.tasks.length + changes.barriers.length === 0;
  return (
    <Stack gap="sm" data-testid="plan-compare">
      <Title order={3} fz="h5">
        {t('plans.compare.title', { from: from.version, to: to.version })}
      </Title>
      <Text fz="sm" c="dimmed">
        {none ? t('plans.compare.noChanges') : t('plans.compare.summary')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="xs">
          <Title order={4} fz="sm">
            {t('plans.versions.version')} {from.version} · {codeLabel(t, 'planStatus', from.status)}
          </Title>
          <PlanDisplay plan={from} marks={marksFor(changes, 'from')} />
        </Stack>
        <Stack gap="xs">
          <Title order={4} fz="sm">
            {t('plans.versions.version')} {to.version} · {codeLabel(t, 'planStatus', to.status)}
          </Title>
          <PlanDisplay plan={to} marks={marksFor(changes, 'to')} />
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
