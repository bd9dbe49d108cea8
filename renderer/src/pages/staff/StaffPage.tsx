import { Badge, Button, Group, Menu, Stack, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showApiError, showSuccess, useApi, useApiQuery } from '../../api';
import { ListPage } from '../../components/ListPage';
import { formatDateTime } from '../../format';
import { useSession } from '../../session/SessionContext';
import { ResetPasswordModal } from './ResetPasswordModal';
import { StaffFormModal } from './StaffFormModal';
import { STAFF_LIST_KEY, type StaffMember } from './staff-types';
import { ListTable } from '../../components/ListTable';

type Dialog =
  { kind: 'create' } | { kind: 'edit'; member: StaffMember } | { kind: 'reset'; member: StaffMember } | null;

/** Staff accounts of the centre, for coordinators only. */
export function StaffPage() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const { session } = useSession();
  const staff = useApiQuery('staff.list', {});
  const [dialog, setDialog] = useState<Dialog>(null);

  const confirmDeactivate = (member: StaffMember) =>
    modals.openConfirmModal({
      title: t('staff.deactivateTitle'),
      children: (
        <Stack gap="xs">
          <Text>{t('staff.deactivateBody')}</Text>
          <Text fw={500}>{t('staff.deactivateQuestion', { name: member.displayName })}</Text>
        </Stack>
      ),
      labels: { confirm: t('staff.deactivateConfirm'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        const result = await api['staff.deactivate']({ id: member.id });
        if (!result.ok) return showApiError(result.error, t);
        await queryClient.invalidateQueries({ queryKey: STAFF_LIST_KEY });
        showSuccess(t('staff.deactivated'));
      },
    });

  return (
    <ListPage
      title={t('nav.staff')}
      actions={<Button onClick={() => setDialog({ kind: 'create' })}>{t('staff.create')}</Button>}
      query={staff}
      retry={false}
      items={staff.data}
      dialogs={
        <>
          {dialog?.kind === 'create' && <StaffFormModal member={null} onClose={() => setDialog(null)} />}
          {dialog?.kind === 'edit' && <StaffFormModal member={dialog.member} onClose={() => setDialog(null)} />}
          {dialog?.kind === 'reset' && <ResetPasswordModal member={dialog.member} onClose={() => setDialog(null)} />}
        </>
      }
    >
      {(members) => (
        <ListTable
          columns={[
            t('staff.columns.staffCode'),
            t('staff.columns.name'),
            t('staff.columns.username'),
            t('staff.columns.role'),
            t('staff.columns.status'),
            t('staff.columns.lastSignIn'),
          ]}
          actionsLabel={t('staff.columns.actions')}
          minWidth={880}
          testId="staff-table"
          highlightOnHover
        >
          {members.map((member) => (
            <Table.Tr key={member.id} data-testid={`staff-row-${member.id}`}>
              <Table.Td>
                <bdi>{member.staffCode}</bdi>
              </Table.Td>
              <Table.Td>
                <bdi>{member.displayName}</bdi>
              </Table.Td>
              <Table.Td>
                <bdi>{member.username}</bdi>
              </Table.Td>
              <Table.Td>{t(`roles.${member.role}`)}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Badge variant="light" color={member.active ? 'teal' : 'gray'}>
                    {t(member.active ? 'staff.active' : 'staff.inactive')}
                  </Badge>
                  {member.active && member.mustChangePassword && (
                    <Badge variant="light" color="orange">
                      {t('staff.mustChangePassword')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <bdi>{member.lastSignInAt ? formatDateTime(member.lastSignInAt) : t('staff.neverSignedIn')}</bdi>
              </Table.Td>
              <Table.Td>
                {member.active && (
                  <Menu position="bottom-end" shadow="md">
                    <Menu.Target>
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        aria-label={t('staff.actionsFor', { name: member.displayName })}
                      >
                        {t('staff.columns.actions')}
                      </Button>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item onClick={() => setDialog({ kind: 'edit', member })}>{t('staff.edit')}</Menu.Item>
                      <Menu.Item onClick={() => setDialog({ kind: 'reset', member })}>
                        {t('staff.resetPassword')}
                      </Menu.Item>
                      {member.id !== session.userId && (
                        <Menu.Item color="red" onClick={() => confirmDeactivate(member)}>
                          {t('staff.deactivate')}
                        </Menu.Item>
                      )}
                    </Menu.Dropdown>
                  </Menu>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </ListTable>
      )}
    </ListPage>
  );
}
