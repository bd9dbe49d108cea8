import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../electron/api/contract';
import { unwrap, useApi, useApiQuery, type ApiFailure } from '../../api';
import '../../caseload/caseload.css';
import { useHashQuery } from '../../caseload/hash-query';
import { PageControls } from '../../components/PageControls';
import { QueryState } from '../../components/QueryState';
import { hrefFor } from '../../router';
import { rolesFor } from '../../routing/route-def';
import { useSession } from '../../session/SessionContext';
import { CoachReportButton } from '../documents/WorkshopDocuments';
import {
  hasFilters,
  listInput,
  PAGE_SIZE,
  readView,
  writeView,
  type CaseloadView,
  type SortField,
} from './caseload-query';
import { CaseloadFilters } from './CaseloadFilters';
import { CaseloadTable } from './CaseloadTable';
import { columns } from './columns';
import { ColumnsMenu } from './ColumnsMenu';
import { ReassignModal } from './ReassignModal';
import { useColumnChoice } from './useColumnChoice';

/** Typing in a field must not be taken for the "/" shortcut. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function CaseloadList({ scope }: { scope: 'mine' | 'all' }) {
  const { t } = useTranslation();
  const api = useApi();
  const { session } = useSession();
  const [params, setParams] = useHashQuery();
  const view = readView(params);
  const input = listInput(view, scope);
  const list = useQuery<MethodOutput<'participants.list'>, ApiFailure>({
    queryKey: ['participants.list', input],
    queryFn: () => unwrap(api['participants.list'](input)),
    placeholderData: keepPreviousData,
  });
  const directory = useApiQuery('staff.directory', {});
  const choice = useColumnChoice();
  const [reassigning, setReassigning] = useState(false);
  const filtersRef = useRef<HTMLDivElement>(null);

  const available = columns.filter((column) => !column.hiddenFor?.includes(session.role));
  const shown = available.filter((column) => choice.visible.includes(column.id));

  const update = useCallback(
    (change: Partial<CaseloadView>) => {
      // A new filter or sort starts again at the first page.
      const next = { ...view, page: 1, ...change };
      setParams(writeView(next, params));
    },
    [params, setParams, view],
  );

  const onSort = (field: SortField) =>
    update({ sort: field, direction: view.sort === field && view.direction === 'asc' ? 'desc' : 'asc' });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      event.preventDefault();
      filtersRef.current?.querySelector<HTMLElement>('input, button')?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Title order={1} fz="h2">
          {t(scope === 'mine' ? 'nav.myCaseload' : 'nav.participants')}
        </Title>
        <Group gap="sm">
          {scope === 'all' && session.role === 'coordinator' && (
            <Button variant="light" onClick={() => setReassigning(true)} disabled={!directory.data}>
              {t('caseload.reassign.open')}
            </Button>
          )}
          {scope === 'mine' && session.role === 'coach' && <CoachReportButton coachId={session.userId} />}
          {choice.ready && <ColumnsMenu available={available} visible={choice.visible} onChange={choice.setVisible} />}
        </Group>
      </Group>

      <Card withBorder padding="md">
        <CaseloadFilters
          ref={filtersRef}
          view={view}
          onChange={update}
          showCoach={scope === 'all'}
          showPopulationTag={session.role !== 'navigator'}
          directory={directory.data ?? []}
        />
      </Card>

      <QueryState query={list} retry={false} />

      {list.data && choice.ready && (
        <>
          <Group justify="space-between" align="center">
            <Text fz="sm" role="status" data-testid="caseload-count">
              {t('caseload.count', { count: total })}
            </Text>
            <Text fz="xs" c="dimmed" id="caseload-keys">
              {t('caseload.keyboardHint')}
            </Text>
          </Group>
          {total === 0 && !hasFilters(view) ? (
            <Stack gap="xs" data-testid="caseload-first-step">
              <Text>{t(scope === 'mine' ? 'caseload.noneYetMine' : 'caseload.noneYet')}</Text>
              {(rolesFor('inquiries.create')?.includes(session.role) ?? true) && (
                <Anchor href={hrefFor('/inquiries/new')} data-testid="caseload-first-inquiry">
                  {t('caseload.recordFirstInquiry')}
                </Anchor>
              )}
            </Stack>
          ) : total === 0 ? (
            <Text c="dimmed" data-testid="caseload-empty">
              {t(scope === 'mine' ? 'caseload.emptyMine' : 'caseload.empty')}
            </Text>
          ) : (
            <Card withBorder padding={0}>
              <CaseloadTable
                rows={list.data.rows}
                shown={shown}
                sort={view.sort}
                direction={view.direction}
                onSort={onSort}
              />
            </Card>
          )}
          <PageControls
            total={pages}
            value={Math.min(view.page, pages)}
            onChange={(page) => setParams(writeView({ ...view, page }, params))}
          />
        </>
      )}

      {reassigning && directory.data && (
        <ReassignModal directory={directory.data} onClose={() => setReassigning(false)} />
      )}
    </Stack>
  );
}

/** The coach's own open and past cases. */
export function MyCaseloadPage() {
  return <CaseloadList scope="mine" />;
}

/** Every participant of the centre, for coordinators, navigators and (read-only beyond their own) coaches. */
export function AllParticipantsPage() {
  return <CaseloadList scope="all" />;
}
