import { Group, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { MethodOutput } from '../../../../electron/api/contract';
import { DEFAULT_LAN_PORT } from '../../../../electron/api/contracts/lan';
import { useApiAction } from '../../api';
import { converted, requiredText } from '../../forms/form-schemas';
import { lanContract } from '../../../../electron/api/contracts/lan';
import { FormFrame, SubmitRow } from '../../forms/FormFrame';
import { lengthRangeOf, maxLengthOf, numberRangeOf } from '../../forms/limits';
import { useContractForm } from '../../forms/useContractForm';
import { PortInput } from './PortInput';
import { portField } from './HostForm';
import { normaliseFingerprint } from './lan-format';

export type ClientStatus = MethodOutput<'lan.clientStatus'>;

const { shape } = lanContract['lan.connect'].input;

const connectForm = z.object({
  host: requiredText(shape.host),
  port: portField,
  code: requiredText(shape.code),
  deviceName: requiredText(shape.deviceName),
  // Optional: typed in any case, with or without the colons; empty means "not checked".
  fingerprint: converted(
    z.string(),
    (typed) => (typed.trim() === '' ? undefined : normaliseFingerprint(typed)),
    shape.fingerprint,
  ),
});

const sentences = {
  port: { key: 'validation.numberBetween', values: numberRangeOf(shape.port.unwrap()) },
  deviceName: { key: 'validation.lengthBetween', values: lengthRangeOf(shape.deviceName) },
};

/**
 * "Connect to the centre PC", on a PC without a store: what the coordinator reads out on the
 * centre PC, and a name for this PC. A refused code, a different certificate or a centre PC
 * that does not answer come back as the server's translated sentence above the form.
 */
export function ConnectForm({ onConnected }: { onConnected: (status: ClientStatus) => void | Promise<void> }) {
  const { t } = useTranslation();
  const connect = useApiAction('lan.connect');
  const { formRef, formError, field, onSubmit } = useContractForm({
    schema: connectForm,
    initialValues: { host: '', port: DEFAULT_LAN_PORT as number | string, code: '', deviceName: '', fingerprint: '' },
    sentences,
  });

  const submit = onSubmit(async (input) => {
    const result = await connect.run(input);
    if (!result.ok) return result.error;
    await onConnected(result.value);
  });

  const mono = { input: 'kesher-mono' };
  return (
    <FormFrame
      formRef={formRef}
      formError={formError}
      onSubmit={submit}
      testId="lan-connect-form"
      formErrorTestId="lan-connect-error"
      ariaLabel={t('lan.connect.title')}
      intro={t('lan.connect.intro')}
    >
      <Group align="flex-start" gap="md" grow preventGrowOverflow={false}>
        <TextInput
          label={t('lan.connect.host')}
          description={t('lan.connect.hostHint')}
          {...field('host')}
          required
          dir="ltr"
          classNames={mono}
          spellCheck={false}
          autoComplete="off"
          maxLength={maxLengthOf(shape.host)}
          data-testid="lan-connect-host"
        />
        <PortInput
          label={t('lan.connect.port')}
          description={t('lan.connect.portHint', { port: DEFAULT_LAN_PORT })}
          {...field('port')}
          maw={160}
          data-testid="lan-connect-port"
        />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={t('lan.connect.code')}
          description={t('lan.connect.codeHint')}
          {...field('code')}
          required
          dir="ltr"
          classNames={mono}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="characters"
          maxLength={12}
          data-testid="lan-connect-code"
        />
        <TextInput
          label={t('lan.connect.deviceName')}
          description={t('lan.connect.deviceNameHint')}
          {...field('deviceName')}
          required
          maxLength={maxLengthOf(shape.deviceName)}
          data-testid="lan-connect-name"
        />
      </SimpleGrid>
      <TextInput
        label={t('lan.connect.fingerprint')}
        description={t('lan.connect.fingerprintHint')}
        {...field('fingerprint')}
        dir="ltr"
        classNames={mono}
        spellCheck={false}
        autoComplete="off"
        data-testid="lan-connect-fingerprint"
      />
      <SubmitRow loading={connect.pending} testId="lan-connect-submit">
        {t('lan.connect.submit')}
      </SubmitRow>
    </FormFrame>
  );
}
