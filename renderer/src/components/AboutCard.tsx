import { Alert, Badge, Button, Card, Group, Loader, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeApiError, showSuccess, useApiMutation, useApiQuery } from '../api';

/** What this installation is: read from `system.info`, nothing assumed. `bare` inside a dialog that has the title. */
export function AboutCard({ bare = false }: { bare?: boolean }) {
  const { t } = useTranslation();
  const info = useApiQuery('system.info', {});
  const ping = useApiMutation('system.ping');

  const checkConnection = () =>
    ping.mutate({ echo: 'kesher' }, { onSuccess: () => showSuccess(t('about.connectionOk')) });

  return (
    <Card
      withBorder={!bare}
      radius="md"
      padding={bare ? 0 : 'lg'}
      component="section"
      aria-label={bare ? t('about.title') : undefined}
      aria-labelledby={bare ? undefined : 'about-title'}
      maw={640}
    >
      {!bare && (
        <Title order={2} id="about-title" fz="h3" mb="md">
          {t('about.title')}
        </Title>
      )}

      {info.isPending && (
        <Group gap="sm" role="status">
          <Loader size="sm" />
          <Text>{t('about.loading')}</Text>
        </Group>
      )}

      {info.isError && (
        <Alert color="red" variant="light" role="alert" title={t('notifications.errorTitle')}>
          <Text mb="sm">{describeApiError(info.error.apiError, t).message}</Text>
          <Button size="xs" variant="default" onClick={() => void info.refetch()}>
            {t('common.retry')}
          </Button>
        </Alert>
      )}

      {info.data && (
        <>
          <Table variant="vertical" layout="fixed" withTableBorder={false} verticalSpacing="sm">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={160}>{t('about.version')}</Table.Th>
                <Table.Td>
                  <bdi data-testid="about-version">{info.data.version}</bdi>
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('about.transport')}</Table.Th>
                <Table.Td data-testid="about-transport">{t(`about.transports.${info.data.transport}`)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('about.store')}</Table.Th>
                <Table.Td>
                  <Badge variant="light" color={info.data.demo ? 'orange' : 'indigo'} data-testid="about-store">
                    {t(info.data.demo ? 'about.stores.demo' : 'about.stores.real')}
                  </Badge>
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('about.centre')}</Table.Th>
                <Table.Td data-testid="about-centre">
                  {info.data.centre ? (
                    <bdi>{info.data.centre.name}</bdi>
                  ) : (
                    <Text span c="dimmed">
                      {t('about.centreNotSet')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <Group mt="lg">
            <Button variant="light" onClick={checkConnection} loading={ping.isPending}>
              {t('about.checkConnection')}
            </Button>
          </Group>
        </>
      )}
    </Card>
  );
}
