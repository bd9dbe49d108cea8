import { Button, Divider, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../electron/api/result';
import { useApiAction } from '../../api';
import { FormError } from '../../forms/FormError';

/** Before set-up: a populated demo centre of invented people, for looking around first. */
export function OpenDemoCentre({ onOpened }: { onOpened: () => Promise<void> }) {
  const { t } = useTranslation();
  const open = useApiAction('setup.openDemo');
  const [error, setError] = useState<ApiError | null>(null);

  const openDemo = async () => {
    setError(null);
    const result = await open.run({});
    if (result.ok) await onOpened();
    else setError(result.error);
  };

  return (
    <Stack gap="sm" mt="xl">
      <Divider />
      <Text fz="sm" c="dimmed">
        {t('demoCentre.offer')}
      </Text>
      <FormError error={error} testId="demo-error" />
      <div>
        <Button variant="light" color="orange" onClick={() => void openDemo()} loading={open.pending}>
          {t('demoCentre.open')}
        </Button>
      </div>
    </Stack>
  );
}
