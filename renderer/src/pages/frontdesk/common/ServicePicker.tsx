import { Alert, Anchor, Card, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api';
import { hrefFor } from '../../../router';
import { useSession } from '../../../session/SessionContext';
import { PhoneLink } from './PhoneLink';
import { QueryState } from '../../../components/QueryState';

export type Service = { id: number; name: string; offers: string; phone: string | null; address: string | null };

/** The details the navigator reads out to the caller: what the service offers, its phone and address. */
export function ServiceCard({ service }: { service: Service }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" data-testid="referral-service-card">
      <Stack gap={4}>
        <Text fw={600}>{service.name}</Text>
        <Text size="sm">{service.offers}</Text>
        <Text size="sm">
          {t('frontdesk.services.phone')}: <PhoneLink phone={service.phone} testId="referral-service-phone" />
        </Text>
        <Text size="sm">
          {t('frontdesk.services.address')}: {service.address ?? '—'}
        </Text>
      </Stack>
    </Card>
  );
}

/** Picks one of the centre's active community services for a referral, and shows its details. */
export function ServicePicker({
  value,
  onChange,
  error,
}: {
  value: number | null;
  onChange: (id: number | null) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const { session } = useSession();
  const services = useApiQuery('services.list', { includeInactive: false });
  const chosen = services.data?.find((service) => service.id === value) ?? null;

  if (!services.data) return <QueryState query={services} />;
  if (services.data.length === 0) {
    return (
      // Keyed by the refusal: a save refused for want of a referral re-announces the alert,
      // which then says why (there is no field to mark when no service can be picked).
      <Alert key={error ?? ''} color="orange" variant="light" role="alert" data-testid="referral-none-active">
        {error && <strong>{error} </strong>}
        {t('frontdesk.services.noneActive')}{' '}
        {session.role === 'coordinator' && (
          <Anchor href={hrefFor('/services')}>{t('frontdesk.services.manage')}</Anchor>
        )}
      </Alert>
    );
  }
  return (
    <Stack gap="xs">
      <Select
        label={t('frontdesk.referral.label')}
        description={t('frontdesk.referral.hint')}
        placeholder={t('frontdesk.referral.placeholder')}
        data={services.data.map((service) => ({ value: String(service.id), label: service.name }))}
        value={value === null ? null : String(value)}
        onChange={(next) => onChange(next === null ? null : Number(next))}
        error={error}
        searchable
        required
        data-testid="referral-service"
      />
      {chosen && <ServiceCard service={chosen} />}
    </Stack>
  );
}
