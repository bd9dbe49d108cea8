import { Alert, Card, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../caseload/badges';
import { codeLabel } from '../../codes';
import { formatDisplayDate, todayIso } from '../../../../electron/domain/dates';
import { useSession } from '../../session/SessionContext';
import { CompleteIntakeForm } from './CompleteIntakeForm';
import { ExitForm } from './ExitForm';
import type { Participant } from './participant-data';
import { ReopenForm } from './ReopenForm';
import { ScheduleIntakeForm } from './ScheduleIntakeForm';
import { availability, type ActionId } from './status-actions';

const forms: Record<ActionId, (p: Participant) => ReactNode> = {
  scheduleIntake: (p) => <ScheduleIntakeForm participant={p} />,
  completeIntake: (p) => <CompleteIntakeForm participant={p} />,
  exit: (p) => <ExitForm participant={p} />,
  reopen: (p) => <ReopenForm participant={p} />,
};

/** Re-opening is offered only on an exited case; the other actions show why they are not available. */
const actionsFor = (p: Participant): readonly ActionId[] =>
  p.status === 'exited' ? ['reopen'] : ['scheduleIntake', 'completeIntake', 'exit'];

/** Where the case stands, and the next steps the status machine allows, each with its reason if not. */
export function StatusSection({ participant: p }: { participant: Participant }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const today = todayIso();
  const fact = (label: string, value: ReactNode) => (
    <Table.Tr>
      <Table.Th w={220} scope="row">
        {label}
      </Table.Th>
      <Table.Td>{value}</Table.Td>
    </Table.Tr>
  );
  const date = (iso: string | null) => <span className="kesher-ltr">{formatDisplayDate(iso)}</span>;

  return (
    <Stack gap="lg">
      <Table withRowBorders={false} verticalSpacing={6} data-testid="status-facts">
        <Table.Tbody>
          {fact(t('participant.status.current'), <StatusBadge status={p.status} />)}
          {p.intakeScheduledDate && fact(t('participant.intake.scheduledDate'), date(p.intakeScheduledDate))}
          {p.enrolmentDate && fact(t('participant.intake.enrolmentDate'), date(p.enrolmentDate))}
          {p.commitmentSignedDate && fact(t('participant.intake.commitmentDate'), date(p.commitmentSignedDate))}
          {p.lastContactDate && fact(t('participant.status.lastContact'), date(p.lastContactDate))}
          {p.exitDate && fact(t('participant.exit.date'), date(p.exitDate))}
          {p.exitReason && fact(t('participant.exit.reason'), codeLabel(t, 'exitReason', p.exitReason))}
        </Table.Tbody>
      </Table>

      {actionsFor(p).map((action) => {
        const verdict = availability(action, p, session.role, session.userId, today);
        return (
          <Card key={action} withBorder padding="md" data-testid={`action-${action}`}>
            <Stack gap="sm">
              <Title order={2} fz="h4">
                {t(`participant.actions.${action}`)}
              </Title>
              {verdict.ok ? (
                forms[action](p)
              ) : (
                <Alert variant="light" color="gray" data-testid={`unavailable-${action}`}>
                  <Text fz="sm">{t(verdict.reason)}</Text>
                </Alert>
              )}
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
