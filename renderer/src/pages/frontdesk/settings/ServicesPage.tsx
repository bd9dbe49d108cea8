import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api';
import { PhoneLink } from '../common/PhoneLink';
import { QueryState } from '../../../components/QueryState';
import { ServiceFormModal, type ServiceRow } from './ServiceFormModal';
import { ListTable } from '../../../components/ListTable';

/** The centre's directory of community services for referrals, inactive ones included. */
export function ServicesPage() {
  const { t } = useTranslation();
  const services = useApiQuery('services.list', { includeInactive: true });
  const [dialog, setDialog] = useState<{ service: ServiceRow | null } | null>(null);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Title order={1} fz="h2">
          {t('frontdesk.services.title')}
        </Title>
        <Button onClick={() => setDialog({ service: null })}>{t('frontdesk.services.create')}</Button>
      </Group>
      <Text c="dimmed">{t('frontdesk.services.intro')}</Text>
      {!services.data && <QueryState query={services} />}
      {services.data && services.data.length === 0 && <Text c="dimmed">{t('frontdesk.services.empty')}</Text>}
      {services.data && services.data.length > 0 && (
        <ListTable
          columns={[
            t('frontdesk.services.name'),
            t('frontdesk.services.offers'),
            t('frontdesk.services.phone'),
            t('frontdesk.services.address'),
            t('frontdesk.services.status'),
          ]}
          actionsLabel={t('frontdesk.common.actions')}
          minWidth={820}
          testId="services-table"
          highlightOnHover
        >
          {services.data.map((service) => (
            <Table.Tr key={service.id}>
              <Table.Td fw={600}>{service.name}</Table.Td>
              <Table.Td>{service.offers}</Table.Td>
              <Table.Td>
                <PhoneLink phone={service.phone} />
              </Table.Td>
              <Table.Td>{service.address ?? '—'}</Table.Td>
              <Table.Td>
                <Badge color={service.active ? 'teal' : 'gray'} variant="light">
                  {t(service.active ? 'frontdesk.services.isActive' : 'frontdesk.services.isInactive')}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={() => setDialog({ service })}
                  aria-label={t('frontdesk.common.editNamed', { name: service.name })}
                >
                  {t('frontdesk.common.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </ListTable>
      )}
      {dialog && <ServiceFormModal service={dialog.service} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
