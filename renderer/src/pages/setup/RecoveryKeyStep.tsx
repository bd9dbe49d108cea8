import { Alert, Box, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiAction } from '../../api';
import { RecoveryKeyGroups } from './RecoveryKeyGroups';
import { RecoverySheet } from './RecoverySheet';

interface RecoveryKeyStepProps {
  recoveryKey: string;
  centreName: string;
  centreCode: string;
  onContinue: () => void;
}

/**
 * The only time the recovery key is ever shown. It lives in this step's props and in the
 * print sheet beside it; both unmount when the coordinator continues.
 */
export function RecoveryKeyStep({ recoveryKey, centreName, centreCode, onContinue }: RecoveryKeyStepProps) {
  const { t } = useTranslation();
  const [keptSafe, setKeptSafe] = useState(false);
  const recordPrint = useApiAction('setup.recoverySheetPrinted');
  // The print goes into the audit log first; the sheet prints even if that call fails, because
  // a coordinator without a printed recovery key is the worse outcome.
  const print = async () => {
    await recordPrint.run({});
    window.print();
  };
  return (
    <Stack gap="md">
      <Alert color="orange" variant="light" title={t('setup.recovery.onceTitle')}>
        {t('setup.recovery.onceBody')}
      </Alert>
      <Box>
        <Text fw={500} mb="xs" id="recovery-key-label">
          {t('setup.recovery.keyLabel')}
        </Text>
        <RecoveryKeyGroups recoveryKey={recoveryKey} labelledBy="recovery-key-label" />
      </Box>
      <Text fz="sm" c="dimmed">
        {t('setup.recovery.dictationHint')}
      </Text>
      <Group>
        <Button variant="light" onClick={() => void print()}>
          {t('setup.recovery.print')}
        </Button>
      </Group>
      <Checkbox
        checked={keptSafe}
        onChange={(event) => setKeptSafe(event.currentTarget.checked)}
        label={t('setup.recovery.confirm')}
      />
      <Group justify="flex-end">
        <Button onClick={onContinue} disabled={!keptSafe}>
          {t('setup.recovery.continue')}
        </Button>
      </Group>
      <RecoverySheet recoveryKey={recoveryKey} centreName={centreName} centreCode={centreCode} />
    </Stack>
  );
}
