import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDisplayDate } from '../../../../electron/domain/dates';
import { useApiQuery } from '../../api';
import { codeLabel } from '../../codes';
import { AllDone, ListPage } from '../../components/ListPage';
import { hrefFor } from '../../router';
import { ProposalWhy } from './ProposalWhy';

const reasonColour = { EMPLOYED_6M: 'teal', MAX_DURATION: 'indigo', NON_COOPERATION: 'orange' } as const;

/**
 * The coordinator's "due for exit" list: each person the app proposes to exit, the reason and
 * why, and one click to the record's status tab, where the exit form has the reason chosen.
 */
export function DueForExitPage() {
  const { t } = useTranslation();
  const due = useApiQuery('exits.due', {});
  const staff = useApiQuery('staff.directory', {});
  const coachName = (id: number | null) => staff.data?.find((s) => s.id === id)?.displayName ?? '';
  return (
    <ListPage
      maw={1100}
      title={t('exits.due.title')}
      intro={t('exits.due.intro')}
      actions={
        due.data && (
          <Badge size="lg" variant="light" data-testid="due-count">
            {t('exits.due.count', { count: due.data.length })}
          </Badge>
        )
      }
      query={due}
      items={due.data}
      empty={<AllDone testId="due-empty">{t('exits.due.empty')}</AllDone>}
    >
      {(items) => (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm" striped data-testid="due-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('exits.due.name')}</Table.Th>
                <Table.Th>{t('exits.due.reason')}</Table.Th>
                <Table.Th>{t('exits.due.why')}</Table.Th>
                <Table.Th>{t('exits.due.coach')}</Table.Th>
                <Table.Th>{t('exits.due.enrolled')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.id} data-testid="due-row">
                  <Table.Td>
                    <Anchor href={hrefFor(`/participants/${item.id}?tab=status`)} fw={500}>
                      <bdi>{`${item.firstName} ${item.lastName}`}</bdi>
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      variant="light"
                      color={reasonColour[item.proposal.reason]}
                      data-reason={item.proposal.reason}
                    >
                      {codeLabel(t, 'exitReason', item.proposal.reason)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text fz="sm">
                      <ProposalWhy proposal={item.proposal} />
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <bdi>{coachName(item.coachId)}</bdi>
                  </Table.Td>
                  <Table.Td>
                    <span className="kesher-ltr">{formatDisplayDate(item.enrolmentDate)}</span>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </ListPage>
  );
}
