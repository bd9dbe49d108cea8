import { Button, Group, Switch } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { MethodOutput } from '../../../../electron/api/contract';
import { DEFAULT_LAN_PORT } from '../../../../electron/api/contracts/lan';
import { showSuccess, useApiAction } from '../../api';
import { converted } from '../../forms/form-schemas';
import { lanContract } from '../../../../electron/api/contracts/lan';
import { FormFrame } from '../../forms/FormFrame';
import { numberRangeOf } from '../../forms/limits';
import { useContractForm } from '../../forms/useContractForm';
import { PortInput } from './PortInput';

export type LanStatus = MethodOutput<'lan.status'>;

const { shape } = lanContract['lan.setEnabled'].input;

/** The port box holds a number or '' while typed; the contract's own port rule judges it. */
export const portField = converted(
  z.union([z.number(), z.string()]),
  (port) => (typeof port === 'number' ? port : Number.NaN),
  shape.port.unwrap(),
);

const hostForm = z.object({ enabled: shape.enabled, port: portField });

const sentences = { port: { key: 'validation.numberBetween', values: numberRangeOf(shape.port.unwrap()) } };

/** Host mode on or off, and the port the other PCs reach it on. */
export function HostForm({ status }: { status: LanStatus }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useApiAction('lan.setEnabled');
  const { form, formRef, formError, field, onSubmit } = useContractForm({
    schema: hostForm,
    initialValues: { enabled: status.enabled, port: (status.port ?? DEFAULT_LAN_PORT) as number | string },
    sentences,
  });

  const submit = onSubmit(async ({ enabled, port }) => {
    const result = await save.run({ enabled, port });
    if (!result.ok) return result.error;
    queryClient.setQueryData(['lan.status', {}], result.value);
    showSuccess(t(enabled ? 'lan.host.turnedOn' : 'lan.host.turnedOff'));
  });

  return (
    <FormFrame
      formRef={formRef}
      formError={formError}
      onSubmit={submit}
      testId="lan-host-form"
      formErrorTestId="lan-host-error"
    >
      <Switch
        label={t('lan.host.enabled')}
        description={t('lan.host.enabledHint')}
        {...field('enabled', 'checkbox')}
        data-testid="lan-host-enabled"
      />
      <Group align="flex-end" gap="md">
        <PortInput
          label={t('lan.host.port')}
          description={t('lan.host.portHint')}
          {...field('port')}
          w={200}
          disabled={!form.getValues().enabled}
          data-testid="lan-host-port"
        />
        <Button type="submit" loading={save.pending} data-testid="lan-host-save">
          {t('lan.host.save')}
        </Button>
      </Group>
    </FormFrame>
  );
}
