import { Badge, Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api';
import { PhoneLink } from '../common/PhoneLink';
import { ListPage } from '../../../components/ListPage';
import { ServiceFormModal, type ServiceRow } from './ServiceFormModal';
import { ListTable } from '../../../components/ListTable';

/** The centre's directory of community services for referrals, inactive ones included. */
export function ServicesPage() {
  const { t } = useTranslation();
  const services = useApiQuery('services.list', { includeInactive: true });
  const [dialog, setDialog] = useState<{ service: ServiceRow | null } | null>(null);

  return (
    <ListPage
      title={t('frontdesk.services.title')}
      actions={<Button onClick={() => setDialog({ service: null })}>{t('frontdesk.services.create')}</Button>}
      intro={t('frontdesk.services.intro')}
      query={services}
      items={services.data}
      empty={<Text c="dimmed">{t('frontdesk.services.empty')}</Text>}
      dialogs={dialog && <ServiceFormModal service={dialog.service} onClose={() => setDialog(null)} />}
    >
      {(rows) => (
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
          {rows.map((service) => (
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
    </ListPage>
  );
}
