import { Badge, Button, Card, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api';
import { PhoneLink } from '../common/PhoneLink';
import { QueryState } from '../../../components/QueryState';
import { ServiceFormModal, type ServiceRow } from './ServiceFormModal';

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
        <Card withBorder padding={0}>
          <Table.ScrollContainer minWidth={820}>
            <Table striped highlightOnHover verticalSpacing="sm" data-testid="services-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('frontdesk.services.name')}</Table.Th>
                  <Table.Th>{t('frontdesk.services.offers')}</Table.Th>
                  <Table.Th>{t('frontdesk.services.phone')}</Table.Th>
                  <Table.Th>{t('frontdesk.services.address')}</Table.Th>
                  <Table.Th>{t('frontdesk.services.status')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('frontdesk.common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
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
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      {dialog && <ServiceFormModal service={dialog.service} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
