import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintableMethod } from '../../../../electron/api/contracts/printing';
import type { ApiError } from '../../../../electron/api/result';
import { describeApiError, showSuccess, useApi } from '../../api';
import { handOver } from './hand-over';

export interface PrintTarget {
  method: PrintableMethod;
  input: Record<string, unknown>;
}

/**
 * "Print" and "Save as…" for one document. Print opens the PDF from memory (a preview window in
 * Electron, a new tab in browser mode) whose viewer prints. Save as first says the file will not
 * be encrypted; only a confirmed save is made (and audited). A refusal, such as a referral
 * without consent, is shown in words beside the buttons.
 */
export function DocumentActions({
  target,
  label,
  disabled,
  printOnly,
  testId,
}: {
  target: PrintTarget | null;
  label?: string;
  disabled?: boolean;
  /** Only "print" (a preview of invented data has nothing worth saving). */
  printOnly?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [pending, setPending] = useState<'print' | 'save' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function run(purpose: 'print' | 'save') {
    if (!target) return;
    setPending(purpose);
    setError(null);
    try {
      const result = await api['printing.prepare']({ method: target.method, input: target.input, purpose });
      if (!result.ok) return setError(result.error);
      if (result.value.url) await handOver(result.value.url, purpose);
      if (purpose === 'save' && (result.value.saved || result.value.url)) showSuccess(t('printing.saved'));
    } catch {
      setError({ code: 'internal', message: 'printing.handOverFailed' });
    } finally {
      setPending(null);
    }
  }

  return (
    <Stack gap={6}>
      <Group gap="xs">
        <Button
          onClick={() => void run('print')}
          loading={pending === 'print'}
          disabled={disabled || !target || pending !== null}
          data-testid={testId ? `${testId}-print` : undefined}
        >
          {label ?? t('printing.print')}
        </Button>
        {!printOnly && (
          <Button
            variant="default"
            onClick={() => setConfirming(true)}
            loading={pending === 'save'}
            disabled={disabled || !target || pending !== null}
            data-testid={testId ? `${testId}-save` : undefined}
          >
            {t('printing.saveAs')}
          </Button>
        )}
      </Group>
      {error && (
        <Alert color="red" role="alert" data-testid={testId ? `${testId}-error` : undefined}>
          {describeApiError(error, t).message}
        </Alert>
      )}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('printing.unencrypted.title')}>
        <Stack>
          <Text>{t('printing.unencrypted.body')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="orange"
              onClick={() => {
                setConfirming(false);
                void run('save');
              }}
              data-testid="confirm-unencrypted-save"
            >
              {t('printing.unencrypted.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
